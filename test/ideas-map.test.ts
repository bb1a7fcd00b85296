import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  resetMouse,
  sendKeys,
  sendMouse,
  setViewport,
} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import '../src/ideas-index/ideas-index.js';
import '../src/ideas-map/ideas-map.js';
import type {CmIdeasIndex} from '../src/ideas-index/ideas-index.js';
import type {CmIdeasMap} from '../src/ideas-map/ideas-map.js';
import type {Idea} from '../src/content/types.js';
import type {CitySelectDetail, FilterChangeDetail} from '../src/internal/events.js';
import {templates as coreFr} from '../src/localization/generated/locales/fr.js';
import {templates as mapAr} from '../src/localization/generated/map/map-ar.js';
import {templates as mapDe} from '../src/localization/generated/map/map-de.js';
import {templates as mapEs} from '../src/localization/generated/map/map-es.js';
import {templates as mapFr} from '../src/localization/generated/map/map-fr.js';
import {generateIdeas} from './data/generate-ideas.js';
import {captureConsole, setPageLang, until} from './helpers.js';

const FEED = '/test/fixtures/ideas.json';

interface AXNode {
  role: string;
  name: string;
  selected?: boolean;
}
/** Chromium's accessibility tree (test/ideas-map/commands-plugin.mjs). */
const axTree = () => executeServerCommand('ax-tree') as Promise<AXNode[]>;
let IDEAS: Idea[];

const sr = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, sel: string) => sr(el).querySelector<T>(sel);
const qa = <T extends Element = HTMLElement>(el: Element, sel: string) => [...sr(el).querySelectorAll<T>(sel)];
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const svg = (el: Element) => q<SVGSVGElement>(el, 'svg')!;
const options = (el: Element) => qa(el, '[role=option]');
const names = (el: Element) => options(el).map((o) => o.getAttribute('aria-label'));
/** The option the keyboard is on, by its name. */
const active = (el: Element) => {
  const id = svg(el).getAttribute('aria-activedescendant');
  return id ? sr(el).getElementById(id)?.getAttribute('aria-label') : null;
};
const selected = (el: Element) =>
  options(el)
    .filter((o) => o.getAttribute('aria-selected') === 'true')
    .map((o) => o.getAttribute('aria-label'));
/** The count drawn on a marker. */
const countOn = (el: Element, option: Element) => {
  const box = option.querySelector('.dot')!.getBoundingClientRect();
  const text = qa(el, 'text').find((t) => {
    const b = t.getBoundingClientRect();
    return (
      Math.abs(b.x + b.width / 2 - (box.x + box.width / 2)) < 2 &&
      Math.abs(b.y + b.height / 2 - (box.y + box.height / 2)) < 4
    );
  });
  return clean(text?.textContent);
};
const tooltip = (el: Element) => clean(q(el, '[part=tooltip]')?.textContent);
const panel = (el: Element) => q(el, '[part=panel]');

/** A map, once it shows its markers (or its empty line, or an error). */
async function map(template: TemplateResult) {
  const el = await fixture<CmIdeasMap>(template);
  await until(() => !!q(el, 'svg, [part=error]'), 5000, 'the map');
  await el.updateComplete;
  return el;
}

/** Ideas at given places: [city, lat, lng, number of ideas]. */
const placed = (cities: [string, number, number, number?][], country = 'Testland'): Idea[] =>
  cities.flatMap(([city, lat, lng, n = 1]) =>
    Array.from({length: n}, (_, i) => ({
      id: `${city}-${i}`,
      title: `${city} idea ${i + 1}`,
      url: `/ideas/${city}/${i}`,
      city,
      country,
      lat,
      lng,
    }))
  );

// A cross around Centre (the city with most ideas), and a decoy to the north-east.
const CROSS = placed([
  ['Centre', 0, 20, 3],
  ['East', 0, 40],
  ['West', 0, 0],
  ['North', 30, 20],
  ['South', -30, 20],
  ['Northeast', 15, 50],
]);

const cityEvents = (el: Element) => {
  const list: CitySelectDetail[] = [];
  el.addEventListener('cm-city-select', (e) => list.push((e as CustomEvent<CitySelectDetail>).detail));
  return list;
};

let spy: ReturnType<typeof captureConsole>;
let pageUrl: string;

before(async () => {
  IDEAS = ((await (await fetch(FEED)).json()) as {ideas: Idea[]}).ideas;
});
beforeEach(() => {
  spy = captureConsole();
  pageUrl = location.href;
});
afterEach(async () => {
  spy.restore();
  await resetMouse();
  history.replaceState(history.state, '', pageUrl);
  document.documentElement.removeAttribute('dir');
  document.documentElement.style.removeProperty('font-size');
  await setPageLang('en');
});

describe('<cm-ideas-map> markers and names', () => {
  it('is one listbox named "Map of good ideas" whose options read "City, Country: n ideas"', async () => {
    const el = await map(html`<cm-ideas-map style="width: 4000px" .ideas=${IDEAS}></cm-ideas-map>`);
    expect(svg(el).getAttribute('role')).to.equal('listbox');
    expect(svg(el).getAttribute('aria-label')).to.equal('Map of good ideas');
    expect(names(el)).to.have.length(11);
    expect(names(el)).to.include.members([
      'Toronto, Canada: 2 ideas',
      'Montréal, Canada: 1 idea',
      'São Paulo, Brazil: 1 idea',
      'Łódź, Poland: 1 idea',
    ]);
    // Each marker shows its count.
    const toronto = options(el).find((o) => o.getAttribute('aria-label')!.startsWith('Toronto'))!;
    expect(countOn(el, toronto)).to.equal('2');
    // The land is decoration.
    expect(q(el, '[part=land]')!.getAttribute('aria-hidden')).to.equal('true');
    // What assistive technology gets: Chromium's own accessibility tree.
    const ax = await axTree();
    expect(ax.find((n) => n.role === 'listbox')?.name).to.equal('Map of good ideas');
    expect(ax.filter((n) => n.role === 'option')).to.have.length(11);
    expect(ax.find((n) => n.role === 'option' && n.name === 'Toronto, Canada: 2 ideas')?.selected).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('takes its name from label', async () => {
    const el = await map(html`<cm-ideas-map label="Nos idées" .ideas=${IDEAS}></cm-ideas-map>`);
    expect(svg(el).getAttribute('aria-label')).to.equal('Nos idées');
  });

  it('is one tab stop: Tab goes onto the map, then past it', async () => {
    const page = await fixture(
      html`<div>
        <button id="before">Before</button>
        <cm-ideas-map style="width: 4000px" .ideas=${IDEAS}></cm-ideas-map>
      </div>`
    );
    const el = page.querySelector<CmIdeasMap>('cm-ideas-map')!;
    await until(() => !!q(el, '[role=option]'), 5000, 'markers');
    expect(qa(el, '[tabindex]')).to.deep.equal([svg(el)]);
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({press: 'Tab'});
    expect(sr(el).activeElement).to.equal(svg(el));
    await sendKeys({press: 'Tab'});
    // Next: the list of cities under the map, not another marker.
    expect(sr(el).activeElement).to.equal(q(el, 'summary'));
  });

  it('groups cities that would overlap, and groups them again when the width changes', async () => {
    const el = await map(html`<cm-ideas-map style="width: 4000px" .ideas=${IDEAS}></cm-ideas-map>`);
    expect(options(el)).to.have.length(11);
    el.style.width = '320px';
    await until(() => options(el).length < 11, 3000, 'the markers to group');
    const groups = names(el).filter((n) => n!.startsWith('Around'));
    expect(groups.length).to.be.greaterThan(0);
    // "Around München, Germany: 5 cities, 5 ideas": the largest city names the group.
    expect(groups.join('\n')).to.match(/Around [^:]+: \d+ cities, \d+ ideas/);
    const total = options(el).reduce((n, o) => n + Number(countOn(el, o)), 0);
    expect(total).to.equal(12);
    // Markers never overlap, and each is a 24 px target or more (WCAG 2.5.8).
    const boxes = qa(el, '.dot').map((d) => d.getBoundingClientRect());
    for (const [i, a] of boxes.entries()) {
      expect(a.width).to.be.at.least(24);
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).to.be.false;
      }
    }
    el.style.width = '4000px';
    await until(() => options(el).length === 11, 3000, 'the markers to part');
    await expect(el).to.be.accessible();
  });

  it('counts the ideas it cannot place in a line under the map; a city placed by one idea keeps all its ideas', async () => {
    const ideas: Idea[] = [
      ...IDEAS,
      {id: 'x1', title: 'Nowhere 1', url: '/x1', city: 'Atlantis', country: 'Sea'},
      {id: 'x2', title: 'Nowhere 2', url: '/x2', city: 'Atlantis', country: 'Sea'},
      // Toronto has coordinates from its other ideas.
      {id: 'x3', title: 'Toronto again', url: '/x3', city: 'Toronto', country: 'Canada'},
    ];
    const el = await map(html`<cm-ideas-map style="width: 4000px" .ideas=${ideas}></cm-ideas-map>`);
    expect(clean(q(el, '[part=unplaced]')!.textContent)).to.equal('Not on the map (no location given): 2 ideas');
    expect(names(el)).to.include('Toronto, Canada: 3 ideas');
    const all = await map(html`<cm-ideas-map .ideas=${IDEAS}></cm-ideas-map>`);
    expect(clean(q(all, '[part=unplaced]')!.textContent)).to.equal('');
  });

  it('says so when it has nothing to place, and is then no tab stop', async () => {
    const el = await map(
      html`<cm-ideas-map .ideas=${[{id: 'x', title: 'X', url: '/x', city: 'Atlantis', country: 'Sea'}]}></cm-ideas-map>`
    );
    expect(options(el)).to.have.length(0);
    expect(svg(el).hasAttribute('tabindex')).to.be.false;
    expect(clean(q(el, '[part=unplaced]')!.textContent)).to.equal('Not on the map (no location given): 1 idea');
    const empty = await map(html`<cm-ideas-map .ideas=${[]}></cm-ideas-map>`);
    expect(clean(q(empty, '[part=unplaced]')!.textContent)).to.equal('No ideas to show on the map.');
    await expect(empty).to.be.accessible();
  });

  it('names countries the feed gives as codes in the page language (Intl.DisplayNames)', async () => {
    const ideas = placed([['Berlin', 52.52, 13.4]], 'DE');
    let el = await map(html`<cm-ideas-map .ideas=${ideas}></cm-ideas-map>`);
    expect(names(el)).to.deep.equal(['Berlin, Germany: 1 idea']);
    await setPageLang('fr');
    el = await map(html`<cm-ideas-map .ideas=${ideas}></cm-ideas-map>`);
    await until(() => names(el)[0] === 'Berlin, Allemagne\u00a0: 1 idée', 3000, 'French');
  });
});

describe('<cm-ideas-map> keyboard', () => {
  it('starts on the city with most ideas and goes to the nearest city in the arrow’s direction', async () => {
    const el = await map(html`<cm-ideas-map style="width: 1000px" .ideas=${CROSS}></cm-ideas-map>`);
    svg(el).focus();
    await el.updateComplete;
    expect(active(el)).to.equal('Centre, Testland: 3 ideas');
    const go = async (key: string) => {
      await sendKeys({press: key});
      await el.updateComplete;
      return active(el)!.split(',')[0];
    };
    // East, not the nearer-looking decoy off to the north-east.
    expect(await go('ArrowRight')).to.equal('East');
    // Nothing further east within 45°: the key does nothing.
    expect(await go('ArrowRight')).to.equal('East');
    expect(await go('ArrowLeft')).to.equal('Centre');
    expect(await go('ArrowLeft')).to.equal('West');
    expect(await go('ArrowRight')).to.equal('Centre');
    expect(await go('ArrowUp')).to.equal('North');
    expect(await go('ArrowDown')).to.equal('Centre');
    expect(await go('ArrowDown')).to.equal('South');
    // A letter goes to the next city with that initial.
    expect(await go('n')).to.equal('North');
    expect(await go('n')).to.equal('Northeast');
    expect(sr(el).activeElement, 'focus stays on the map').to.equal(svg(el));
    await expect(el).to.be.accessible();
  });

  it('mirrors left and right in a right-to-left page', async () => {
    document.documentElement.dir = 'rtl';
    const el = await map(html`<cm-ideas-map style="width: 1000px" .ideas=${CROSS}></cm-ideas-map>`);
    svg(el).focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(active(el)).to.equal('West, Testland: 1 idea');
    await sendKeys({press: 'ArrowLeft'});
    await sendKeys({press: 'ArrowLeft'});
    await el.updateComplete;
    expect(active(el)).to.equal('East, Testland: 1 idea');
    // The world itself is not mirrored: East is on the right.
    const x = (name: string) =>
      options(el)
        .find((o) => o.getAttribute('aria-label')!.startsWith(name))!
        .getBoundingClientRect().left;
    expect(x('East')).to.be.greaterThan(x('West'));
  });

  it('shows the name and count of the city under keyboard focus, and the keys to use', async () => {
    const el = await map(html`<cm-ideas-map style="width: 1000px" .ideas=${CROSS}></cm-ideas-map>`);
    expect(q(el, '[part=tooltip]')).to.equal(null);
    svg(el).focus();
    await sendKeys({press: 'ArrowUp'});
    await el.updateComplete;
    expect(tooltip(el)).to.equal('North, Testland: 1 idea');
    expect(q(el, '[part=tooltip]')!.getAttribute('aria-hidden')).to.equal('true');
    const help = q(el, '[part=help]')!;
    expect(help.getBoundingClientRect().height, 'the keys are shown').to.be.greaterThan(0);
    expect(svg(el).getAttribute('aria-describedby')).to.equal(help.id);
    // The focused marker has a visible ring (WCAG 2.4.7).
    const ring = q(el, '.active .focus')!;
    expect(getComputedStyle(ring).visibility).to.equal('visible');
    svg(el).blur();
    await el.updateComplete;
    expect(q(el, '[part=tooltip]')).to.equal(null);
  });

  it('shows the name and count under the pointer, and keeps it while the pointer moves on', async () => {
    const el = await map(html`<cm-ideas-map style="width: 1000px" .ideas=${CROSS}></cm-ideas-map>`);
    const east = options(el).find((o) => o.getAttribute('aria-label')!.startsWith('East'))!;
    const box = east.getBoundingClientRect();
    await sendMouse({type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
    await until(() => tooltip(el) === 'East, Testland: 1 idea', 2000, 'the tooltip');
    // Onto the tooltip (WCAG 1.4.13: hoverable): it stays.
    const tip = q(el, '[part=tooltip]')!.getBoundingClientRect();
    await sendMouse({type: 'move', position: [Math.round(tip.x + 4), Math.round(tip.y + 4)]});
    await el.updateComplete;
    expect(tooltip(el)).to.equal('East, Testland: 1 idea');
    // Escape dismisses it (WCAG 1.4.13) once the map has focus.
    svg(el).focus();
    await sendMouse({type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(tooltip(el)).not.to.equal('East, Testland: 1 idea');
  });
});

describe('<cm-ideas-map> without for: choosing a city', () => {
  it('chooses with Enter: the city is selected and its ideas are listed as links; Enter again clears', async () => {
    const el = await map(html`<cm-ideas-map style="width: 4000px" .ideas=${IDEAS}></cm-ideas-map>`);
    const events = cityEvents(el);
    svg(el).focus();
    await el.updateComplete;
    expect(active(el)).to.equal('Toronto, Canada: 2 ideas');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(selected(el)).to.deep.equal(['Toronto, Canada: 2 ideas']);
    expect(clean(panel(el)!.querySelector('h3')!.textContent)).to.equal('Toronto, Canada: 2 ideas');
    const links = [...panel(el)!.querySelectorAll('a')];
    expect(links.map((a) => clean(a.textContent))).to.deep.equal([
      'Mentoring skilled immigrants',
      'Housing first for refugee families',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(
      IDEAS.filter((i) => i.city === 'Toronto').map((i) => i.url)
    );
    expect(events).to.deep.equal([{city: 'Toronto', country: 'Canada', count: 2}]);
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([]);
    expect(panel(el)).to.equal(null);
    expect(events.at(-1)).to.deep.equal({city: '', country: '', count: 0});
  });

  it('chooses with Space or a click, clears with Escape or Close, and fires cm-city-select each time', async () => {
    const el = await map(html`<cm-ideas-map style="width: 1000px" .ideas=${CROSS}></cm-ideas-map>`);
    const events = cityEvents(el);
    svg(el).focus();
    await sendKeys({press: 'ArrowUp'});
    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(selected(el)).to.deep.equal(['North, Testland: 1 idea']);
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([]);
    const south = options(el).find((o) => o.getAttribute('aria-label')!.startsWith('South'))!;
    const box = south.getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
    await el.updateComplete;
    expect(selected(el)).to.deep.equal(['South, Testland: 1 idea']);
    q<HTMLButtonElement>(el, '[part=close-button]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(selected(el)).to.deep.equal([]);
    expect(sr(el).activeElement, 'Close puts focus back on the map').to.equal(svg(el));
    expect(events).to.deep.equal([
      {city: 'North', country: 'Testland', count: 1},
      {city: '', country: '', count: 0},
      {city: 'South', country: 'Testland', count: 1},
      {city: '', country: '', count: 0},
    ]);
    expect(events.length).to.equal(4);
  });

  it('lists a group’s cities under the map: focus moves to them, one is chosen, Escape goes back', async () => {
    const el = await map(html`<cm-ideas-map style="width: 320px" heading-level="2" .ideas=${IDEAS}></cm-ideas-map>`);
    const events = cityEvents(el);
    svg(el).focus();
    await el.updateComplete;
    // The first marker is the largest: a group at this width.
    const name = active(el)!;
    expect(name).to.match(/^Around .+: \d cities, \d ideas$/);
    await sendKeys({press: 'Enter'});
    await until(() => !!panel(el), 2000, 'the group’s cities');
    expect(clean(panel(el)!.querySelector('h2')!.textContent)).to.equal(name);
    const buttons = [...panel(el)!.querySelectorAll('button[part=city-button]')];
    expect(buttons.length).to.be.greaterThan(1);
    expect(sr(el).activeElement).to.equal(buttons[0]);
    expect(events, 'opening a group chooses nothing').to.deep.equal([]);
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Escape'});
    await until(() => !panel(el), 2000, 'the list to close');
    expect(sr(el).activeElement).to.equal(svg(el));

    await sendKeys({press: 'Enter'});
    await until(() => !!panel(el), 2000, 'the group’s cities');
    const first = panel(el)!.querySelector<HTMLButtonElement>('button')!;
    const city = clean(first.textContent);
    first.click();
    await until(() => !!panel(el)?.querySelector('a'), 2000, 'the city’s ideas');
    expect(clean(panel(el)!.querySelector('h2')!.textContent)).to.equal(city);
    expect(selected(el)).to.deep.equal([name]);
    expect(events).to.have.length(1);
    expect(city).to.contain(events[0].city).and.contain(events[0].country);
    expect(sr(el).activeElement, 'back on the map').to.equal(svg(el));
  });

  it('lists every city with its count as text, and chooses from that list', async () => {
    const el = await map(html`<cm-ideas-map style="width: 320px" .ideas=${IDEAS}></cm-ideas-map>`);
    const summary = q(el, 'summary')!;
    expect(clean(summary.textContent)).to.equal('List of cities (11)');
    summary.click();
    await until(() => qa(el, '[part=cities] li').length > 0, 2000, 'the list');
    const cities = qa(el, '[part=cities] button').map((b) => clean(b.textContent));
    expect(cities).to.have.length(11);
    expect(cities.slice(0, 3)).to.deep.equal([
      'Ærøskøbing, Denmark: 1 idea',
      'Bilbao, Spain: 1 idea',
      'Chicago, United States: 1 idea',
    ]);
    expect(cities).to.include('Toronto, Canada: 2 ideas');
    const lodz = qa<HTMLButtonElement>(el, '[part=cities] button').find((b) => b.textContent!.includes('Łódź'))!;
    lodz.click();
    await el.updateComplete;
    expect(lodz.getAttribute('aria-pressed')).to.equal('true');
    expect(clean(panel(el)!.querySelector('h3')!.textContent)).to.equal('Łódź, Poland: 1 idea');
    await expect(el).to.be.accessible();
  });

  it('lists at most 50 links for one city and says how many there are', async () => {
    const ideas = placed([['Busy', 10, 10, 60]]);
    const el = await map(html`<cm-ideas-map .ideas=${ideas}></cm-ideas-map>`);
    svg(el).focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(panel(el)!.querySelectorAll('a')).to.have.length(50);
    expect(clean(panel(el)!.querySelector('p')!.textContent)).to.equal('The first 50 of 60');
  });
});

describe('<cm-ideas-map for>: linked to an index', () => {
  async function linked() {
    const page = await fixture(
      html`<div>
        <cm-ideas-index id="linked-index" .ideas=${IDEAS}></cm-ideas-index>
        <cm-ideas-map for="linked-index" style="width: 4000px"></cm-ideas-map>
      </div>`
    );
    const index = page.querySelector<CmIdeasIndex>('cm-ideas-index')!;
    const el = page.querySelector<CmIdeasMap>('cm-ideas-map')!;
    await until(() => options(el).length > 0 && !!q(index, 'li'), 5000, 'the map and the index');
    return {index, el};
  }
  const results = (index: CmIdeasIndex) => qa(index, '[part=results] > li').length;
  const chip = (index: CmIdeasIndex) => q<HTMLButtonElement>(index, '[part=chip]');

  it('shows the index’s results and follows its search', async () => {
    const {index, el} = await linked();
    expect(options(el)).to.have.length(11);
    const input = q<HTMLInputElement>(index, 'input')!;
    input.focus();
    await sendKeys({type: 'housing'});
    await until(() => index.query === 'housing', 2000, 'the search');
    await index.updateComplete;
    // The index's results, counted by city, are the map's markers.
    const byCity = new Map<string, number>();
    for (const place of qa(index, '[part=place]').map((p) => clean(p.textContent))) {
      byCity.set(place, (byCity.get(place) ?? 0) + 1);
    }
    const expected = [...byCity].map(([place, n]) => `${place}: ${n} idea${n > 1 ? 's' : ''}`);
    expect(expected.length).to.be.within(2, 10);
    await until(() => options(el).length === expected.length, 2000, 'the map to follow the search');
    expect(names(el)).to.have.members(expected);
    // Code too (no event from the index for it).
    const changes: Event[] = [];
    index.addEventListener('cm-filter-change', (e) => changes.push(e));
    index.query = '';
    index.country = 'Canada';
    await until(() => options(el).length === 2, 2000, 'the map to follow the country');
    expect(changes).to.deep.equal([]);
  });

  it('sets the index’s city when a city is chosen: results, chip, cm-filter-change, URL; choosing again clears', async () => {
    const {index, el} = await linked();
    index.syncUrl = true;
    await index.updateComplete;
    const filters: FilterChangeDetail[] = [];
    index.addEventListener('cm-filter-change', (e) => filters.push((e as CustomEvent<FilterChangeDetail>).detail));
    const picks = cityEvents(el);
    svg(el).focus();
    await sendKeys({press: 'Enter'});
    await until(() => results(index) === 2, 2000, 'Toronto’s ideas in the index');
    expect(index.city).to.equal('Toronto, Canada');
    expect(clean(chip(index)!.textContent)).to.equal('Toronto, Canada × Remove the city filter');
    expect(filters).to.deep.equal([{query: '', theme: '', country: '', city: 'Toronto, Canada', count: 2}]);
    expect(picks).to.deep.equal([{city: 'Toronto', country: 'Canada', count: 2}]);
    expect(new URL(location.href).searchParams.get('cm-city')).to.equal('Toronto, Canada');
    // The map keeps every city, the chosen one selected; it shows no panel of its own.
    expect(options(el)).to.have.length(11);
    expect(selected(el)).to.deep.equal(['Toronto, Canada: 2 ideas']);
    expect(panel(el)).to.equal(null);
    await expect(el).to.be.accessible();
    await expect(index).to.be.accessible();

    await sendKeys({press: 'Enter'});
    await until(() => results(index) === 12, 2000, 'every idea');
    expect(index.city).to.equal('');
    expect(chip(index)).to.equal(null);
    expect(filters.at(-1)).to.deep.equal({query: '', theme: '', country: '', city: '', count: 12});
    expect(new URL(location.href).searchParams.has('cm-city')).to.be.false;
  });

  it('clears with Escape, and follows the chip’s removal and the back button', async () => {
    const {index, el} = await linked();
    index.syncUrl = true;
    await index.updateComplete;
    svg(el).focus();
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'Enter'});
    await until(() => !!index.city, 2000, 'a city');
    const city = index.city;
    await sendKeys({press: 'Escape'});
    await until(() => !index.city, 2000, 'Escape to clear it');
    expect(selected(el)).to.deep.equal([]);

    await sendKeys({press: 'Enter'});
    await until(() => index.city === city, 2000, 'the city again');
    chip(index)!.click();
    await until(() => selected(el).length === 0, 2000, 'the map to follow the chip');
    expect(sr(index).activeElement).to.equal(q(index, 'input'));

    const back = oneEvent(window, 'popstate');
    history.back();
    await back;
    await until(() => index.city === city && selected(el).length === 1, 2000, 'back to the city');
  });

  it('links to an index that arrives after it, and follows for when it changes', async () => {
    const page = await fixture(html`<div><cm-ideas-map for="late-index" .ideas=${CROSS}></cm-ideas-map></div>`);
    const el = page.querySelector<CmIdeasMap>('cm-ideas-map')!;
    // Meanwhile its own ideas, and one warning.
    await until(() => options(el).length === 6, 5000, 'its own ideas');
    await until(() => spy.warnings().length > 0, 2000, 'the warning');
    expect(spy.warnings()[0]).to.contain('<cm-ideas-map>').and.contain('for="late-index"');
    const index = document.createElement('cm-ideas-index');
    index.id = 'late-index';
    index.ideas = IDEAS.slice(0, 3);
    page.append(index);
    await until(() => options(el).length === 3, 3000, 'the late index’s results');
    el.htmlFor = 'nothing-here';
    await until(() => options(el).length === 6, 3000, 'its own ideas again');
    index.id = 'nothing-here';
    await until(() => options(el).length === 3, 3000, 'the renamed index');
    index.remove();
    await until(() => options(el).length === 6, 3000, 'its own ideas once the index is gone');
  });

  it('needs no content of its own', async () => {
    const page = await fixture(
      html`<div>
        <cm-ideas-map for="only-index" style="width: 4000px"></cm-ideas-map>
        <cm-ideas-index id="only-index" src=${FEED}></cm-ideas-index>
      </div>`
    );
    const el = page.querySelector<CmIdeasMap>('cm-ideas-map')!;
    await until(() => options(el).length === 11, 5000, 'the index’s ideas');
    expect(spy.warnings()).to.deep.equal([]);
  });

  it('counts what the index counts for a city, accents and translations folded alike', async () => {
    const ideas: Idea[] = [
      ...placed([['Montréal', 45.5, -73.6]], 'Canada'),
      {
        id: 'm2',
        title: 'M2',
        url: '/m2',
        city: {en: 'Montreal', fr: 'Montréal'},
        country: 'CANADA',
        lat: 45.52,
        lng: -73.56,
      },
      {id: 'm3', title: 'M3', url: '/m3', city: 'MONTREAL', country: 'Canada'},
      ...placed([['London', 42.98, -81.23]], 'Canada'),
      ...placed([['London', 51.51, -0.13, 2]], 'United Kingdom'),
    ];
    const page = await fixture(
      html`<div>
        <cm-ideas-index id="fold-index" .ideas=${ideas}></cm-ideas-index>
        <cm-ideas-map for="fold-index" style="width: 4000px"></cm-ideas-map>
      </div>`
    );
    const index = page.querySelector<CmIdeasIndex>('cm-ideas-index')!;
    const el = page.querySelector<CmIdeasMap>('cm-ideas-map')!;
    await until(() => options(el).length === 3, 5000, 'the map');
    expect(names(el)).to.have.members([
      'Montreal, Canada: 3 ideas',
      'London, Canada: 1 idea',
      'London, United Kingdom: 2 ideas',
    ]);
    for (const option of options(el)) {
      const [, count] = /: (\d+) idea/.exec(option.getAttribute('aria-label')!)!;
      option.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      await until(() => !!index.city, 2000, 'the city in the index');
      await index.updateComplete;
      expect(results(index), index.city).to.equal(Number(count));
      option.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      await until(() => !index.city, 2000, 'the city cleared');
    }
  });
});

describe('<cm-ideas-map> privacy and loading', () => {
  it('requests nothing from another origin', async () => {
    await setPageLang('fr');
    await linkedFromFeed();
    await map(html`<cm-ideas-map src=${FEED}></cm-ideas-map>`);
    const origins = performance.getEntriesByType('resource').map((e) => new URL(e.name).origin);
    expect(origins.length).to.be.greaterThan(0);
    expect([...new Set(origins)]).to.deep.equal([location.origin]);
  });

  async function linkedFromFeed() {
    const page = await fixture(
      html`<div>
        <cm-ideas-index id="feed-index" src=${FEED}></cm-ideas-index>
        <cm-ideas-map for="feed-index" src=${FEED}></cm-ideas-map>
      </div>`
    );
    const el = page.querySelector<CmIdeasMap>('cm-ideas-map')!;
    await until(() => options(el).length > 0, 5000, 'the map');
  }

  it('keeps its size while the feed loads, busy, then shows the map in the same box', async () => {
    const el = await fixture<CmIdeasMap>(
      html`<cm-ideas-map style="width: 600px" src="/faulty/slow?ms=400&file=ideas.json"></cm-ideas-map>`
    );
    await until(() => !!q(el, '[part=loading]'), 3000, 'the placeholder');
    expect(q(el, '[part=loading]')!.getAttribute('aria-busy')).to.equal('true');
    const loading = el.getBoundingClientRect().height;
    expect(loading).to.be.closeTo(600 * (433 / 1000) + 52, 4);
    await expect(el).to.be.accessible();
    await until(() => options(el).length > 0, 5000, 'the map');
    expect(el.getBoundingClientRect().height).to.be.closeTo(loading, 2);
  });

  it('shows an error with Retry and fires cm-error when the feed fails', async () => {
    const errors: Event[] = [];
    const el = await map(
      html`<cm-ideas-map src="/faulty/status/404" @cm-error=${(e: Event) => errors.push(e)}></cm-ideas-map>`
    );
    expect(clean(q(el, '[part=error]')!.textContent)).to.contain('could not be loaded (error 404)');
    expect(q(el, '[part=retry-button]')).to.exist;
    expect(errors).to.have.length(1);
    expect(spy.errors()[0]).to.contain('<cm-ideas-map>');
    await expect(el).to.be.accessible();
  });

  it('warns once about a broken ideas attribute', async () => {
    const el = await map(html`<cm-ideas-map ideas="[{oops"></cm-ideas-map>`);
    expect(q(el, '[part=error]')).to.exist;
    expect(spy.warnings()).to.have.length(1);
    expect(spy.warnings()[0]).to.contain('<cm-ideas-map>').and.contain('"ideas" attribute');
  });
});

describe('<cm-ideas-map> in the script-tag build', () => {
  /** A page of its own in a frame, with dist/cm-widgets.js, and the files it requested once `ready`. */
  async function page(body: string, ready: string) {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 900px; block-size: 700px';
    frame.srcdoc = `<!doctype html><html lang="en"><body>${body}<script type="module" src="/dist/cm-widgets.js"></script></body></html>`;
    document.body.append(frame);
    try {
      await new Promise((r) => frame.addEventListener('load', r, {once: true}));
      const doc = frame.contentDocument!;
      await until(
        () => !!doc.querySelector(ready.split(' ')[0])?.shadowRoot?.querySelector(ready.split(' ')[1]),
        8000,
        ready
      );
      return frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    } finally {
      frame.remove();
    }
  }

  it('loads the map’s code and outline only on a page with a map', async () => {
    const without = await page(`<cm-ideas-index src="${FEED}"></cm-ideas-index>`, 'cm-ideas-index li');
    expect(without).to.include('/dist/cm-widgets.js');
    expect(without.filter((p) => p.includes('map'))).to.deep.equal([]);
    const withMap = await page(`<cm-ideas-map src="${FEED}"></cm-ideas-map>`, 'cm-ideas-map [role=option]');
    expect(withMap).to.include('/dist/cm-widgets-map-view.js');
    // The outline is not in the bundle every page loads.
    const bundle = await (await fetch('/dist/cm-widgets.js')).text();
    const chunk = await (await fetch('/dist/cm-widgets-map-view.js')).text();
    const {LAND} = await import('../src/ideas-map/generated/outline.js');
    expect(chunk).to.contain(LAND.slice(0, 40));
    expect(bundle).not.to.contain(LAND.slice(0, 40));
  });
});

describe('<cm-ideas-map> looks', () => {
  it('fits 320 px with 24 px targets, and text at 200 % makes bigger markers, fewer of them', async () => {
    await setViewport({width: 320, height: 700});
    try {
      const el = await map(html`<cm-ideas-map .ideas=${IDEAS}></cm-ideas-map>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const sizes = qa(el, '.dot').map((d) => d.getBoundingClientRect().width);
      expect(Math.min(...sizes)).to.be.at.least(24);
      const before = options(el).length;
      await expect(el).to.be.accessible();
      document.documentElement.style.fontSize = '200%';
      const big = await map(html`<cm-ideas-map .ideas=${IDEAS}></cm-ideas-map>`);
      expect(Math.min(...qa(big, '.dot').map((d) => d.getBoundingClientRect().width))).to.be.at.least(48);
      expect(options(big).length).to.be.at.most(before);
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });

  it('draws in system colours under forced colours', async () => {
    const el = await map(html`<cm-ideas-map style="width: 4000px" .ideas=${IDEAS}></cm-ideas-map>`);
    await executeServerCommand('forced-colors', {active: true});
    try {
      await until(() => matchMedia('(forced-colors: active)').matches, 2000, 'forced colours');
      const dot = q(el, '.dot')!;
      const canvas = document.createElement('div');
      canvas.style.background = 'Canvas';
      document.body.append(canvas);
      const expected = getComputedStyle(canvas).backgroundColor;
      canvas.remove();
      expect(getComputedStyle(dot).fill).to.equal(expected);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('forced-colors', {active: false});
    }
  });

  it('follows a dark page: the land in its text colour, markers with a white halo', async () => {
    const page = await fixture(
      html`<div style="background: #111; color: #eee; padding: 1rem">
        <cm-ideas-map .ideas=${IDEAS}></cm-ideas-map>
      </div>`
    );
    const el = page.querySelector<CmIdeasMap>('cm-ideas-map')!;
    await until(() => options(el).length > 0, 5000, 'the map');
    const land = getComputedStyle(q(el, '[part=land]')!).fill;
    // currentColor (#eee) at 16 %: light on the dark page.
    expect(land).to.match(/color\(srgb 0\.93\d* 0\.93\d* 0\.93\d* \/ 0\.16\)|rgba\(238, 238, 238, 0\.16\)/);
    expect(getComputedStyle(q(el, '.dot')!).stroke).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('has no transitions or animations under reduced motion', async () => {
    await emulateMedia({reducedMotion: 'reduce'});
    try {
      const el = await fixture<CmIdeasMap>(
        html`<cm-ideas-map src="/faulty/slow?ms=300&file=ideas.json"></cm-ideas-map>`
      );
      await until(() => !!q(el, '[part=loading]'), 3000, 'the placeholder');
      expect(sr(el).getAnimations()).to.deep.equal([]);
      await until(() => options(el).length > 0, 5000, 'the map');
      svg(el).focus();
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      expect(sr(el).getAnimations()).to.deep.equal([]);
    } finally {
      await emulateMedia({reducedMotion: 'no-preference'});
    }
  });
});

describe('<cm-ideas-map> languages', () => {
  it('keeps its messages out of the locale modules every page loads, translated in each language', async () => {
    // The modules as the script-tag build ships them (at run time the map merges its
    // messages into the module's templates).
    expect(await (await fetch('/dist/cm-widgets-fr.js')).text()).not.to.contain('map-label');
    expect(await (await fetch('/dist/cm-widgets-map-fr.js')).text()).to.contain('map-label');
    expect(Object.keys(coreFr)).to.include('ideas-count-one');
    const ids = Object.keys(mapFr).sort();
    expect(ids.length).to.be.greaterThan(10);
    for (const [locale, templates] of Object.entries({es: mapEs, de: mapDe, ar: mapAr})) {
      expect(Object.keys(templates).sort(), locale).to.deep.equal(ids);
    }
  });

  it('speaks French, with French plural rules (0 and 1 singular)', async () => {
    await setPageLang('fr');
    const el = await map(html`<cm-ideas-map style="width: 4000px" .ideas=${IDEAS}></cm-ideas-map>`);
    await until(() => svg(el)?.getAttribute('aria-label') === 'Carte des bonnes idées', 3000, 'French');
    expect(names(el)).to.include('Toronto, Canada\u00a0: 2 idées').and.include('Montréal, Canada\u00a0: 1 idée');
    expect(clean(q(el, 'summary')!.textContent)).to.equal('Liste des villes (11)');
    el.style.width = '320px';
    await until(() => names(el).some((n) => n!.startsWith('Autour de')), 3000, 'a group');
    await expect(el).to.be.accessible();
  });

  it('isolates a name written the other way than the page’s messages (bidi), and only then', async () => {
    const ideas = [...placed([['القاهرة', 30.04, 31.24]], 'Egypt'), ...placed([['Lyon', 45.75, 4.85]], 'France')];
    const el = await map(html`<cm-ideas-map style="width: 1000px" .ideas=${ideas}></cm-ideas-map>`);
    expect(names(el)).to.have.members(['\u2068القاهرة\u2069, Egypt: 1 idea', 'Lyon, France: 1 idea']);
  });

  it('counts in Arabic with its six plural forms, right to left', async () => {
    await setPageLang('ar');
    const ideas = placed([
      ['One', 60, -150, 1],
      ['Two', 60, -60, 2],
      ['Three', 60, 30, 3],
      ['Eleven', 60, 120, 11],
      ['Hundred', -20, -60, 100],
    ]);
    const el = await map(html`<cm-ideas-map style="width: 1000px" .ideas=${ideas}></cm-ideas-map>`);
    await until(() => svg(el)?.getAttribute('aria-label') === 'خريطة الأفكار الجيدة', 3000, 'Arabic');
    expect(el.matches(':dir(rtl)')).to.be.true;
    // Latin names are bidi isolates (U+2068…U+2069) in right-to-left text.
    const iso = (name: string) => `\u2068${name}\u2069`;
    const byCity = Object.fromEntries(names(el).map((n) => [n!.split('،')[0].replace(/[\u2068\u2069]/g, ''), n]));
    expect(byCity.One).to.equal(`${iso('One')}، ${iso('Testland')}: فكرة واحدة`);
    expect(byCity.Two).to.equal(`${iso('Two')}، ${iso('Testland')}: فكرتان`);
    expect(byCity.Three).to.equal(`${iso('Three')}، ${iso('Testland')}: 3 أفكار`);
    expect(byCity.Eleven).to.equal(`${iso('Eleven')}، ${iso('Testland')}: 11 فكرة`);
    expect(byCity.Hundred).to.equal(`${iso('Hundred')}، ${iso('Testland')}: 100 فكرة`);
    await expect(el).to.be.accessible();
    const groups = await map(html`<cm-ideas-map style="width: 320px" .ideas=${IDEAS}></cm-ideas-map>`);
    await until(() => names(groups).some((n) => n!.startsWith('حول')), 3000, 'a group');
    // "Around Ærøskøbing, Denmark: 7 cities, 7 ideas" with Arabic plurals for both.
    expect(names(groups).find((n) => n!.startsWith('حول'))).to.match(/^حول .+: (مدينتان|\d+ مدن)، (فكرتان|\d+ أفكار)$/);
  });

  for (const [lang, label] of [
    ['es', 'Mapa de buenas ideas'],
    ['de', 'Karte der guten Ideen'],
  ]) {
    it(`speaks ${lang}`, async () => {
      await setPageLang(lang);
      const el = await map(html`<cm-ideas-map .ideas=${IDEAS}></cm-ideas-map>`);
      await until(() => svg(el)?.getAttribute('aria-label') === label, 3000, lang);
      expect(clean(q(el, 'summary')!.textContent)).not.to.contain('List of cities');
    });
  }
});

describe('<cm-ideas-map> at 10,000 ideas', () => {
  it('draws a bounded number of markers and follows a linked index’s search', async () => {
    const ideas = generateIdeas(10000);
    const page = await fixture(
      html`<div>
        <cm-ideas-index id="big-index" .ideas=${ideas}></cm-ideas-index>
        <cm-ideas-map for="big-index"></cm-ideas-map>
      </div>`
    );
    const index = page.querySelector<CmIdeasIndex>('cm-ideas-index')!;
    const el = page.querySelector<CmIdeasMap>('cm-ideas-map')!;
    await until(() => options(el).length > 0, 10000, 'the map');
    // One node per marker part: a few hundred at most, whatever the number of ideas.
    expect(options(el).length).to.be.at.most(300);
    expect(svg(el).querySelectorAll('*').length).to.be.below(2000);
    const total = options(el).reduce(
      (n, o) => n + Number(/([\d,]+) ideas?$/.exec(o.getAttribute('aria-label')!)?.[1].replace(/,/g, '') ?? NaN),
      0
    );
    expect(total).to.equal(10000);
    index.query = 'sao paulo';
    const saoPaulo = ideas.filter((i) => i.city === 'São Paulo').length;
    await until(() => options(el).length === 1, 3000, 'São Paulo alone');
    expect(names(el)).to.deep.equal([`São Paulo, Brazil: ${saoPaulo.toLocaleString('en')} ideas`]);
  });
});
