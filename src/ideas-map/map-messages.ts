/**
 * The map's texts. Every id starts with `map-`: `npm run localize` puts these messages in
 * modules of their own, loaded with the map (translations.ts).
 */
import {msg, str} from '@lit/localize';
import {plural} from '../localization/plural.js';

export const mapLabel = () => msg('Map of good ideas', {id: 'map-label', desc: 'Accessible name of the map.'});

export const helpText = () =>
  msg('Arrow keys: go from city to city. Enter: choose. Escape: clear.', {
    id: 'map-help',
    desc: 'How to use the map from the keyboard: shown while it has keyboard focus, and its accessible description.',
  });

/** "Montréal, Canada: 2 ideas". `place` is the city and country, `ideas` the count ("2 ideas"). */
export const cityText = (place: string, ideas: string) =>
  msg(str`${place}: ${ideas}`, {
    id: 'map-city',
    desc: 'A city on the map: “Montréal, Canada: 2 ideas”. ${place} is the city and country, ${ideas} the count.',
  });

/** A marker that stands for several cities close together: "Around Toronto, Canada: 3 cities, 12 ideas". */
export const groupText = (place: string, cities: string, ideas: string) =>
  msg(str`Around ${place}: ${cities}, ${ideas}`, {
    id: 'map-group',
    desc: 'A marker for cities too close together to show apart: “Around Toronto, Canada: 3 cities, 12 ideas”. ${place} is the largest city.',
  });

/** "3 cities", plural-correct (see localization/plural.ts). */
export const citiesCount = (n: number, count: string) =>
  plural(
    n,
    {
      zero: () =>
        msg('{count} cities', {id: 'map-cities-zero', desc: 'Number of cities, plural form “zero” (Arabic: 0).'}),
      one: () =>
        msg('{count} city', {id: 'map-cities-one', desc: 'Number of cities, plural form “one” (French: 0 and 1).'}),
      two: () =>
        msg('{count} cities', {id: 'map-cities-two', desc: 'Number of cities, plural form “two” (Arabic: 2).'}),
      few: () =>
        msg('{count} cities', {id: 'map-cities-few', desc: 'Number of cities, plural form “few” (Arabic: 3–10).'}),
      many: () =>
        msg('{count} cities', {id: 'map-cities-many', desc: 'Number of cities, plural form “many” (Arabic: 11–99).'}),
      other: () =>
        msg('{count} cities', {
          id: 'map-cities-other',
          desc: 'Number of cities, plural form “other”. {count} is the number.',
        }),
    },
    count
  );

/** The summary of the list of cities under the map: "List of cities (25)". */
export const listText = (count: string) =>
  msg(str`List of cities (${count})`, {
    id: 'map-list',
    desc: 'Opens the list of the cities on the map; ${count} is their number.',
  });

/** The line under the map about ideas it cannot place: "Not on the map, for want of a location: 3 ideas". */
export const unplacedText = (ideas: string) =>
  msg(str`Not on the map (no location given): ${ideas}`, {
    id: 'map-unplaced',
    desc: 'Under the map: ideas whose city has no coordinates. ${ideas} is the count (“3 ideas”).',
  });

export const emptyText = () =>
  msg('No ideas to show on the map.', {id: 'map-empty', desc: 'Under the map when it has no city to show.'});

/** "Showing 50 of 812", for a city with more ideas than the panel lists. */
export const shownText = (shown: string, count: string) =>
  msg(str`The first ${shown} of ${count}`, {
    id: 'map-shown',
    desc: 'Under the links to a city’s ideas when there are more than the list shows: “The first 50 of 812”.',
  });

export const closeText = () =>
  msg('Close', {id: 'map-close', desc: 'Closes the list under the map (a city’s ideas or a group’s cities).'});
