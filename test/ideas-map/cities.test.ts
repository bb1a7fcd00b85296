import {expect} from '@open-wc/testing';
import type {Idea} from '../../src/content/types.js';
import {
  type City,
  clusterCities,
  cityKey,
  findMarker,
  groupCities,
  type Marker,
  markerInDirection,
  startMarker,
} from '../../src/ideas-map/cities.js';
import {VIEW_WIDTH} from '../../src/ideas-map/generated/frame.js';
import {project} from '../../src/ideas-map/projection.js';
import {generateIdeas} from '../data/generate-ideas.js';

let ids = 0;
const idea = (fields: Partial<Idea>): Idea => ({
  id: `idea-${++ids}`,
  title: 'An idea',
  url: '/ideas/',
  city: 'Toronto',
  country: 'Canada',
  ...fields,
});

/** A city at a viewBox position with `n` ideas, for layouts drawn by hand. */
const city = (key: string, x: number, y: number, n = 1): City => ({
  key,
  x,
  y,
  city: key,
  country: 'Somewhere',
  ideas: Array.from({length: n}, () => idea({city: key})),
  lat: 0,
  lng: 0,
});

const keys = (markers: Marker[]) => markers.map((m) => m.cities.map((c) => c.key).join('+'));

describe('groupCities', () => {
  it('makes one city of ideas whose city and country differ only in case, accents or translation', () => {
    const {cities, unplaced} = groupCities([
      idea({city: 'Montréal', lat: 45.5, lng: -73.6}),
      idea({city: 'Toronto', lat: 43.65, lng: -79.38}),
      idea({city: {en: 'Montreal', fr: 'Montréal'}, country: {en: 'Canada', fr: 'Canada'}, lat: 45.52, lng: -73.56}),
      idea({city: 'MONTREAL'}),
      idea({city: 'London', lat: 42.98, lng: -81.23}),
      idea({city: 'London', country: 'United Kingdom', lat: 51.51, lng: -0.13}),
    ]);
    expect(unplaced).to.equal(0);
    expect(cities.map((c) => [c.city, c.country, c.ideas.length])).to.deep.equal([
      // The translated names win over the plain ones.
      [{en: 'Montreal', fr: 'Montréal'}, {en: 'Canada', fr: 'Canada'}, 3],
      ['Toronto', 'Canada', 1],
      ['London', 'Canada', 1],
      ['London', 'United Kingdom', 1],
    ]);
    const [montreal] = cities;
    expect(montreal.key).to.equal(cityKey(idea({city: 'montreal', country: 'CANADA'})));
    // The mean of the two ideas that have coordinates, placed by the projection.
    expect(montreal.lat).to.be.closeTo(45.51, 1e-9);
    expect(montreal.lng).to.be.closeTo(-73.58, 1e-9);
    expect(montreal.x).to.equal(project({lat: montreal.lat, lng: montreal.lng}).x);
    expect(montreal.y).to.equal(project({lat: montreal.lat, lng: montreal.lng}).y);
  });

  it('counts apart the ideas of cities that no idea places, whatever their coordinates hold', () => {
    const {cities, unplaced} = groupCities([
      idea({city: 'Atlantis'}),
      idea({city: 'Halifax', lat: 44.65, lng: -63.57}),
      idea({city: 'Atlantis', lat: NaN, lng: 0}),
      idea({city: 'Lemuria', lat: '12' as any, lng: 40}),
      idea({city: 'Mu', lat: 10}),
    ]);
    expect(cities.map((c) => c.city)).to.deep.equal(['Halifax']);
    expect(unplaced).to.equal(4);
  });

  it('averages longitudes across the antimeridian the short way round', () => {
    const [suva] = groupCities([
      idea({city: 'Suva', country: 'Fiji', lat: -18.1, lng: 178}),
      idea({city: 'Suva', country: 'Fiji', lat: -18.2, lng: -179}),
    ]).cities;
    expect(suva.lng).to.be.closeTo(179.5, 1e-9);
    expect(suva.lat).to.be.closeTo(-18.15, 1e-9);
    // On the east edge of the map, not in its middle (the mean of 178 and -179).
    expect(suva.x).to.be.above(VIEW_WIDTH * 0.95);
  });
});

describe('clusterCities', () => {
  // Along a line, in viewBox units: A has most ideas, B is 10 units from it, C 30, D far away.
  const A = city('A', 100, 100, 5);
  const B = city('B', 110, 100, 2);
  const C = city('C', 130, 100);
  const D = city('D', 500, 300);
  const CITIES = [D, C, B, A];

  it('merges cities closer than a 24 px marker at the rendered width, and splits them when wider', () => {
    // 1000 px for 1000 units: markers need 24 units between centres.
    const markers = clusterCities(CITIES, 1000);
    expect(keys(markers)).to.deep.equal(['A+B', 'C', 'D']);
    expect(markers.map((m) => m.count)).to.deep.equal([7, 1, 1]);
    // A marker stands on its largest city.
    expect([markers[0].x, markers[0].y, markers[0].key]).to.deep.equal([100, 100, 'A']);
    // Three times wider: 8 units are enough, every city has its own marker.
    expect(keys(clusterCities(CITIES, 3000))).to.deep.equal(['A', 'B', 'C', 'D']);
    // Half as wide: 48 units, C joins A too.
    expect(keys(clusterCities(CITIES, 500))).to.deep.equal(['A+B+C', 'D']);
    // A larger marker reaches farther.
    expect(keys(clusterCities(CITIES, 1000, 31))).to.deep.equal(['A+B+C', 'D']);
  });

  it('puts a city in the nearest marker within reach, not the largest', () => {
    const markers = clusterCities([city('P', 0, 0, 3), city('Q', 40, 0, 2), city('E', 22, 0)], 1000);
    expect(keys(markers)).to.deep.equal(['P', 'Q+E']);
  });

  it('gives the same markers whatever the order of the cities', () => {
    const {cities} = groupCities(generateIdeas(2000, 5));
    const shuffled = [...cities].reverse();
    expect(keys(clusterCities(shuffled, 640))).to.deep.equal(keys(clusterCities(cities, 640)));
  });

  it('leaves no two markers overlapping and every idea counted once, at 10,000 ideas', () => {
    const ideas = generateIdeas(10_000);
    const {cities, unplaced} = groupCities(ideas);
    expect(cities).to.have.length(300);
    // Their ideas without coordinates are placed by the others of their city.
    expect(ideas.filter((i) => i.lat == null).length).to.equal(200);
    expect(unplaced).to.equal(0);
    let fewer = 0;
    for (const width of [320, 800, 1200, 2400]) {
      const markers = clusterCities(cities, width);
      let closest = Infinity;
      for (const [i, a] of markers.entries()) {
        for (const b of markers.slice(i + 1)) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
      }
      expect(closest, `${width} px`).to.be.at.least((24 * VIEW_WIDTH) / width);
      expect(markers.reduce((sum, m) => sum + m.count, 0)).to.equal(ideas.length);
      expect(new Set(markers.flatMap((m) => m.cities)).size).to.equal(cities.length);
      // Wider, more markers.
      expect(markers.length).to.be.above(fewer);
      fewer = markers.length;
    }
  });
});

describe('markerInDirection', () => {
  //            N
  //
  //                    E1
  //   W        O            E2
  //              S
  const marker = (key: string, x: number, y: number): Marker => ({key, x, y, cities: [], count: 1});
  const O = marker('O', 0, 0);
  const N = marker('N', 0, -50);
  const E1 = marker('E1', 30, -20);
  const E2 = marker('E2', 60, 2);
  const W = marker('W', -40, 5);
  const S = marker('S', 10, 40);
  const MARKERS = [O, N, E1, E2, W, S];
  const go = (from: Marker, direction: 'left' | 'right' | 'up' | 'down') =>
    markerInDirection(MARKERS, from, direction)?.key;

  it('prefers the marker straight ahead to a nearer one well aside', () => {
    // E1 is nearer (36 units) but 34° off; E2, 60 units away, is straight ahead.
    expect(go(O, 'right')).to.equal('E2');
    expect(go(E2, 'left')).to.equal('O');
    expect(go(O, 'left')).to.equal('W');
    expect(go(O, 'down')).to.equal('S');
  });

  it('looks only within 45° of the direction', () => {
    // E1 is above O, but more to the right than up: up is N.
    expect(go(O, 'up')).to.equal('N');
    // E1 is above E2, but more to the left than up.
    expect(go(E2, 'up')).to.equal(undefined);
    expect(go(E1, 'up')).to.equal('N');
    expect(go(S, 'up')).to.equal('O');
    expect(go(N, 'down')).to.equal('O');
  });

  it('goes nowhere past the edge of the crowd', () => {
    expect(go(W, 'left')).to.equal(undefined);
    expect(go(E2, 'right')).to.equal(undefined);
    expect(go(N, 'up')).to.equal(undefined);
    expect(go(S, 'down')).to.equal(undefined);
  });

  it('picks the nearer of two markers in line', () => {
    expect(markerInDirection([O, E2, marker('E3', 20, -3)], O, 'right')?.key).to.equal('E3');
  });
});

describe('startMarker and findMarker', () => {
  it('starts on the marker with most ideas, the first of them on a tie', () => {
    const markers = clusterCities([city('A', 0, 0, 3), city('B', 500, 0, 7), city('C', 900, 0, 7)], 1000);
    expect(startMarker(markers)?.key).to.equal('B');
    expect(startMarker([])).to.equal(undefined);
  });

  it("finds a city's marker after the width changed", () => {
    const cities = [city('A', 100, 100, 5), city('B', 110, 100, 2)];
    expect(findMarker(clusterCities(cities, 1000), 'B')?.key).to.equal('A');
    expect(findMarker(clusterCities(cities, 3000), 'B')?.key).to.equal('B');
    expect(findMarker(clusterCities(cities, 3000), 'Z')).to.equal(undefined);
  });
});
