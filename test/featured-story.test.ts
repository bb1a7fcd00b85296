import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import '../src/featured-story/featured-story.js';
import type {CmFeaturedStory} from '../src/featured-story/featured-story.js';
import {axNodes, captureConsole, expectInert, setPageLang, until} from './helpers.js';
import {runFeedContract} from './shared/feed-contract.js';

const shadow = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, sel: string) => shadow(el).querySelector<T>(sel);
const text = (el: Element, sel: string) => q(el, sel)?.textContent?.trim().replace(/\s+/g, ' ');

/** Waits until the element shows a story card or an error/invalid state. */
async function settled(el: CmFeaturedStory) {
  await until(() => !!q(el, 'article, [part=error]'), 4000, 'the story to settle');
  await el.updateComplete;
  return el;
}

let consoleSpy: ReturnType<typeof captureConsole>;
beforeEach(() => (consoleSpy = captureConsole()));
afterEach(async () => {
  consoleSpy.restore();
  await setPageLang('en');
});

describe('<cm-featured-story> from attributes', () => {
  it('shows kicker, title, summary and a "More" link named with the title', async () => {
    const el = await fixture<CmFeaturedStory>(
      html`<cm-featured-story
        heading="Taking the Pulse of Diversity"
        summary="Denise O'Neil Green discusses her journey from Chicago to Toronto."
        href="https://citiesofmigration.ca/pulse"
      ></cm-featured-story>`
    );
    expect(text(el, '[part=kicker]')).to.equal('Featured Story');
    expect(text(el, 'h3')).to.equal('Taking the Pulse of Diversity');
    expect(text(el, '[part=summary]')).to.equal("Denise O'Neil Green discusses her journey from Chicago to Toronto.");
    const link = q<HTMLAnchorElement>(el, 'a')!;
    expect(link.textContent!.trim()).to.equal('More');
    expect(link.getAttribute('href')).to.equal('https://citiesofmigration.ca/pulse');
    const links = (await axNodes()).filter((n) => n.role === 'link');
    expect(links.map((l) => l.name)).to.deep.equal(['More Taking the Pulse of Diversity']);
    await expect(el).to.be.accessible();
  });

  it('makes the whole card clickable through its single link', async () => {
    const el = await fixture<CmFeaturedStory>(
      html`<cm-featured-story
        heading="Toronto The Good"
        summary="Martin Rett Cohn on Toronto's diversity."
        href="/stories/toronto"
        style="inline-size: 20rem"
      ></cm-featured-story>`
    );
    expect(shadow(el).querySelectorAll('a, button, [tabindex]')).to.have.length(1);
    for (const part of ['summary', 'heading', 'kicker']) {
      const box = q(el, `[part=${part}]`)!.getBoundingClientRect();
      const hit = shadow(el).elementFromPoint(box.left + 5, box.top + box.height / 2);
      expect(hit, part).to.equal(q(el, 'a'));
    }
  });

  it('honours kicker, heading-level and image-alt', async () => {
    const el = await fixture<CmFeaturedStory>(
      html`<cm-featured-story
        heading="Two cheers"
        href="/s"
        kicker="Opinion"
        heading-level="2"
        image="/test/fixtures/story.svg"
        image-alt="Flags"
      ></cm-featured-story>`
    );
    expect(text(el, '[part=kicker]')).to.equal('Opinion');
    expect(q(el, 'h2')?.textContent).to.equal('Two cheers');
    const img = q<HTMLImageElement>(el, 'img')!;
    expect(img.alt).to.equal('Flags');
    expect(img.getAttribute('src')).to.equal('/test/fixtures/story.svg');
    await expect(el).to.be.accessible();
  });

  it('treats an image without alt text as decorative', async () => {
    const el = await fixture<CmFeaturedStory>(
      html`<cm-featured-story heading="T" href="/s" image="/test/fixtures/story.svg"></cm-featured-story>`
    );
    expect(q(el, 'img')!.getAttribute('alt')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('uses every heading level from 2 to 6, and warns once and uses 3 for anything else', async () => {
    for (const level of [2, 3, 4, 5, 6]) {
      const el = await fixture<CmFeaturedStory>(
        html`<cm-featured-story heading="T" href="/s" heading-level=${level}></cm-featured-story>`
      );
      expect(q(el, `h${level}`), `h${level}`).to.exist;
    }
    for (const bad of ['9', '1', 'two', '-3', '2.5']) {
      consoleSpy.warn.resetHistory();
      const el = await fixture<CmFeaturedStory>(
        html`<cm-featured-story heading="T" href="/s" heading-level=${bad}></cm-featured-story>`
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(q(el, 'h3'), bad).to.exist;
      expect(consoleSpy.warnings(), bad).to.have.length(1);
      expect(consoleSpy.warnings()[0]).to.contain('<cm-featured-story>').and.contain(`heading-level="${bad}"`);
    }
  });

  it('shows a message and warns when a required attribute is missing or unsafe', async () => {
    const el = await fixture<CmFeaturedStory>(
      html`<cm-featured-story heading="T" href="javascript:alert(1)"></cm-featured-story>`
    );
    expect(text(el, '[part=error]')).to.contain('cannot be shown');
    expect(q(el, 'a')).to.equal(null);
    expect(consoleSpy.warnings()).to.have.length(1);
    expect(consoleSpy.warnings()[0]).to.match(/<cm-featured-story>.*attributes.*"href"/);
    await expect(el).to.be.accessible();
  });

  it('renders markup in attributes as text', async () => {
    const el = await fixture<CmFeaturedStory>(
      html`<cm-featured-story
        heading="<img src=x onerror=window.__pwned=1>Title &amp; more"
        summary="<script>window.__pwned=2</script>Summary"
        href="/s"
      ></cm-featured-story>`
    );
    expect(text(el, 'h3')).to.equal('Title & more');
    expect(text(el, '[part=summary]')).to.equal('Summary');
    expect(shadow(el).querySelectorAll('img, script')).to.have.length(0);
    expectInert(el);
  });
});

describe('<cm-featured-story> from the story property', () => {
  it('takes precedence over attributes', async () => {
    const el = await fixture<CmFeaturedStory>(
      html`<cm-featured-story heading="From attribute" href="/a"></cm-featured-story>`
    );
    el.story = {title: 'From property', url: '/p', author: 'Ann Author', date: '2018-11-05'};
    await el.updateComplete;
    expect(text(el, 'h3')).to.equal('From property');
    expect(q(el, 'a')!.getAttribute('href')).to.equal('/p');
    expect(text(el, '[part=meta]')).to.equal('Ann Author · November 5, 2018');
  });

  it('picks the page language from localized fields and marks other languages', async () => {
    const el = await fixture<CmFeaturedStory>(
      html`<cm-featured-story
        .story=${{title: {en: 'Two cheers', fr: 'Deux hourras'}, summary: {es: 'Solo en español'}, url: '/s'}}
      ></cm-featured-story>`
    );
    expect(text(el, 'h3')).to.equal('Two cheers');
    expect(q(el, 'h3')!.hasAttribute('lang')).to.be.false;
    expect(q(el, '[part=summary]')!.getAttribute('lang')).to.equal('es');
    await setPageLang('fr-CA');
    await until(() => text(el, 'h3') === 'Deux hourras', 3000, 'French title');
    expect(q(el, 'h3')!.hasAttribute('lang')).to.be.false;
  });
});

describe('<cm-featured-story> from a feed', () => {
  it('shows the first story of a bare array, then the one named by story-id', async () => {
    const el = await settled(
      await fixture<CmFeaturedStory>(html`<cm-featured-story src="/test/fixtures/stories.json"></cm-featured-story>`)
    );
    expect(text(el, 'h3')).to.equal('Taking the Pulse of Diversity');
    el.storyId = 'two-cheers';
    await until(() => text(el, 'h3') === 'Two cheers for the Global Compact', 3000, 'story-id');
    expect(q<HTMLImageElement>(el, 'img')!.alt).to.equal('Flags of many nations');
    await expect(el).to.be.accessible();
  });

  it('reads the stories key of a shared content file, in the page language', async () => {
    await setPageLang('fr');
    const el = await settled(
      await fixture<CmFeaturedStory>(html`<cm-featured-story src="/test/fixtures/content.json"></cm-featured-story>`)
    );
    await until(() => text(el, '[part=kicker]') === 'À la une', 3000, 'French kicker');
    expect(text(el, 'h3')).to.equal('Deux hourras pour le Pacte mondial');
    expect(q(el, 'a')!.textContent!.trim()).to.equal('Lire la suite');
  });

  it('reads a JSON Feed', async () => {
    const el = await settled(
      await fixture<CmFeaturedStory>(html`<cm-featured-story src="/test/fixtures/jsonfeed.json"></cm-featured-story>`)
    );
    expect(text(el, 'h3')).to.equal('Toronto The Good');
    expect(text(el, '[part=summary]')).to.contain('degree of immunity');
    expect(text(el, '[part=meta]')).to.match(/^Martin Rett Cohn · June 12, 2017$/);
  });

  it('skips bad items with one warning each and shows markup as text', async () => {
    const el = await settled(
      await fixture<CmFeaturedStory>(html`<cm-featured-story src="/test/fixtures/hostile.json"></cm-featured-story>`)
    );
    expect(text(el, 'h3')).to.equal('Safe title & more');
    expect(text(el, '[part=summary]')).to.equal('First Second <b>');
    expect(shadow(el).querySelectorAll('img, script, b')).to.have.length(0);
    const warnings = consoleSpy.warnings();
    // js-url, ctl-url, data-url skipped; bad-image kept without image; no-title, null, string skipped.
    expect(warnings).to.have.length(7);
    for (const w of warnings) expect(w).to.match(/^<cm-featured-story>: .*"\/test\/fixtures\/hostile.json"/);
    expect(warnings.join('\n')).to.contain('story #2').and.contain('"url" is not an http');
    expectInert(el);
  });

  it('never puts an unsafe URL in a link or image', async () => {
    for (const id of ['js-url', 'ctl-url', 'data-url', 'bad-image']) {
      const el = await settled(
        await fixture<CmFeaturedStory>(
          html`<cm-featured-story src="/test/fixtures/hostile.json" story-id=${id}></cm-featured-story>`
        )
      );
      for (const node of shadow(el).querySelectorAll('[href], [src]')) {
        const url = node.getAttribute('href') ?? node.getAttribute('src')!;
        expect(url, id).to.match(/^(https?:|\/)/);
      }
    }
  });
});

describe('<cm-featured-story> from its HTML children', () => {
  it('reads the heading, link, paragraph and image a webmaster wrote', async () => {
    const el = await fixture<CmFeaturedStory>(
      html`<cm-featured-story>
        <h3>Toronto The Good</h3>
        <p>Martin Rett Cohn on how Toronto's diversity offers a degree of immunity.</p>
        <p><a href="/stories/toronto">More</a></p>
        <img src="/test/fixtures/story.svg" alt="Toronto skyline" />
      </cm-featured-story>`
    );
    expect(text(el, 'h3')).to.equal('Toronto The Good');
    expect(text(el, '[part=summary]')).to.contain('degree of immunity');
    expect(q(el, 'a')!.getAttribute('href')).to.equal('/stories/toronto');
    expect(q<HTMLImageElement>(el, 'img')!.alt).to.equal('Toronto skyline');
    // The children stay in the page (for search engines) but are not shown twice.
    expect(el.querySelector('h3')!.getBoundingClientRect().height).to.equal(0);
  });

  it('yields to a src feed', async () => {
    const el = await settled(
      await fixture<CmFeaturedStory>(
        html`<cm-featured-story src="/test/fixtures/jsonfeed.json">
          <h3>Fallback</h3>
          <a href="/x">More</a>
        </cm-featured-story>`
      )
    );
    expect(text(el, 'h3')).to.equal('Toronto The Good');
  });
});

describe('<cm-featured-story> and the page language', () => {
  it('follows <html lang> live, with base-language and unknown-language fallbacks', async () => {
    const el = await fixture<CmFeaturedStory>(html`<cm-featured-story heading="T" href="/s"></cm-featured-story>`);
    expect(text(el, '[part=kicker]')).to.equal('Featured Story');
    await setPageLang('fr');
    await until(() => text(el, '[part=kicker]') === 'À la une', 3000, 'fr');
    await setPageLang('en-GB');
    await until(() => text(el, '[part=kicker]') === 'Featured Story', 3000, 'en-GB');
    await setPageLang('fr-CA');
    await until(() => text(el, '[part=kicker]') === 'À la une', 3000, 'fr-CA');
    await setPageLang('xx');
    await until(() => text(el, '[part=kicker]') === 'Featured Story', 3000, 'xx');
    await expect(el).to.be.accessible();
  });

  it('ends in the last language asked for when switched while a translation loads', async () => {
    const el = await fixture<CmFeaturedStory>(html`<cm-featured-story heading="T" href="/s"></cm-featured-story>`);
    // Spanish: not loaded in this page yet, so its translations arrive after English is asked for.
    document.documentElement.lang = 'es';
    await Promise.resolve();
    document.documentElement.lang = 'en';
    // Wait for the Spanish module itself (the library imports the same one), then for a
    // render it might set off: the late arrival has happened, and changed nothing.
    await import('../src/localization/generated/locales/es.js');
    await nextFrame();
    await el.updateComplete;
    expect(text(el, '[part=kicker]')).to.equal('Featured Story');
    expect(q(el, 'a')!.textContent!.trim()).to.equal('More');
  });

  it('formats dates in the page language', async () => {
    await setPageLang('fr');
    const el = await fixture<CmFeaturedStory>(
      html`<cm-featured-story .story=${{title: 'T', url: '/s', date: '2018-11-05'}}></cm-featured-story>`
    );
    expect(text(el, 'time')).to.equal('5 novembre 2018');
  });
});

describe('<cm-featured-story> without content', () => {
  it('renders nothing and says in the console what is missing', async () => {
    const el = await fixture<CmFeaturedStory>(html`<cm-featured-story scr="/typo.json"></cm-featured-story>`);
    await until(() => consoleSpy.warnings().length > 0, 3000, 'the warning');
    expect(shadow(el).children).to.have.length(0);
    expect(consoleSpy.warnings()).to.have.length(1);
    expect(consoleSpy.warnings()[0]).to.match(/<cm-featured-story>: no content/);
  });
});

runFeedContract({
  tag: 'cm-featured-story',
  kind: 'stories',
  feed: {file: 'stories.json', shows: 'Taking the Pulse of Diversity'},
  contractShows: 'Newcomers at the town hall',
  itemId: {attribute: 'story-id', id: 'two-cheers', shows: 'Two cheers for the Global Compact'},
  name: {en: 'Featured Story', fr: 'À la une'},
  minLoadingHeight: 150,
});
