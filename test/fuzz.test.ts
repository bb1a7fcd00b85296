// Property-based tests (fast-check): random attribute values and random content shapes for
// every element. Whatever comes in, nothing throws out of the element, nothing renders as
// markup, no unsafe URL reaches an href or src, and the good items still show.
import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import {captureConsole, expectInert, until} from './helpers.js';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=2">',
  '<script>window.__pwned=3</script>',
  'javascript:window.__pwned=4',
  'JaVaScRiPt:window.__pwned=5',
  '\u0001\u0002 javascript:window.__pwned=6',
  'data:text/html,<script>window.__pwned=7</script>',
  'vbscript:msgbox(1)',
  '"><img src=x onerror=window.__pwned=8>',
  '&lt;b&gt;&amp;',
  '{"__proto__": {"polluted": 1}}',
];

const hostileString = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({maxLength: 40}),
  fc.string({unit: 'grapheme', maxLength: 20})
);
const hostileValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(hostileString, {maxLength: 3}),
  fc.dictionary(fc.constantFrom('en', 'fr', 'ar', 'x', '__proto__'), hostileString, {maxKeys: 3})
);
/** An object with some of the fields our content types use, each with a random value. */
const hostileItem = fc.oneof(
  fc.record(
    {
      id: hostileValue,
      title: hostileValue,
      text: hostileValue,
      author: hostileValue,
      summary: hostileValue,
      url: hostileValue,
      image: hostileValue,
      video: hostileValue,
      poster: hostileValue,
      date: hostileValue,
      city: hostileValue,
      country: hostileValue,
      themes: hostileValue,
      speakers: hostileValue,
      kind: hostileValue,
      year: hostileValue,
      durationMinutes: hostileValue,
      lang: hostileValue,
    },
    {requiredKeys: []}
  ),
  hostileValue,
  fc.anything({maxDepth: 3})
);

async function settle(el: Element) {
  // A rejected update is an exception thrown out of the element: the test fails on it.
  await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
}

let spy: ReturnType<typeof captureConsole>;
beforeEach(() => (spy = captureConsole()));
afterEach(() => spy.restore());

const GOOD_QUOTE = {text: 'A good quote.', author: 'Good Author'};
const GOOD_STORY = {title: 'A good story', url: '/good'};
const GOOD_IDEA = {id: 'good', title: 'A good idea', url: '/good', city: 'Montréal', country: 'Canada'};

describe('fuzzing every element', function () {
  this.timeout(30000);

  it('<cm-quote-rotator>: random quotes around good ones', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileItem, {maxLength: 8}), fc.nat({max: 8}), async (junk, at) => {
        fixtureCleanup(); // one run's elements at a time
        const quotes = [...junk];
        quotes.splice(Math.min(at, quotes.length), 0, GOOD_QUOTE, GOOD_QUOTE);
        const el = await fixture(html`<cm-quote-rotator .quotes=${quotes}></cm-quote-rotator>`);
        await settle(el);
        expectInert(el);
        const texts = [...el.shadowRoot!.querySelectorAll('blockquote')].map((b) => b.textContent!.trim());
        expect(texts.filter((t) => t === 'A good quote.').length).to.be.at.least(2);
      }),
      {numRuns: 30}
    );
  });

  it('<cm-ideas-index>: random ideas around a good one, and random queries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileItem, {maxLength: 8}), hostileString, async (junk, query) => {
        fixtureCleanup(); // one run's elements at a time
        const el = await fixture(html`<cm-ideas-index .ideas=${[GOOD_IDEA, ...junk]}></cm-ideas-index>`);
        await settle(el);
        expectInert(el);
        expect(el.shadowRoot!.textContent).to.contain('A good idea');
        (el as unknown as {query: string}).query = query;
        await settle(el);
        expectInert(el);
      }),
      {numRuns: 30}
    );
  });

  it('<cm-featured-story>: a random story property and random attributes', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileItem,
        fc.record({
          heading: hostileString,
          summary: hostileString,
          href: hostileString,
          image: hostileString,
          kicker: hostileString,
          level: hostileString,
        }),
        async (story, a) => {
          fixtureCleanup(); // one run's elements at a time
          const el = await fixture(html`<cm-featured-story .story=${story as never}></cm-featured-story>`);
          await settle(el);
          expectInert(el);
          const attrs = await fixture(
            html`<cm-featured-story
              heading=${a.heading}
              summary=${a.summary}
              href=${a.href}
              image=${a.image}
              kicker=${a.kicker}
              heading-level=${a.level}
            ></cm-featured-story>`
          );
          await settle(attrs);
          expectInert(attrs);
          const good = await fixture(
            html`<cm-featured-story .story=${GOOD_STORY} heading-level=${a.level}></cm-featured-story>`
          );
          await settle(good);
          expect(good.shadowRoot!.textContent).to.contain('A good story');
        }
      ),
      {numRuns: 30}
    );
  });

  it('<cm-webinar-card>: a random webinar property and random attributes', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileItem,
        fc.record({
          heading: hostileString,
          kind: hostileString,
          video: hostileString,
          poster: hostileString,
          date: hostileString,
          duration: hostileString,
          speakers: hostileString,
        }),
        async (webinar, a) => {
          fixtureCleanup(); // one run's elements at a time
          const el = await fixture(html`<cm-webinar-card .webinar=${webinar as never}></cm-webinar-card>`);
          await settle(el);
          expectInert(el);
          const attrs = await fixture(
            html`<cm-webinar-card
              heading=${a.heading || 'T'}
              href="/w"
              kind=${a.kind}
              video=${a.video}
              poster=${a.poster}
              date=${a.date}
              duration=${a.duration}
              speakers=${a.speakers}
            ></cm-webinar-card>`
          );
          await settle(attrs);
          expectInert(attrs);
          expect(attrs.shadowRoot!.querySelector('article, [part=error]')).to.exist;
        }
      ),
      {numRuns: 30}
    );
  });

  it('every list element: a random JSON attribute and random numeric attributes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, fc.json({maxDepth: 3})), hostileString, async (json, number) => {
        fixtureCleanup(); // one run's elements at a time
        const rotator = await fixture(
          html`<cm-quote-rotator quotes=${json} interval=${number} index=${number} autoplay></cm-quote-rotator>`
        );
        await settle(rotator);
        expectInert(rotator);
        const ideas = await fixture(
          html`<cm-ideas-index ideas=${json} page-size=${number} theme=${number}></cm-ideas-index>`
        );
        await settle(ideas);
        expectInert(ideas);
      }),
      {numRuns: 30}
    );
  });

  for (const [tag, kind, first] of [
    ['cm-featured-story', 'stories', 'Story 0'],
    ['cm-webinar-card', 'webinars', 'Webinar 0'],
    ['cm-ideas-index', 'ideas', 'Idea 0'],
    ['cm-quote-rotator', 'quotes', 'Quote 0'],
  ]) {
    it(`<${tag}>: a feed of 10,000 items with a 1 MB string and 2,000-level nesting`, async function () {
      // Inherently heavy (a large parse, 10,000 items checked): a minute's patience on a
      // loaded machine, for the test and for the element's own 10 s feed timeout.
      this.timeout(60_000);
      fixtureCleanup();
      const el = document.createElement(tag);
      el.setAttribute('timeout', '55000');
      el.setAttribute('src', `/faulty/generated/${kind}?n=10000`);
      document.body.append(el);
      try {
        await until(() => !!el.shadowRoot?.textContent?.includes(first), 50_000, first);
        await settle(el);
        expectInert(el);
        expect(el.shadowRoot!.textContent).to.contain(first);
        // No text node carries the 1 MB string: texts are capped at 5,000 characters.
        const longest = Math.max(
          ...[...el.shadowRoot!.querySelectorAll('*')].map((n) =>
            n.childNodes.length
              ? Math.max(...[...n.childNodes].map((c) => (c.nodeType === 3 ? c.textContent!.length : 0)))
              : 0
          )
        );
        expect(longest).to.be.at.most(5000);
      } finally {
        el.remove();
      }
    });
  }
});
