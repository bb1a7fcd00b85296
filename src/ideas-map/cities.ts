/**
 * The logic of `<cm-ideas-map>` without the DOM: ideas grouped into cities, cities into
 * markers that do not overlap at the map's width, and arrow-key travel between markers.
 * Positions are in the viewBox units of generated/frame.ts (y grows downwards).
 */
import type {Idea, LocalizedText} from '../content/types.js';
import {cityKey} from './city-key.js';
import {VIEW_WIDTH} from './generated/frame.js';
import {project, type Point} from './projection.js';

/** A city with ideas, where the map places it. */
export interface City extends Point {
  /** The city's identity: see {@link cityKey}. */
  key: string;
  /** Its name and country as the feed writes them (a translated one when any idea has it). */
  city: LocalizedText;
  country: LocalizedText;
  /** Its ideas, in list order, those without coordinates included. */
  ideas: Idea[];
  /** The mean of its ideas' coordinates, in degrees. */
  lat: number;
  lng: number;
}

/** What the map shows of a list of ideas. */
export interface CityGroups {
  /** The cities that have a place, in the order of their first idea. */
  cities: City[];
  /** Ideas left off the map: no idea of their city has coordinates (the line under the map). */
  unplaced: number;
}

/** One marker: a city, or cities too close together to tell apart at this width. */
export interface Marker extends Point {
  /** The key of its largest city, where it stands (x, y). */
  key: string;
  /** Its cities, the largest first. */
  cities: City[];
  /** The ideas of all its cities. */
  count: number;
}

/** Arrow keys, as the screen shows them. */
export type Direction = 'left' | 'right' | 'up' | 'down';

export {cityKey};

/** Smallest marker, in CSS px: WCAG 2.5.8 Target Size (Minimum) asks for 24 × 24. */
export const MARKER_SIZE = 24;

const hasCoordinates = (idea: Idea): idea is Idea & {lat: number; lng: number} =>
  Number.isFinite(idea.lat) && Number.isFinite(idea.lng);

// Degrees of longitude between -180 and 180, so that Suva's 178° and -179° average to 179.5°.
const wrap = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;

// A translated name is worth more than a plain one, as in the index's facets.
const better = (label: LocalizedText, other: LocalizedText) =>
  typeof label === 'string' && typeof other !== 'string' ? other : label;

// Kept per idea: a linked map groups the same objects again at every search of the index.
const keys = new WeakMap<Idea, string>();
const keyOf = (idea: Idea) => {
  let key = keys.get(idea);
  if (key === undefined) keys.set(idea, (key = cityKey(idea)));
  return key;
};

/**
 * Groups ideas by city ({@link cityKey}). A city stands at the mean of its ideas'
 * coordinates (editors geocode one city a little differently); an idea without coordinates
 * still counts for its city, so a marker's count is what the index shows for that city.
 */
export function groupCities(ideas: readonly Idea[]): CityGroups {
  const groups = new Map<string, {city: City; placed: number}>();
  for (const idea of ideas) {
    const id = keyOf(idea);
    let group = groups.get(id);
    if (!group) {
      const city: City = {key: id, city: idea.city, country: idea.country, ideas: [], lat: 0, lng: 0, x: 0, y: 0};
      groups.set(id, (group = {city, placed: 0}));
    }
    const {city} = group;
    city.ideas.push(idea);
    city.city = better(city.city, idea.city);
    city.country = better(city.country, idea.country);
    if (hasCoordinates(idea)) {
      // Running means; a longitude steps the short way round, across the antimeridian if need be.
      const n = ++group.placed;
      city.lat += (idea.lat - city.lat) / n;
      city.lng = n === 1 ? idea.lng : wrap(city.lng + wrap(idea.lng - city.lng) / n);
    }
  }
  const cities: City[] = [];
  let unplaced = 0;
  for (const {city, placed} of groups.values()) {
    if (placed) cities.push(Object.assign(city, project(city)));
    else unplaced += city.ideas.length;
  }
  return {cities, unplaced};
}

/**
 * Markers for the cities at a rendered width (CSS px, > 0), none closer than `size` px to
 * another (centre to centre), so none overlaps. The cities with most ideas place theirs
 * first; each other city joins the nearest marker within reach or stands alone. A marker
 * stays on its largest city: it never drifts into the sea between two, nor moves when a
 * neighbour joins at a narrower width. Same cities and width, same markers, in the order
 * of their largest city (most ideas first, then by key).
 */
export function clusterCities(cities: readonly City[], renderedWidth: number, size = MARKER_SIZE): Marker[] {
  const reach = (size * VIEW_WIDTH) / renderedWidth;
  const order = [...cities].sort((a, b) => b.ideas.length - a.ideas.length || (a.key < b.key ? -1 : 1));
  const markers: Marker[] = [];
  // Markers by square cells as wide as the reach: a city's nearest lies in its 3 × 3 cells.
  const grid = new Map<string, Marker[]>();
  const cell = (i: number, j: number) => `${i} ${j}`;
  for (const city of order) {
    const i = Math.floor(city.x / reach);
    const j = Math.floor(city.y / reach);
    let nearest: Marker | undefined;
    let best = reach * reach;
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        for (const marker of grid.get(cell(i + di, j + dj)) ?? []) {
          const d = (marker.x - city.x) ** 2 + (marker.y - city.y) ** 2;
          if (d < best) [best, nearest] = [d, marker];
        }
      }
    }
    if (nearest) {
      nearest.cities.push(city);
      nearest.count += city.ideas.length;
    } else {
      const marker = {key: city.key, x: city.x, y: city.y, cities: [city], count: city.ideas.length};
      markers.push(marker);
      const here = grid.get(cell(i, j));
      if (here) here.push(marker);
      else grid.set(cell(i, j), [marker]);
    }
  }
  return markers;
}

/**
 * Where an arrow key goes from `from`: the marker within 45° of that direction that is
 * nearest, measured as the distance ahead plus twice the distance aside (so one at 45° wins
 * over one straight ahead only when more than three times nearer); undefined when that quarter of the
 * map is empty, so the key does nothing. Left and right are the screen's: under RTL the
 * element swaps them before calling, as the APG asks of mirrored arrow keys.
 */
export function markerInDirection(markers: readonly Marker[], from: Point, direction: Direction): Marker | undefined {
  const horizontal = direction === 'left' || direction === 'right';
  const sign = direction === 'right' || direction === 'down' ? 1 : -1;
  let found: Marker | undefined;
  let best = Infinity;
  for (const marker of markers) {
    const dx = marker.x - from.x;
    const dy = marker.y - from.y;
    const ahead = sign * (horizontal ? dx : dy);
    const aside = Math.abs(horizontal ? dy : dx);
    if (ahead <= 0 || aside > ahead) continue;
    const score = ahead + 2 * aside;
    if (score < best) [best, found] = [score, marker];
  }
  return found;
}

/**
 * The marker the first arrow press goes to: the one with most ideas (the first of them on
 * a tie). It is where a visitor most likely wants to go, it has neighbours on most sides,
 * and it does not depend on the reading direction as "the westernmost" would.
 */
export const startMarker = (markers: readonly Marker[]): Marker | undefined =>
  markers.reduce<Marker | undefined>((best, marker) => (best && best.count >= marker.count ? best : marker), undefined);

/**
 * The marker that holds a city now: after the width changes, focus follows the city it
 * was on into its new marker.
 */
export const findMarker = (markers: readonly Marker[], cityKey: string) =>
  markers.find((marker) => marker.cities.some((city) => city.key === cityKey));
