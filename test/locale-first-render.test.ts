// Its own file, so its own page: the French translations are not loaded yet when the
// element starts, as on a webmaster's page when the script arrives.
import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import {CmFeaturedStory} from '../src/index.js';
import {localization} from '../src/localization/localize.js';
import {setPageLang} from './helpers.js';

const story = () => {
  const el = document.createElement('cm-featured-story');
  el.setAttribute('heading', 'Titre');
  el.setAttribute('href', '/histoire');
  return el;
};
const kicker = (el: Element) => el.shadowRoot!.querySelector('[part=kicker]')?.textContent?.trim();

describe('first render on a page in another language', () => {
  after(() => setPageLang('en'));

  it('is in the page language from the start: no English first, then a second render', async () => {
    await setPageLang('fr');
    const el = story();
    document.body.append(el);
    // Every text the visitor could see in the card, from before its first render on.
    const seen: string[] = [];
    const record = () => seen.push(el.shadowRoot!.querySelector('[part=kicker]')?.textContent?.trim() ?? '');
    const observer = new MutationObserver(record);
    observer.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true});
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=kicker]')?.textContent?.trim()).to.equal('À la une');
      await new Promise((r) => setTimeout(r, 100));
      expect(seen.filter(Boolean)).to.not.include('Featured Story');
      expect(seen.filter(Boolean)[0]).to.equal('À la une');
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('renders each element once while the translations load, not again when they arrive', async () => {
    const render = sinon.spy(CmFeaturedStory.prototype, 'render');
    const els = Array.from({length: 6}, story);
    try {
      // German has not been loaded in this page yet.
      await setPageLang('de');
      document.body.append(...els);
      await Promise.all(els.map((el) => el.updateComplete));
      await new Promise((r) => setTimeout(r, 200));
      expect(els.map(kicker)).to.deep.equal(Array(6).fill('Empfohlener Beitrag'));
      expect(render.callCount, 'renders of six elements').to.equal(6);
    } finally {
      render.restore();
      els.forEach((el) => el.remove());
    }
  });

  it('renders in English after a second when the translations never arrive', async () => {
    const api = localization()!;
    await api.setLocale('en');
    const setLocale = api.setLocale;
    api.setLocale = () => new Promise(() => {});
    const el = story();
    try {
      await setPageLang('es');
      const start = performance.now();
      document.body.append(el);
      await el.updateComplete;
      expect(performance.now() - start).to.be.within(900, 3000);
      expect(kicker(el)).to.equal('Featured Story');
    } finally {
      api.setLocale = setLocale;
      el.remove();
    }
  });

  it('shows its HTML children while it waits, then its own content in their place', async () => {
    const api = localization()!;
    await api.setLocale('en');
    const setLocale = api.setLocale;
    api.setLocale = () => new Promise(() => {});
    const el = document.createElement('cm-featured-story');
    el.innerHTML = '<h3>Titre de la page</h3><a href="/histoire">Lire</a>';
    try {
      await setPageLang('ar');
      document.body.append(el);
      await new Promise((r) => setTimeout(r, 100));
      // Still waiting for the (never arriving) translations, with the page's HTML on screen.
      expect(el.shadowRoot!.querySelector('article'), 'rendered already').to.equal(null);
      expect(el.querySelector('h3')!.getBoundingClientRect().height, 'the heading on screen').to.be.above(0);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=heading]')?.textContent?.trim()).to.equal('Titre de la page');
      expect(el.querySelector('h3')!.getBoundingClientRect().height, 'the child hidden once rendered').to.equal(0);
    } finally {
      api.setLocale = setLocale;
      el.remove();
    }
  });
});
