// Its own file, so its own page: the translations are not loaded yet when the elements
// start, as on a webmaster's page when the script arrives.
import {expect} from '@open-wc/testing';
import '../src/index.js';
import {localization} from '../src/localization/localize.js';
import {setPageLang, until} from './helpers.js';

const story = () => {
  const el = document.createElement('cm-featured-story');
  el.setAttribute('heading', 'Titre');
  el.setAttribute('href', '/histoire');
  return el;
};
const kicker = (el: Element) => el.shadowRoot!.querySelector('[part=kicker]')?.textContent?.trim();

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

describe('first render on a page in another language', () => {
  after(() => setPageLang('en'));

  it('shows its content in the page language from the start: never English first', async () => {
    await setPageLang('fr');
    const el = story();
    document.body.append(el);
    const watch = watchKicker(el);
    try {
      // updateComplete covers the wait: the card is there, in French, and was never in English.
      await el.updateComplete;
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
      await setPageLang('de');
      document.body.append(...els);
      els.forEach((el, i) => observers[i].observe(el.shadowRoot!, {childList: true, subtree: true}));
      await until(() => els.every((el) => kicker(el)), 3000, 'every card');
      await new Promise((r) => setTimeout(r, 200));
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
      await setPageLang('es');
      const start = performance.now();
      document.body.append(el);
      await until(() => !!kicker(el), 3000, 'the card');
      expect(performance.now() - start).to.be.within(900, 3000);
      expect(kicker(el)).to.equal('Featured Story');
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
      await setPageLang('ar');
      document.body.append(el);
      await new Promise((r) => setTimeout(r, 200));
      expect(!!el.shadowRoot!.querySelector('article'), 'rendered already').to.equal(false);
      expect(el.querySelector('h3')!.getBoundingClientRect().height, 'the heading on screen').to.be.above(0);
      await until(() => !!el.shadowRoot!.querySelector('article'), 3000, 'the card');
      expect(el.shadowRoot!.querySelector('[part=heading]')?.textContent?.trim()).to.equal('Titre de la page');
      expect(el.querySelector('h3')!.getBoundingClientRect().height, 'the child hidden once rendered').to.equal(0);
    } finally {
      restore();
      el.remove();
    }
  });
});
