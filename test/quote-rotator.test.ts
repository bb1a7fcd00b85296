import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {emulateMedia, sendKeys, sendMouse, resetMouse} from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/quote-rotator/quote-rotator.js';
import type {CmQuoteRotator} from '../src/quote-rotator/quote-rotator.js';
import type {Quote} from '../src/content/types.js';
import {axNodes, captureConsole, expectInert, setPageLang, until} from './helpers.js';
import {runFeedContract} from './shared/feed-contract.js';

const QUOTES: Quote[] = [
  {
    text: 'Immigrants are a positive force in Finnish society.',
    author: 'Jussi Pajunen',
    role: 'Mayor of Helsinki',
    lang: 'en',
  },
  {
    text: 'Immigrants tend to open more small businesses, which leads to more jobs.',
    author: 'Raquel Castañeda-López',
    role: 'Council member from Detroit',
    lang: 'en',
  },
  {
    text: 'Bilbao is an open city. At the City Council we encourage values of coexistence, dialogue and management of cultural diversity. In Bilbao, all persons, whether from Bilbao or outside, have the same opportunities and access to services offered by the city.',
    author: 'Iñaki Azkuna',
    role: 'Mayor',
    city: 'Bilbao',
    country: 'Spain',
    lang: 'en',
  },
];

const sr = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, sel: string) => sr(el).querySelector<T>(sel);
const buttonNames = (el: Element) =>
  [...sr(el).querySelectorAll('button')].map((b) => b.textContent!.trim().replace(/\s+/g, ' '));
const currentSlide = (el: Element) => q(el, '.slide.current')!;
const currentText = (el: Element) => currentSlide(el).querySelector('blockquote')!.textContent!.trim();
const liveRegion = (el: Element) => q(el, '[aria-live]')!.getAttribute('aria-live');

let spy: ReturnType<typeof captureConsole>;
let clock: sinon.SinonFakeTimers | undefined;

/** Fake setTimeout only: frames, observers and the test runner keep real time. */
const fakeTimers = () => (clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']}));

async function rotator(template = html`<cm-quote-rotator .quotes=${QUOTES}></cm-quote-rotator>`) {
  const el = await fixture<CmQuoteRotator>(template);
  await el.updateComplete;
  return el;
}

beforeEach(() => (spy = captureConsole()));
afterEach(async () => {
  clock?.restore();
  clock = undefined;
  spy.restore();
  await emulateMedia({reducedMotion: 'no-preference'});
  await resetMouse();
  document.documentElement.dir = '';
  await setPageLang('en');
});

describe('<cm-quote-rotator> semantics', () => {
  it('is a named carousel of slides labelled "n of N", with one visible', async () => {
    const el = await rotator();
    const region = q(el, 'section')!;
    expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(region.getAttribute('aria-label')).to.equal('Quotes');
    const slides = [...sr(el).querySelectorAll('[role=group]')];
    expect(slides.map((s) => s.getAttribute('aria-label'))).to.deep.equal(['1 of 3', '2 of 3', '3 of 3']);
    for (const s of slides) expect(s.getAttribute('aria-roledescription')).to.equal('slide');
    const visible = slides.filter((s) => getComputedStyle(s).visibility === 'visible');
    expect(visible).to.have.length(1);
    expect(currentText(el)).to.equal(QUOTES[0].text);
    expect(currentSlide(el).querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Jussi Pajunen, Mayor of Helsinki'
    );
    // Only the visible quote reaches assistive technology.
    const ax = await axNodes();
    const texts = ax.map((n) => n.name).join('\n');
    expect(texts).to.contain('Finnish society');
    expect(texts).not.to.contain('small businesses');
    await expect(el).to.be.accessible();
  });

  it('orders its controls play/pause, previous, next, with names', async () => {
    const el = await rotator();
    expect(buttonNames(el)).to.deep.equal(['Start automatic rotation', 'Previous quote', 'Next quote']);
    expect(q(el, 'button')!.hasAttribute('aria-pressed')).to.be.false;
  });

  it('takes its accessible name from label', async () => {
    const el = await rotator(
      html`<cm-quote-rotator label="Mayors on immigration" .quotes=${QUOTES}></cm-quote-rotator>`
    );
    expect(q(el, 'section')!.getAttribute('aria-label')).to.equal('Mayors on immigration');
  });

  it('marks a quote in another language than the page', async () => {
    await setPageLang('fr');
    const el = await rotator();
    expect(currentSlide(el).querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
    await setPageLang('en');
    await el.updateComplete;
    expect(currentSlide(el).querySelector('blockquote')!.hasAttribute('lang')).to.be.false;
  });

  it('is as tall as its tallest quote at any width, so rotating never moves the page', async () => {
    const el = await rotator(html`<cm-quote-rotator style="inline-size: 40rem" .quotes=${QUOTES}></cm-quote-rotator>`);
    for (const width of ['40rem', '20rem']) {
      el.style.inlineSize = width;
      await nextFrame();
      const heights: number[] = [];
      for (let i = 0; i < QUOTES.length; i++) {
        el.goTo(i);
        await el.updateComplete;
        heights.push(el.getBoundingClientRect().height);
      }
      expect(new Set(heights).size, width).to.equal(1);
      const tallest = Math.max(...[...sr(el).querySelectorAll('.slide')].map((s) => s.getBoundingClientRect().height));
      expect(q(el, '.slides')!.getBoundingClientRect().height).to.equal(tallest);
    }
  });
});

describe('<cm-quote-rotator> controls', () => {
  it('moves with next and previous, wrapping, and fires cm-change', async () => {
    const el = await rotator();
    const changes: number[] = [];
    el.addEventListener('cm-change', (e) => changes.push((e as CustomEvent<{index: number}>).detail.index));
    const [, prev, next] = sr(el).querySelectorAll('button');
    next.click();
    await el.updateComplete;
    expect(currentText(el)).to.equal(QUOTES[1].text);
    expect(el.index).to.equal(1);
    expect(el.getAttribute('index')).to.equal('1');
    prev.click();
    prev.click();
    await el.updateComplete;
    expect(el.index).to.equal(2);
    expect(changes).to.deep.equal([1, 0, 2]);
  });

  it('does not fire cm-change on first render or when code sets index', async () => {
    const changes: Event[] = [];
    const el = await rotator(
      html`<cm-quote-rotator
        index="1"
        .quotes=${QUOTES}
        @cm-change=${(e: Event) => changes.push(e)}
      ></cm-quote-rotator>`
    );
    expect(currentText(el)).to.equal(QUOTES[1].text);
    el.index = 2;
    await el.updateComplete;
    expect(currentText(el)).to.equal(QUOTES[2].text);
    expect(changes).to.have.length(0);
  });

  it('offers next(), previous(), goTo(), play() and pause()', async () => {
    const el = await rotator();
    el.next();
    expect(el.index).to.equal(1);
    el.previous();
    expect(el.index).to.equal(0);
    el.goTo(-1);
    expect(el.index).to.equal(2);
    el.goTo(4);
    expect(el.index).to.equal(1);
    el.play();
    await el.updateComplete;
    expect(buttonNames(el)[0]).to.equal('Stop automatic rotation');
    expect(liveRegion(el)).to.equal('off');
    el.pause();
    await el.updateComplete;
    expect(buttonNames(el)[0]).to.equal('Start automatic rotation');
    expect(liveRegion(el)).to.equal('polite');
  });

  it('moves with the arrow keys wherever focus is inside, mirrored right to left', async () => {
    const el = await rotator();
    q(el, 'button')!.focus();
    await sendKeys({press: 'ArrowRight'});
    expect(el.index).to.equal(1);
    await sendKeys({press: 'ArrowLeft'});
    expect(el.index).to.equal(0);
    document.documentElement.dir = 'rtl';
    await sendKeys({press: 'ArrowLeft'});
    expect(el.index).to.equal(1);
  });

  it('mirrors the previous/next arrows right to left', async () => {
    const el = await rotator();
    const arrow = () => getComputedStyle(sr(el).querySelectorAll('button')[2].querySelector('svg')!).transform;
    expect(arrow()).to.equal('none');
    document.documentElement.dir = 'rtl';
    expect(arrow()).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });
});

describe('<cm-quote-rotator> automatic rotation', () => {
  it('rotates every interval with the live region off, and is accessible while rotating', async () => {
    fakeTimers();
    const el = await rotator(html`<cm-quote-rotator autoplay interval="3000" .quotes=${QUOTES}></cm-quote-rotator>`);
    const changes: number[] = [];
    el.addEventListener('cm-change', (e) => changes.push((e as CustomEvent<{index: number}>).detail.index));
    expect(buttonNames(el)[0]).to.equal('Stop automatic rotation');
    expect(liveRegion(el)).to.equal('off');
    clock!.tick(2999);
    expect(el.index).to.equal(0);
    clock!.tick(1);
    expect(el.index).to.equal(1);
    clock!.tick(6000);
    expect(el.index).to.equal(0);
    expect(changes).to.deep.equal([1, 2, 0]);
    await el.updateComplete;
    clock!.restore();
    clock = undefined;
    await expect(el).to.be.accessible();
  });

  it('warns once and uses 8000 ms for an interval under 3000, empty or not a number', async () => {
    for (const bad of ['1000', '', 'fast', '-5']) {
      spy.warn.resetHistory();
      fakeTimers();
      const el = await rotator(html`<cm-quote-rotator autoplay interval=${bad} .quotes=${QUOTES}></cm-quote-rotator>`);
      clock!.tick(7999);
      expect(el.index, bad).to.equal(0);
      clock!.tick(1);
      expect(el.index, bad).to.equal(1);
      expect(spy.warnings(), bad).to.have.length(1);
      expect(spy.warnings()[0]).to.contain('<cm-quote-rotator>').and.contain(`interval="${bad}"`);
      clock!.restore();
      clock = undefined;
    }
  });

  it('stops when the visitor presses the button, and only play resumes it', async () => {
    fakeTimers();
    const el = await rotator(html`<cm-quote-rotator autoplay interval="3000" .quotes=${QUOTES}></cm-quote-rotator>`);
    q(el, 'button')!.click();
    await el.updateComplete;
    expect(buttonNames(el)[0]).to.equal('Start automatic rotation');
    expect(liveRegion(el)).to.equal('polite');
    clock!.tick(10000);
    expect(el.index).to.equal(0);
    q(el, 'button')!.click();
    clock!.tick(3000);
    expect(el.index).to.equal(1);
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('off');
  });

  it('stops when the visitor uses previous or next', async () => {
    fakeTimers();
    const el = await rotator(html`<cm-quote-rotator autoplay interval="3000" .quotes=${QUOTES}></cm-quote-rotator>`);
    sr(el).querySelectorAll('button')[2].click();
    expect(el.index).to.equal(1);
    clock!.tick(10000);
    expect(el.index).to.equal(1);
  });

  it('stops when keyboard focus enters it', async () => {
    fakeTimers();
    const before = document.createElement('button');
    before.textContent = 'before';
    const el = await rotator(html`<cm-quote-rotator autoplay interval="3000" .quotes=${QUOTES}></cm-quote-rotator>`);
    el.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    // The play/pause button is the first stop inside.
    expect(sr(el).activeElement).to.equal(q(el, 'button'));
    await el.updateComplete;
    expect(buttonNames(el)[0]).to.equal('Start automatic rotation');
    clock!.tick(10000);
    expect(el.index).to.equal(0);
    before.remove();
  });

  it('pauses while the mouse is over it and resumes when it leaves', async () => {
    fakeTimers();
    const el = await rotator(html`<cm-quote-rotator autoplay interval="3000" .quotes=${QUOTES}></cm-quote-rotator>`);
    const box = el.getBoundingClientRect();
    await sendMouse({type: 'move', position: [Math.round(box.left + 20), Math.round(box.bottom - 10)]});
    clock!.tick(10000);
    expect(el.index).to.equal(0);
    expect(buttonNames(el)[0]).to.equal('Stop automatic rotation');
    await sendMouse({type: 'move', position: [Math.round(box.right + 50), Math.round(box.bottom + 50)]});
    clock!.tick(3000);
    expect(el.index).to.equal(1);
  });

  it('does not rotate while off screen', async () => {
    fakeTimers();
    const el = await rotator(
      html`<cm-quote-rotator
        style="margin-block-start: 300vh"
        autoplay
        interval="3000"
        .quotes=${QUOTES}
      ></cm-quote-rotator>`
    );
    // Our own observer reports in the same rendering step as the element's.
    const seen = (visible: boolean) =>
      new Promise<void>((resolve) => {
        const io = new IntersectionObserver(([entry]) => {
          if (entry.isIntersecting === visible) (io.disconnect(), resolve());
        });
        io.observe(el);
      });
    await seen(false);
    await nextFrame();
    clock!.tick(10000);
    expect(el.index).to.equal(0);
    el.scrollIntoView();
    await seen(true);
    await nextFrame();
    clock!.tick(3000);
    expect(el.index).to.equal(1);
  });

  it('does not rotate in a hidden tab, and does not burst when the tab returns', async () => {
    fakeTimers();
    const el = await rotator(html`<cm-quote-rotator autoplay interval="3000" .quotes=${QUOTES}></cm-quote-rotator>`);
    const setVisibility = (state: string) => {
      // A browser changes both properties together.
      Object.defineProperty(document, 'visibilityState', {value: state, configurable: true});
      Object.defineProperty(document, 'hidden', {value: state === 'hidden', configurable: true});
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      clock!.tick(2000);
      setVisibility('hidden');
      clock!.tick(60000);
      expect(el.index).to.equal(0);
      setVisibility('visible');
      clock!.tick(2999);
      expect(el.index).to.equal(0);
      clock!.tick(1);
      expect(el.index).to.equal(1);
    } finally {
      delete (document as {visibilityState?: string}).visibilityState;
      delete (document as {hidden?: boolean}).hidden;
    }
  });

  it('starts stopped and does not animate under prefers-reduced-motion', async () => {
    await emulateMedia({reducedMotion: 'reduce'});
    fakeTimers();
    const el = await rotator(html`<cm-quote-rotator autoplay interval="3000" .quotes=${QUOTES}></cm-quote-rotator>`);
    expect(buttonNames(el)[0]).to.equal('Start automatic rotation');
    expect(liveRegion(el)).to.equal('polite');
    clock!.tick(10000);
    expect(el.index).to.equal(0);
    for (const slide of sr(el).querySelectorAll('.slide')) {
      expect(getComputedStyle(slide).transitionDuration).to.match(/^0s(, 0s)*$/);
    }
    // The visitor may still choose to play.
    q(el, 'button')!.click();
    clock!.tick(3000);
    expect(el.index).to.equal(1);
  });

  it('keeps exactly one timer when moved around the page, and none when removed', async () => {
    fakeTimers();
    const el = await rotator(html`<cm-quote-rotator autoplay interval="3000" .quotes=${QUOTES}></cm-quote-rotator>`);
    const parent = el.parentElement!;
    // Lit and the content controller may queue their own one-off tasks; run those first.
    clock!.tick(0);
    expect(clock!.countTimers()).to.equal(1);
    for (let i = 0; i < 5; i++) {
      el.remove();
      parent.append(el);
    }
    clock!.tick(0);
    expect(clock!.countTimers()).to.equal(1);
    el.remove();
    clock!.tick(0);
    expect(clock!.countTimers()).to.equal(0);
    parent.append(el);
    clock!.tick(3000);
    expect(el.index).to.equal(1);
  });
});

describe('<cm-quote-rotator> content', () => {
  it('reads <blockquote> children with a footer or cite, which stay in the page', async () => {
    const el = await rotator(
      html`<cm-quote-rotator>
        <ul>
          <li>
            <blockquote lang="en" cite="https://example.org/helsinki">
              <p>“Immigrants are a positive force in Finnish society.”</p>
              <footer><cite>Jussi Pajunen</cite> Mayor of Helsinki</footer>
            </blockquote>
          </li>
          <li>
            <blockquote>
              <p>Boise was built by immigrants.</p>
              <footer>David H. Bieter, Mayor, Boise, US</footer>
            </blockquote>
          </li>
          <li>
            <blockquote>
              <p>Naturalization is much more than an administrative act.</p>
              <cite>Olaf Scholz</cite>
            </blockquote>
          </li>
        </ul>
      </cm-quote-rotator>`
    );
    expect(sr(el).querySelectorAll('.slide')).to.have.length(3);
    expect(currentText(el)).to.equal('Immigrants are a positive force in Finnish society.');
    const caption = (i: number) => sr(el).querySelectorAll('figcaption')[i].textContent!.replace(/\s+/g, ' ').trim();
    expect(caption(0)).to.equal('Jussi Pajunen, Mayor of Helsinki');
    expect(caption(1)).to.equal('David H. Bieter, Mayor, Boise, US');
    expect(caption(2)).to.equal('Olaf Scholz');
    // The blockquote's cite URL: the author line links to the source.
    expect(sr(el).querySelector('figcaption a')!.getAttribute('href')).to.equal('https://example.org/helsinki');
    expect(sr(el).querySelectorAll('figcaption a')).to.have.length(1);
    expect(el.querySelectorAll('blockquote')).to.have.length(3);
  });

  it('reads the quotes JSON attribute', async () => {
    const el = await rotator(html`<cm-quote-rotator quotes=${JSON.stringify(QUOTES.slice(0, 2))}></cm-quote-rotator>`);
    expect(sr(el).querySelectorAll('.slide')).to.have.length(2);
  });

  it('warns once about a broken quotes attribute and falls back to the children', async () => {
    const el = await rotator(
      html`<cm-quote-rotator quotes="[{broken"
        ><blockquote>
          <p>Fallback</p>
          <cite>A. Author</cite>
        </blockquote></cm-quote-rotator
      >`
    );
    el.requestUpdate();
    await el.updateComplete;
    expect(currentText(el)).to.equal('Fallback');
    expect(spy.warnings()).to.have.length(1);
    expect(spy.warnings()[0]).to.match(/<cm-quote-rotator>: ignored the "quotes" attribute: it is not valid JSON/);
  });

  it('says so in the page when the quotes attribute is broken and nothing else is given', async () => {
    const el = await rotator(html`<cm-quote-rotator quotes='{"not": "a list"}'></cm-quote-rotator>`);
    expect(q(el, '[part=error]')!.textContent).to.contain('cannot be shown');
    expect(spy.warnings()[0]).to.contain('not an array');
    await expect(el).to.be.accessible();
  });

  it('loads a feed, skipping bad quotes and their quotation marks', async () => {
    const el = await rotator(html`<cm-quote-rotator src="/test/fixtures/quotes.json"></cm-quote-rotator>`);
    await until(() => !!q(el, '.slide'), 3000, 'quotes');
    expect(sr(el).querySelectorAll('.slide')).to.have.length(3);
    expect(currentText(el)).to.equal('Immigrants are a positive force in Finnish society.');
    expect(spy.warnings()).to.have.length(1);
    expect(spy.warnings()[0]).to.contain('quote #4').and.contain('"text" is missing');
    el.goTo(2);
    await el.updateComplete;
    expect(currentSlide(el).querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Iñaki Azkuna, Mayor, Bilbao, Spain'
    );
  });

  it('shows a single quote without controls', async () => {
    const el = await rotator(html`<cm-quote-rotator .quotes=${QUOTES.slice(0, 1)} autoplay></cm-quote-rotator>`);
    expect(sr(el).querySelectorAll('button')).to.have.length(0);
    expect(currentText(el)).to.equal(QUOTES[0].text);
  });

  it('warns about a bad index and shows the first quote', async () => {
    const el = await rotator(html`<cm-quote-rotator index="-2" .quotes=${QUOTES}></cm-quote-rotator>`);
    await el.updateComplete;
    expect(currentText(el)).to.equal(QUOTES[0].text);
    expect(spy.warnings()[0]).to.contain('index="-2"');
  });

  it('renders hostile text as text', async () => {
    const el = await rotator(
      html`<cm-quote-rotator
        .quotes=${[{text: '<img src=x onerror="window.__pwned=1">Hi', author: '<script>window.__pwned=2</script>Bob', url: 'javascript:alert(1)'}]}
      ></cm-quote-rotator>`
    );
    expect(currentText(el)).to.equal('Hi');
    expect(sr(el).querySelectorAll('img, script, a')).to.have.length(0);
    expect(spy.warnings()[0]).to.contain('"url"');
    expectInert(el);
  });
});

describe('<cm-quote-rotator> in French', () => {
  it('names its region, slides and buttons in French', async () => {
    await setPageLang('fr');
    const el = await rotator();
    await until(() => q(el, 'section')!.getAttribute('aria-label') === 'Citations', 3000, 'French');
    expect(q(el, '[role=group]')!.getAttribute('aria-label')).to.equal('1 sur 3');
    expect(q(el, '[role=group]')!.getAttribute('aria-roledescription')).to.equal('diapositive');
    expect(buttonNames(el)).to.deep.equal([
      'Démarrer la rotation automatique',
      'Citation précédente',
      'Citation suivante',
    ]);
    await expect(el).to.be.accessible();
  });
});

runFeedContract({
  tag: 'cm-quote-rotator',
  kind: 'quotes',
  feed: {file: 'quotes.json', shows: 'Immigrants are a positive force in Finnish society.'},
  contractShows: 'Our city grows with everyone who arrives.',
  empty: {text: 'There is nothing to show yet.', retry: true},
  name: {en: 'Quotes', fr: 'Citations'},
  minLoadingHeight: 100,
});
