/**
 * The feed contract of DESIGN.md ("Loading, errors, bad input"), written once and run for
 * every element that takes a `src` (Shoelace's `runFormControlBaseTests` idea). An element's
 * test file joins with one call:
 *
 *     runFeedContract({tag: 'cm-featured-story', kind: 'stories', feed: {file, shows}, contractShows});
 *
 * Every wait is on something observable: a held feed answers when the test releases it,
 * the server counts requests and abandoned connections, the element fires `cm-error`.
 * Nothing here sleeps, so a loaded machine only makes it slower, never wrong.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {FeedError} from '../../src/content/feed.js';
import {axNodes, captureConsole, heldFeed, hits, PATIENCE, setPageLang, uniqueKey, until} from '../helpers.js';

export interface FeedContractOptions {
  /** The element's tag: `cm-featured-story`. */
  tag: string;
  /** The key it reads in a shared content file: `stories`. */
  kind: 'stories' | 'quotes' | 'webinars' | 'ideas';
  /** A feed in test/fixtures/ that the element shows, and a text a visitor then sees. */
  feed: {file: string; shows: string};
  /**
   * What a visitor sees of the one good item of `kind` in test/fixtures/contract.json (the
   * other four are broken, one way each).
   */
  contractShows: string;
  /**
   * For an element that shows one item of a feed: the attribute that names it (`story-id`),
   * another item of `feed` and what a visitor then sees.
   */
  itemId?: {attribute: string; id: string; shows: string};
  /** For a list element: what it says for an empty feed, and whether it offers Retry then. */
  empty?: {text: string; retry: boolean};
  /** What the element calls itself in its messages ("Quotes: The content could not be loaded."), in English and French. */
  name: {en: string; fr: string};
  /** The least height, in px, its loading state keeps (the room the content will take). */
  minLoadingHeight?: number;
}

/** One item's name in console messages: `no story with id "nope"`. */
const NOUNS = {stories: 'story', quotes: 'quote', webinars: 'webinar', ideas: 'idea'};
/** Broken items in test/fixtures/contract.json, for every kind: #2 to #5. */
const BROKEN_ITEMS = 4;

const sr = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, sel: string) => sr(el).querySelector<T>(sel);
/** The text a visitor sees in the element: rendered text only (innerText), spaces collapsed. */
export const visibleText = (el: Element) =>
  [...sr(el).children]
    .map((c) => (c as HTMLElement).innerText ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

export function runFeedContract(options: FeedContractOptions) {
  const {tag, kind, feed, contractShows, itemId, empty, name, minLoadingHeight = 0} = options;
  const fixtures = (file: string) => `/test/fixtures/${file}`;

  describe(`<${tag}> feed contract`, () => {
    let spy: ReturnType<typeof captureConsole>;
    let box: HTMLElement;
    beforeEach(async () => {
      spy = captureConsole();
      box = await fixture(html`<div></div>`);
    });
    afterEach(async () => {
      spy.restore();
      await setPageLang('en');
    });

    /** The element with these attributes, in the page; its `cm-error` events are recorded. */
    function element(attributes: Record<string, string>) {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      const errors: CustomEvent<{error: FeedError; src: string}>[] = [];
      el.addEventListener('cm-error', (e) => errors.push(e as CustomEvent));
      box.append(el);
      return {el, errors};
    }
    const shows = (el: Element, text: string, what = `"${text}"`) =>
      until(() => !q(el, '[part=loading]') && visibleText(el).includes(text), PATIENCE, what);
    const failed = (el: Element) => until(() => !!q(el, '[part=error]'), PATIENCE, 'the error message');
    const loading = (el: Element) => {
      const part = q(el, '[part=loading]');
      expect(part, 'the loading state').to.exist;
      expect(part!.getAttribute('aria-busy')).to.equal('true');
      expect(q(el, '[role=status]')!.textContent).to.equal('Loading…');
    };

    it('is busy and keeps its room while the feed loads, then shows it', async () => {
      const held = heldFeed(feed.file);
      const {el} = element({src: held.src});
      expect(await held.arrived()).to.equal(1);
      await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      loading(el);
      expect(el.getBoundingClientRect().height).to.be.at.least(minLoadingHeight);
      await expect(el).to.be.accessible();
      await held.release();
      await shows(el, feed.shows);
      expect(q(el, '[aria-busy]')).to.equal(null);
      expect(await held.hits()).to.equal(1);
      expect(spy.errors()).to.deep.equal([]);
    });

    it('shares one request between the elements that use the same URL, even when one leaves', async () => {
      const held = heldFeed(feed.file);
      const [gone, first, named] = [
        element({src: held.src}).el,
        element({src: held.src}).el,
        element(itemId ? {src: held.src, [itemId.attribute]: itemId.id} : {src: held.src}).el,
      ];
      expect(await held.arrived()).to.equal(1);
      // Removing one element while loading must not starve the others.
      gone.remove();
      await held.release();
      await shows(first, feed.shows);
      await shows(named, itemId?.shows ?? feed.shows);
      expect(await held.hits()).to.equal(1);
    });

    it('lets the newest src win: a late answer to the old one never replaces it', async () => {
      const held = heldFeed(feed.file);
      const {el, errors} = element({src: held.src});
      // A second element keeps the old request alive, so its answer does arrive late.
      const {el: other} = element({src: held.src});
      await held.arrived();
      el.setAttribute('src', fixtures('contract.json'));
      await shows(el, contractShows, 'the newer feed');
      await held.release();
      // When the other element shows the old feed, its answer has reached this page.
      await shows(other, feed.shows, 'the late answer in the other element');
      expect(visibleText(el)).to.contain(contractShows).and.not.contain(feed.shows);
      expect(errors).to.deep.equal([]);
      expect(spy.errors()).to.deep.equal([]);
    });

    it('abandons its request when removed while loading, says nothing, and loads when put back', async () => {
      const held = heldFeed(feed.file);
      const {el, errors} = element({src: held.src});
      await held.arrived();
      el.remove();
      // The server saw the connection closed unanswered: the request was aborted.
      expect(await held.aborted()).to.equal(1);
      expect(errors).to.deep.equal([]);
      expect(spy.errors()).to.deep.equal([]);
      await held.release();
      box.append(el);
      await shows(el, feed.shows);
      expect(await held.hits()).to.equal(2);
      expect(errors).to.deep.equal([]);
    });

    const key = () => uniqueKey();
    interface Failure {
      kind: FeedError['kind'];
      what: string;
      src: () => string | {src: string; requests: () => Promise<number>; expected: number};
      attributes?: Record<string, string>;
      message: RegExp;
      console?: string;
    }
    const counted = (status: number, expected: number) => () => {
      const k = key();
      return {src: `/faulty/counted/${k}/${status}`, requests: () => hits(k), expected};
    };
    const failures: Failure[] = [
      {
        kind: 'http',
        what: 'HTTP 404',
        src: counted(404, 1),
        message: /The content could not be loaded \(error 404\)\.$/,
      },
      {
        kind: 'http',
        what: 'HTTP 500, not retried either',
        src: counted(500, 1),
        message: /The content could not be loaded \(error 500\)\.$/,
      },
      {
        kind: 'network',
        what: 'no server',
        src: () => 'http://127.0.0.1:1/feed.json',
        message: /The content could not be loaded\. Check your connection and try again\.$/,
      },
      {
        kind: 'timeout',
        what: 'no answer within timeout',
        // Held and never released: only the element's own timeout ends the wait.
        src: () => heldFeed(feed.file).src,
        attributes: {timeout: '100'},
        message: /The content is taking too long to load\.$/,
      },
      {kind: 'html', what: 'an HTML page', src: () => '/faulty/html-200', message: /The content could not be read\.$/},
      {
        kind: 'json',
        what: 'invalid JSON',
        src: () => fixtures('invalid.json'),
        message: /The content could not be read\.$/,
      },
      {
        kind: 'shape',
        what: 'JSON that is not a feed',
        src: () => fixtures('wrong-shape.json'),
        message: /The content could not be read\.$/,
      },
    ];
    if (itemId) {
      failures.push(
        {
          kind: 'not-found',
          what: 'an empty feed',
          src: () => fixtures('empty.json'),
          message: /The requested item is not in the feed\.$/,
          console: `the feed has no ${NOUNS[kind]}`,
        },
        {
          kind: 'not-found',
          what: `${itemId.attribute} not in the feed`,
          src: () => fixtures(feed.file),
          attributes: {[itemId.attribute]: 'nope'},
          message: /The requested item is not in the feed\.$/,
          console: `no ${NOUNS[kind]} with id "nope"`,
        }
      );
    }

    for (const failure of failures) {
      it(`says so, offers Retry, fires cm-error and logs once: ${failure.kind} (${failure.what})`, async () => {
        const given = failure.src();
        const src = typeof given === 'string' ? given : given.src;
        const el = document.createElement(tag);
        for (const [name, value] of Object.entries({...failure.attributes, src})) el.setAttribute(name, value);
        const event = oneEvent(el, 'cm-error') as Promise<CustomEvent<{error: FeedError; src: string}>>;
        box.append(el);
        const {detail, bubbles, composed} = await event;
        expect(bubbles && composed, 'bubbles and composed').to.be.true;
        expect(detail.src).to.equal(src);
        expect(detail.error.kind).to.equal(failure.kind);
        await failed(el);
        const alert = q(el, '[part=error]')!;
        expect(alert.getAttribute('role')).to.equal('alert');
        // Which content failed comes first: a page of failing widgets raises different alerts.
        const said = alert.querySelector('p')!.textContent!.trim();
        expect(said.startsWith(`${name.en}: `), said).to.be.true;
        expect(said).to.match(failure.message);
        const retry = q<HTMLButtonElement>(el, 'button[part=retry-button]')!;
        expect(retry.textContent!.trim()).to.equal('Retry');
        expect((await axNodes()).filter((n) => n.role === 'button').map((n) => n.name)).to.include('Retry');
        expect(spy.errors()).to.have.length(1);
        expect(spy.errors()[0]).to.contain(`<${tag}>`).and.contain(src);
        if (failure.console) expect(spy.errors()[0]).to.contain(failure.console);
        if (typeof given !== 'string') expect(await given.requests(), 'requests').to.equal(given.expected);
        await expect(el).to.be.accessible();
      });
    }

    it('loads again with Retry', async () => {
      const k = key();
      const {el, errors} = element({src: `/faulty/flaky/${k}?file=${feed.file}`});
      await failed(el);
      expect(errors).to.have.length(1);
      // One request: no automatic retry.
      expect(await hits(k)).to.equal(1);
      q<HTMLButtonElement>(el, 'button[part=retry-button]')!.click();
      await shows(el, feed.shows, 'the feed after Retry');
      expect(q(el, '[part=error]')).to.equal(null);
      expect(await hits(k)).to.equal(2);
      expect(errors).to.have.length(1);
      expect(spy.errors()).to.have.length(1);
    });

    it('says it in French on a French page', async () => {
      await setPageLang('fr');
      const {el} = element({src: `/faulty/counted/${key()}/500`});
      await failed(el);
      await until(() => q(el, 'button[part=retry-button]')?.textContent?.trim() === 'Réessayer', PATIENCE, 'French');
      expect(q(el, '[part=error] p')!.textContent!.trim()).to.equal(
        `${name.fr}\u00a0: Le contenu n’a pas pu être chargé (erreur 500).`
      );
      await expect(el).to.be.accessible();
    });

    it('skips bad items with one warning each, naming the element, the feed and the item', async () => {
      const src = fixtures('contract.json');
      const {el, errors} = element({src});
      await shows(el, contractShows);
      const warnings = spy.warnings();
      expect(warnings).to.have.length(BROKEN_ITEMS);
      warnings.forEach((warning, i) => {
        expect(warning.startsWith(`<${tag}>: `), warning).to.be.true;
        expect(warning)
          .to.contain(`"${src}"`)
          .and.contain(`${NOUNS[kind]} #${i + 2} `);
      });
      expect(errors).to.deep.equal([]);
      expect(spy.errors()).to.deep.equal([]);
    });

    if (empty) {
      it('says there is nothing to show for an empty feed, which is no error', async () => {
        const {el, errors} = element({src: fixtures('empty.json')});
        await shows(el, empty.text, 'the empty state');
        expect(!!q(el, 'button[part=retry-button]'), 'Retry offered').to.equal(empty.retry);
        expect(errors).to.deep.equal([]);
        expect(spy.errors()).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });
}
