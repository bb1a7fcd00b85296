// Its own file, so its own page: the French translations are not loaded yet when the
// element starts, as on a webmaster's page when the script arrives.
import {expect} from '@open-wc/testing';
import '../src/index.js';
import type {CmFeaturedStory} from '../src/index.js';
import {setPageLang} from './helpers.js';

describe('first render on a page in another language', () => {
  after(() => setPageLang('en'));

  it('is in the page language from the start: no English first, then a second render', async () => {
    await setPageLang('fr');
    const el = document.createElement('cm-featured-story') as CmFeaturedStory;
    el.setAttribute('heading', 'Titre');
    el.setAttribute('href', '/histoire');
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
});
