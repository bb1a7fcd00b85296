// Prerendered HTML (`npx cm-widgets render`): what a visitor sees before the script, the
// takeover when it arrives (nothing moves, nothing else shows in between), and an element
// that then works like any other. The HTML comes from the package's own command line,
// through the test server (test/server/prerender.mjs).
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {captureConsole, heldFeed, setPageLang, until} from './helpers.js';

interface Case {
  tag: string;
  file: string;
  attrs: string[];
  id?: string;
  /** A text the element shows. */
  shows: string;
}

const CASES: Case[] = [
  {
    tag: 'cm-featured-story',
    file: 'content.json',
    attrs: ['src=/test/fixtures/content.json'],
    shows: 'Two cheers for the Global Compact',
  },
  {
    tag: 'cm-webinar-card',
    file: 'webinars.json',
    attrs: ['src=/test/fixtures/webinars.json'],
    id: 'urban-resilience',
    shows: 'Planning for Urban Resilience',
  },
  {
    tag: 'cm-quote-rotator',
    file: 'quotes.json',
    attrs: ['src=/test/fixtures/quotes.json'],
    shows: 'Immigrants are a positive force',
  },
  {
    tag: 'cm-ideas-index',
    file: 'ideas.json',
    attrs: ['src=/test/fixtures/ideas.json', 'page-size=4'],
    shows: 'Intégration économique',
  },
];

async function prerendered(c: Case, options: {lang?: string; mangle?: boolean; attrs?: string[]} = {}) {
  const query = new URLSearchParams({file: c.file, lang: options.lang ?? 'en'});
  if (c.id) query.set('id', c.id);
  for (const attr of options.attrs ?? c.attrs) query.append('attr', attr);
  if (options.mangle) query.set('mangle', '1');
  const res = await fetch(`/prerender/${c.tag}?${query}`);
  expect(res.ok, await res.clone().text()).to.be.true;
  return res.text();
}

/** The HTML parsed as a page's parser does (declarative shadow roots included), in the page. */
async function mount(markup: string) {
  const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 760px"></div>`);
  box.setHTMLUnsafe(markup);
  return box.firstElementChild as HTMLElement;
}

const shadowOf = (el: Element) => el.shadowRoot!;
/** The prerendered nodes are gone: the shadow root holds the element's own render. */
const takenOver = (el: Element) => () => !shadowOf(el).querySelector('link[rel=stylesheet]');

/** Where every part sits, in order: what a layout shift would change. */
function layout(el: Element) {
  return [...shadowOf(el).querySelectorAll('[part]')].map((p) => {
    const r = p.getBoundingClientRect();
    return `${p.getAttribute('part')} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  });
}

/** The shadow DOM as markup, without comments, whitespace between tags, or a blob: URL of its own. */
const markup = (el: Element) =>
  shadowOf(el)
    .innerHTML.replace(/<!--[\s\S]*?-->/g, '')
    .replace(/blob:[^"]+/g, 'blob:')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .trim();

/** Everything that appears in a shadow root until `stop`: whether a loading state or a text showed. */
function watch(el: Element) {
  const seen = {loading: false, texts: new Set<string>()};
  const observer = new MutationObserver(() => {
    if (shadowOf(el).querySelector('[part=loading]')) seen.loading = true;
    seen.texts.add(shadowOf(el).textContent ?? '');
  });
  observer.observe(shadowOf(el), {childList: true, subtree: true, characterData: true});
  return {seen, stop: () => observer.disconnect()};
}

let spy: ReturnType<typeof captureConsole>;
beforeEach(() => (spy = captureConsole()));
afterEach(async () => {
  spy.restore();
  await setPageLang('en');
});

for (const c of CASES) {
  describe(`<${c.tag}> prerendered`, () => {
    it('shows its content before any script, takes over without moving, and ends as a client-rendered one', async () => {
      const el = await mount(await prerendered(c));
      // The parser gave it its content already: the shadow root is there, with the text.
      expect(shadowOf(el).textContent).to.contain(c.shows);
      const before = layout(el);
      const {seen, stop} = watch(el);
      await until(takenOver(el), 8000, 'the takeover');
      await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      stop();
      expect(seen.loading, 'no loading state in between').to.be.false;
      expect(layout(el), 'every part where it was').to.deep.equal(before);
      // The same element rendered in the browser alone.
      const client = await fixture(html`<div style="inline-size: 760px"></div>`);
      const twin = document.createElement(c.tag);
      for (const attr of c.attrs) twin.setAttribute(attr.split('=')[0], attr.slice(attr.indexOf('=') + 1));
      if (c.id) twin.setAttribute(c.tag === 'cm-webinar-card' ? 'webinar-id' : 'story-id', c.id);
      client.append(twin);
      await until(() => shadowOf(twin).textContent!.includes(c.shows), 8000, 'the client render');
      await (twin as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expect(markup(el)).to.equal(markup(twin));
      expect(spy.errors()).to.deep.equal([]);
    });

    it('survives what a CMS does to the HTML: stripped comments, re-indented, re-quoted', async () => {
      const el = await mount(await prerendered(c, {mangle: true}));
      const before = layout(el);
      await until(takenOver(el), 8000, 'the takeover');
      await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expect(shadowOf(el).textContent).to.contain(c.shows);
      expect(layout(el)).to.deep.equal(before);
    });
  });
}

describe('prerendered in French', () => {
  it('never shows English or a loading state between French and French', async () => {
    await setPageLang('fr');
    const c = CASES[0];
    const el = await mount(await prerendered(c, {lang: 'fr'}));
    expect(shadowOf(el).querySelector('[part=kicker]')!.textContent).to.equal('À la une');
    const {seen, stop} = watch(el);
    await until(takenOver(el), 8000, 'the takeover');
    stop();
    expect(seen.loading).to.be.false;
    for (const text of seen.texts) expect(text, 'a text shown meanwhile').not.to.contain('Featured Story');
    expect(shadowOf(el).querySelector('[part=kicker]')!.textContent).to.equal('À la une');
    expect(shadowOf(el).querySelector('[part=heading]')!.textContent).to.equal('Deux hourras pour le Pacte mondial');
  });
});

describe('a prerendered element after the takeover', () => {
  it('follows the page language, and searches', async () => {
    const el = await mount(await prerendered(CASES[3]));
    await until(takenOver(el), 8000, 'the takeover');
    await setPageLang('fr');
    await until(() => shadowOf(el).querySelector('label')!.textContent === 'Rechercher dans les idées', 5000, 'French');
    const input = shadowOf(el).querySelector('input')!;
    input.value = 'montreal';
    input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await until(() => shadowOf(el).querySelectorAll('[part=result]').length === 1, 5000, 'one result');
  });

  it('keeps the focus in the search box through the takeover', async () => {
    // The feed is held: the prerendered box is on screen, and focused, until it answers.
    const feed = heldFeed('ideas.json');
    const el = await mount(await prerendered(CASES[3], {attrs: [`src=${feed.src}`, 'page-size=4']}));
    const before = shadowOf(el).querySelector('input')!;
    before.focus();
    expect(shadowOf(el).activeElement === before, 'the prerendered box has the focus').to.be.true;
    await feed.release();
    await until(takenOver(el), 8000, 'the takeover');
    const after = shadowOf(el).querySelector('input')!;
    expect(after === before, 'a new box').to.be.false;
    expect(shadowOf(el).activeElement === after, 'the live box has the focus').to.be.true;
  });

  it('shows the feed when it has changed since the prerender: once, in place', async () => {
    // Prerendered from one feed, reading another: the newer content replaces the old.
    const el = await mount(await prerendered(CASES[0], {attrs: ['src=/test/fixtures/stories.json']}));
    const {seen, stop} = watch(el);
    expect(shadowOf(el).textContent).to.contain('Two cheers');
    await until(takenOver(el), 8000, 'the takeover');
    stop();
    expect(seen.loading).to.be.false;
    expect(shadowOf(el).querySelector('[part=heading]')!.textContent).to.equal('Taking the Pulse of Diversity');
  });

  it('keeps its prerendered content when the feed fails', async () => {
    const el = await mount(await prerendered(CASES[0], {attrs: ['src=/test/fixtures/does-not-exist.json']}));
    await until(() => spy.errors().length > 0, 8000, 'the failure');
    expect(shadowOf(el).textContent).to.contain('Two cheers for the Global Compact');
    expect(shadowOf(el).querySelector('[part=error]')).to.equal(null);
  });

  it('without src, reads its fallback and shows the same content', async () => {
    const el = await mount(await prerendered(CASES[1], {attrs: []}));
    const before = layout(el);
    await until(takenOver(el), 8000, 'the takeover');
    expect(shadowOf(el).querySelector('[part=heading]')!.textContent).to.equal(
      'Planning for Urban Resilience and Inclusive Cities: Lessons from Toronto'
    );
    expect(layout(el)).to.deep.equal(before);
  });
});

interface PageWindow extends Window {
  cspViolations: string[];
}

async function page(src: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 900px';
  document.body.append(frame);
  frame.src = src;
  await new Promise((r) => frame.addEventListener('load', r, {once: true}));
  return frame;
}

describe('a page of prerendered elements', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('under a strict CSP and Trusted Types: taken over with no violation', async () => {
    const frame = await page('/test/csp/prerendered.html');
    const doc = frame.contentDocument!;
    const elements = [...doc.querySelectorAll('cm-featured-story, cm-quote-rotator, cm-webinar-card, cm-ideas-index')];
    expect(elements).to.have.length(4);
    for (const el of elements) await until(takenOver(el), 8000, `${el.localName} taken over`);
    expect((frame.contentWindow as PageWindow).cspViolations).to.deep.equal([]);
  });

  it('with the library loaded twice: one of each element, each shown once', async () => {
    const frame = await page('/test/csp/prerendered.html?twice=1');
    const doc = frame.contentDocument!;
    for (const el of doc.querySelectorAll('cm-featured-story, cm-quote-rotator, cm-webinar-card, cm-ideas-index')) {
      await until(takenOver(el), 8000, `${el.localName} taken over`);
      expect(
        el.shadowRoot!.querySelectorAll('[part=heading], [part=carousel], [part=search]').length,
        el.localName
      ).to.be.greaterThan(0);
    }
    const stories = doc.querySelector('cm-featured-story')!.shadowRoot!;
    expect(stories.querySelectorAll('article')).to.have.length(1);
    expect(doc.querySelectorAll('cm-ideas-index')[0].shadowRoot!.querySelectorAll('[part=search]')).to.have.length(1);
  });

  it('the prerendered demo loads with no layout shift', async () => {
    const frame = await page('/dist/demo/index.html');
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    for (const el of doc.querySelectorAll('cm-featured-story, cm-quote-rotator, cm-webinar-card, cm-ideas-index')) {
      await until(takenOver(el), 15000, `${el.localName} taken over`);
    }
    // Every shift since the page started loading: observe() puts them in the observer's
    // buffer at once.
    const observer = new (win as unknown as typeof globalThis).PerformanceObserver(() => {});
    observer.observe({type: 'layout-shift', buffered: true});
    const entries = observer.takeRecords() as (PerformanceEntry & {value: number})[];
    observer.disconnect();
    const shifts = entries.reduce((sum, e) => sum + e.value, 0);
    expect(shifts, entries.map((e) => e.value).join(', ')).to.be.below(0.01);
  });
});
