import {expect} from '@open-wc/testing';
import {geoEqualEarth} from 'd3-geo';
import type {Idea} from '../../src/content/types.js';
import {SCALE, TRANSLATE_X, TRANSLATE_Y, VIEW_HEIGHT, VIEW_WIDTH} from '../../src/ideas-map/generated/frame.js';
import {LAND} from '../../src/ideas-map/generated/outline.js';
import {project} from '../../src/ideas-map/projection.js';
import {generateIdeas} from '../data/generate-ideas.js';

describe('project', () => {
  it("is d3-geo's Equal Earth with the outline's fit, within 0.01 unit everywhere", () => {
    const d3 = geoEqualEarth().scale(SCALE).translate([TRANSLATE_X, TRANSLATE_Y]);
    let worst = 0;
    // 33,153 points, 1.4° apart (most of them not round numbers), poles and antimeridian included.
    const steps = 128;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= 2 * steps; j++) {
        const lat = -90 + (180 * i) / steps;
        const lng = -180 + (180 * j) / steps;
        const [x, y] = d3([lng, lat])!;
        const p = project({lat, lng});
        worst = Math.max(worst, Math.abs(p.x - x), Math.abs(p.y - y));
      }
    }
    expect(worst).to.be.below(0.01);
  });

  it('fits the frame: the equator spans the width, 84°N is the top and 56°S the bottom', () => {
    expect(project({lat: 0, lng: -180}).x).to.be.closeTo(0, 1e-9);
    expect(project({lat: 0, lng: 180}).x).to.be.closeTo(VIEW_WIDTH, 1e-9);
    expect(project({lat: 84, lng: 0}).y).to.be.closeTo(0, 1e-9);
    expect(project({lat: -56, lng: 0}).y).to.be.within(VIEW_HEIGHT - 1, VIEW_HEIGHT);
    // North is up, east is right; the meridians converge towards the poles.
    expect(project({lat: 45, lng: 10}).y).to.be.below(project({lat: 44, lng: 10}).y);
    expect(project({lat: 60, lng: 180}).x).to.be.below(VIEW_WIDTH - 50);
  });
});

describe('the land outline', () => {
  // The outline in a real SVG, to ask the browser whether a point is on land.
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const land = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  land.setAttribute('d', LAND);
  svg.append(land);
  before(() => document.body.append(svg));
  after(() => svg.remove());

  // On land, or within 3 units (~60 km) of it: the 1:110m coast cuts off some harbours.
  const onLand = ({x, y}: {x: number; y: number}) =>
    [0, 1.5, 3].some((r) =>
      [0, 1, 2, 3, 4, 5, 6, 7].some((k) => {
        const a = (k * Math.PI) / 4;
        return land.isPointInFill(new DOMPoint(x + r * Math.cos(a), y + r * Math.sin(a)));
      })
    );

  it('is the land: oceans and seas are not, cities are', () => {
    const sea = [
      {lat: 30, lng: -40}, // North Atlantic
      {lat: -30, lng: -120}, // South Pacific
      {lat: -20, lng: 80}, // Indian Ocean
      {lat: 42, lng: 50.5}, // the Caspian Sea, a hole in Eurasia
      {lat: 35, lng: 18}, // the Mediterranean
    ];
    for (const place of sea) expect(land.isPointInFill(toPoint(place)), JSON.stringify(place)).to.be.false;
    const inland = [
      {lat: 48.85, lng: 2.35}, // Paris
      {lat: -15.78, lng: -47.93}, // Brasília
      {lat: 9.02, lng: 38.75}, // Addis Ababa
      {lat: 55.04, lng: 82.93}, // Novosibirsk
      {lat: -23.7, lng: 133.88}, // Alice Springs
      {lat: 64.8, lng: -147.7}, // Fairbanks
    ];
    for (const place of inland) expect(land.isPointInFill(toPoint(place)), JSON.stringify(place)).to.be.true;
  });

  it('has every idea of the demo and the test fixture on land: their coordinates are right', async () => {
    for (const url of ['/demo/content.json', '/test/fixtures/ideas.json']) {
      const {ideas} = (await (await fetch(url)).json()) as {ideas: Idea[]};
      for (const idea of ideas) {
        expect(idea.lat, `${url} ${idea.id}`).to.be.a('number');
        expect(onLand(project(idea as Required<Idea>)), `${url} ${idea.id}`).to.be.true;
      }
    }
  });

  it('has the generated cities on land, but for islands too small for a 1:110m map', () => {
    const places = new Map<string, Required<Idea>>();
    for (const idea of generateIdeas(10_000)) {
      if (idea.lat != null) places.set(`${idea.city}, ${idea.country}`, idea as Required<Idea>);
    }
    expect(places.size).to.equal(300);
    const offshore = [...places.values()].filter((idea) => !onLand(project(idea))).map((idea) => idea.city);
    expect(offshore).to.have.members([
      'Honolulu',
      'Valletta',
      'Port Louis',
      'Port Vila',
      'Apia',
      "Nuku'alofa",
      'Papeete',
    ]);
  });
});

const toPoint = (place: {lat: number; lng: number}) => {
  const {x, y} = project(place);
  return new DOMPoint(x, y);
};
