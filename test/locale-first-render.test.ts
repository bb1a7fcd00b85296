// Its own file, so its own page: the translations are not loaded yet when the elements
// start, as on a webmaster's page when the script arrives.
//
// The library waits for translations at most a second (a timer), then shows English. That
// second is the library's clock, not the test's: the timers are faked, so a loaded machine
// that takes longer than a second to load a translation cannot make English show first, and
// "after a second" is checked at 999 ms and 1,000 ms of the library's time.
import {expect, nextFrame} from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import {localization} from '../src/localization/localize.js';
import {setPageLang} from './helpers.js';

const story = () => {
  const el = document.createElement('cm-featured-story');
  el.setAttribute('heading', 'Titre');
  el.setAttribute('href', '/histoire');
  return el;
};
const kicker = (el: Element) => el.shadowRoot!.querySelector('[part=kicker]')?.textContent?.trim();
const updated = (el: Element) => (el as HTMLElementTagNameMap['cm-featured-story']).updateComplete;

/** Every kicker text the visitor could have seen in `el`, from before its first render on. */
function watchKicker(el: Element) {
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    const text = kicker(el);
    if (text && seen.at(-1) !== text) seen.push(text);
  });
  observer.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true});
  return {seen, stop: () => observer.disconnect()};
}

/** Makes the next translations requested never arrive. */
async function hangTranslations() {
  const api = localization()!;
  await api.setLocale('en');
  const setLocale = api.setLocale;
  api.setLocale = () => new Promise(() => {});
  return () => (api.setLocale = setLocale);
}

/** Sets <html lang> without waiting on a timer (they are fake here); the page follows at once. */
async function pageLang(lang: string) {
  document.documentElement.lang = lang;
  // The elements' MutationObserver runs as a microtask.
  await Promise.resolve();
}

describe('first render on a page in another language', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']})));
  afterEach(() => clock.restore());
  after(() => setPageLang('en'));

  it('shows its content in the page language from the start: never English first', async () => {
    await pageLang('fr');
    const el = story();
    document.body.append(el);
    const watch = watchKicker(el);
    try {
      // updateComplete covers the wait: the card is there, in French, and was never in English.
      await updated(el);
      expect(kicker(el)).to.equal('À la une');
      expect(watch.seen).to.deep.equal(['À la une']);
    } finally {
      watch.stop();
      el.remove();
    }
  });

  it('shows each card once, translated, when several wait for the same translations', async () => {
    const els = Array.from({length: 6}, story);
    const cards = new Map<Element, number>();
    const observers = els.map((el) => {
      const observer = new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) if (n.nodeName === 'ARTICLE') cards.set(el, (cards.get(el) ?? 0) + 1);
      });
      return observer;
    });
    try {
      // German has not been loaded in this page yet.
      await pageLang('de');
      document.body.append(...els);
      els.forEach((el, i) => observers[i].observe(el.shadowRoot!, {childList: true, subtree: true}));
      await Promise.all(els.map(updated));
      expect(els.map(kicker)).to.deep.equal(Array(6).fill('Empfohlener Beitrag'));
      // Whatever the library still has scheduled (its one-second fallback included) runs
      // now, and every render it sets off is done: no card is drawn a second time.
      clock.runAll();
      await nextFrame();
      await Promise.all(els.map(updated));
      expect(els.map(kicker)).to.deep.equal(Array(6).fill('Empfohlener Beitrag'));
      expect(
        els.map((el) => cards.get(el)),
        'cards inserted per element'
      ).to.deep.equal(Array(6).fill(1));
    } finally {
      observers.forEach((o) => o.disconnect());
      els.forEach((el) => el.remove());
    }
  });

  it('shows the content in English after a second when the translations never arrive', async () => {
    const restore = await hangTranslations();
    const el = story();
    try {
      await pageLang('es');
      document.body.append(el);
      // Not updateComplete: that waits for the translations (or the second) by design.
      await nextFrame();
      clock.tick(999);
      await nextFrame();
      expect(kicker(el), 'at 999 ms').to.equal(undefined);
      expect(el.shadowRoot!.querySelector('[part=loading]'), 'the loading state meanwhile').to.exist;
      clock.tick(1);
      await nextFrame();
      await updated(el);
      expect(kicker(el), 'at 1,000 ms').to.equal('Featured Story');
    } finally {
      restore();
      el.remove();
    }
  });

  it('keeps showing its HTML children while it waits, then its own content in their place', async () => {
    const restore = await hangTranslations();
    const el = document.createElement('cm-featured-story');
    el.innerHTML = '<h3>Titre de la page</h3><a href="/histoire">Lire</a>';
    try {
      await pageLang('ar');
      document.body.append(el);
      await nextFrame();
      clock.tick(999);
      await nextFrame();
      expect(!!el.shadowRoot!.querySelector('article'), 'rendered already').to.equal(false);
      expect(el.querySelector('h3')!.getBoundingClientRect().height, 'the heading on screen').to.be.above(0);
      clock.tick(1);
      await nextFrame();
      await updated(el);
      expect(el.shadowRoot!.querySelector('[part=heading]')?.textContent?.trim()).to.equal('Titre de la page');
      expect(el.querySelector('h3')!.getBoundingClientRect().height, 'the child hidden once rendered').to.equal(0);
    } finally {
      restore();
      el.remove();
    }
  });
});
