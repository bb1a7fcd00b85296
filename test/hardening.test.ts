// Faults found by the second hardening round (issue #14), each reproduced here: what an app,
// a feed or a webmaster's HTML could break, and must not.
import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import {contrast, parseColor} from '../builder/contrast.js';
import '../src/featured-story/featured-story.js';
import '../src/ideas-index/ideas-index.js';
import '../src/quote-rotator/quote-rotator.js';
import '../src/webinar-card/webinar-card.js';
import type {CmFeaturedStory} from '../src/featured-story/featured-story.js';
import type {CmQuoteRotator} from '../src/quote-rotator/quote-rotator.js';
import {captureConsole, until} from './helpers.js';

let spy: ReturnType<typeof captureConsole>;
beforeEach(() => (spy = captureConsole()));
afterEach(() => spy.restore());

const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

describe('a failed feed', () => {
  it('keeps the HTML written inside the element visible, with a quiet Retry', async () => {
    const el = await fixture<CmFeaturedStory>(
      html`<cm-featured-story src="/test/fixtures/does-not-exist.json"
        ><h3><a href="/s">Written by the webmaster</a></h3></cm-featured-story
      >`
    );
    await until(() => !!shadow(el, '[part=retry-button]'), 4000, 'the failure');
    expect(shadow(el, 'slot'), 'the children are slotted').to.exist;
    expect(el.querySelector('h3')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(shadow(el, '[role=alert]'), 'no alert over the webmaster’s HTML').to.equal(null);
    expect(shadow(el, '[part=error]')!.textContent).to.contain('error 404');
  });

  it('shows a message box no taller than its message', async () => {
    const el = await fixture(html`<cm-ideas-index src="/test/fixtures/does-not-exist.json"></cm-ideas-index>`);
    await until(() => !!shadow(el, '[part=error]'), 4000, 'the failure');
    const box = shadow(el, '[part=error]')!.getBoundingClientRect().height;
    // One line of text, a button and the padding: far from the 24rem of a page of results.
    expect(box).to.be.below(150);
  });

  it('reads a JSON Feed whose version is nested 100,000 deep as unreadable content, not a connection problem', async () => {
    const el = await fixture(html`<cm-featured-story src="/hostile/deep-version?depth=100000"></cm-featured-story>`);
    await until(() => !!shadow(el, '[part=error]'), 8000, 'the failure');
    expect(shadow(el, '[part=error] p')!.textContent).to.equal('Featured Story: The content could not be read.');
  });
});

describe('what an app assigns', () => {
  it('shows a story whose field is a BigInt, circular or throwing, and warns once', async () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const el = await fixture<CmFeaturedStory>(html`<cm-featured-story></cm-featured-story>`);
    for (const date of [10n, circular]) {
      el.story = {title: 'T', url: '/s', date} as never;
      await el.updateComplete;
      expect(shadow(el, 'h3')!.textContent).to.equal('T');
    }
    el.story = Object.defineProperty({url: '/s'}, 'title', {
      enumerable: true,
      get() {
        throw new Error('a getter that throws');
      },
    }) as never;
    await el.updateComplete;
    expect(shadow(el, '[part=error] p')!.textContent).to.match(/cannot be shown/);
    expect(spy.warnings()).to.have.length(3);
    expect(spy.warnings()[0]).to.match(/ignored "date" a bigint/);
  });
});

describe('numbers bound for timers', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  it('warns about an interval timers would wrap around to zero, and rotates at the default pace', async () => {
    const quotes = [
      {text: 'One', author: 'A'},
      {text: 'Two', author: 'B'},
    ];
    const el = await fixture<CmQuoteRotator>(
      html`<cm-quote-rotator autoplay interval="2147483648" .quotes=${quotes}></cm-quote-rotator>`
    );
    clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    el.requestUpdate();
    await el.updateComplete;
    clock.tick(100);
    expect(el.index, 'no quote change after 100 ms').to.equal(0);
    clock.tick(8000);
    expect(el.index, 'the next quote after the default 8 s').to.equal(1);
    // (The fake clock itself warns about the real timer it was asked to clear.)
    expect(spy.warnings().filter((w) => w.startsWith('<cm-'))).to.deep.equal([
      '<cm-quote-rotator>: ignored interval="2147483648": not an allowed value; using 8000.',
    ]);
  });
});

describe('the calendar file of a webinar card', () => {
  it('is never made for a card removed before its first render', async () => {
    const create = sinon.spy(URL, 'createObjectURL');
    const revoke = sinon.spy(URL, 'revokeObjectURL');
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      for (let i = 0; i < 20; i++) {
        const card = document.createElement('cm-webinar-card');
        card.setAttribute('heading', 'Upcoming');
        card.setAttribute('date', '2999-01-15T17:00:00-05:00');
        host.append(card);
        card.remove();
        await card.updateComplete;
      }
      const live = create.returnValues.filter((url) => !revoke.calledWith(url));
      expect(live, 'blob URLs left behind').to.deep.equal([]);
    } finally {
      create.restore();
      revoke.restore();
    }
  });
});

describe('the default accent', () => {
  for (const [page, background, text] of [
    ['a light page', '#ffffff', '#222222'],
    ['a dark page', '#111111', '#eeeeee'],
    ['a mid-dark page', '#333333', '#f5f5f5'],
  ]) {
    it(`keeps 4.5:1 for kickers and links on ${page}, with no setting`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="background: ${background}; color: ${text}">
          <cm-featured-story heading="Title" href="/s"></cm-featured-story>
        </div>`
      );
      const story = wrapper.querySelector('cm-featured-story')!;
      await story.updateComplete;
      for (const part of ['kicker', 'link']) {
        const color = getComputedStyle(shadow(story, `[part=${part}]`)!).color;
        // The browser's own conversion (a canvas pixel), as the builder's contrast check reads colours.
        const ratio = contrast(parseColor(color)!, parseColor(getComputedStyle(wrapper).backgroundColor)!);
        expect(ratio, `${part} ${color}`).to.be.at.least(4.5);
      }
    });
  }

  it('stays the colour a page sets', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--cm-color-accent: rgb(0, 101, 122); background: #111; color: #eee">
        <cm-featured-story heading="Title" href="/s"></cm-featured-story>
      </div>`
    );
    const story = wrapper.querySelector('cm-featured-story')!;
    await story.updateComplete;
    expect(getComputedStyle(shadow(story, '[part=kicker]')!).color).to.equal('rgb(0, 101, 122)');
  });
});

describe('the play button of a webinar in another language than the page', () => {
  it('names the video with its title in the title’s own language', async () => {
    document.documentElement.lang = 'fr';
    try {
      const el = await fixture(
        html`<cm-webinar-card
          .webinar=${{title: {en: 'Inclusion of Migrants'}, video: 'https://www.youtube.com/watch?v=abcdefghijk'}}
        ></cm-webinar-card>`
      );
      await until(() => !!shadow(el, '[part=play-button] [lang]'), 4000, 'the button');
      const title = shadow(el, '[part=play-button] [lang]')!;
      expect(title.getAttribute('lang')).to.equal('en');
      expect(title.textContent).to.equal('Inclusion of Migrants');
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});

describe('landmarks in a page that names its sections', () => {
  it('lets the page name a rotator inside a named section with label, so the two landmarks differ', async () => {
    const section = await fixture<HTMLElement>(
      html`<section aria-labelledby="mayors-h">
        <h2 id="mayors-h">Mayors on immigration</h2>
        <cm-quote-rotator
          label="Mayors’ quotes"
          .quotes=${[
            {text: 'One', author: 'A'},
            {text: 'Two', author: 'B'},
          ]}
        ></cm-quote-rotator>
      </section>`
    );
    const rotator = section.querySelector('cm-quote-rotator')!;
    await rotator.updateComplete;
    const {axNodes} = await import('./helpers.js');
    const regions = (await axNodes()).filter((n) => n.role === 'region').map((n) => n.name);
    expect(regions).to.include.members(['Mayors on immigration', 'Mayors’ quotes']);
    await expect(rotator).to.be.accessible();
  });

  it('keeps a rotator on its own a region', async () => {
    const rotator = await fixture<CmQuoteRotator>(
      html`<cm-quote-rotator .quotes=${[{text: 'One', author: 'A'}]}></cm-quote-rotator>`
    );
    expect(shadow(rotator, '[part=carousel]')!.hasAttribute('role')).to.equal(false);
  });
});
