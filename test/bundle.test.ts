// The script-tag build, as a webmaster's page loads it: dist/cm-widgets.js (built by
// `npm test` before the tests run) with its locale modules fetched from beside it.
import {expect, fixture, html} from '@open-wc/testing';
import {captureConsole, setPageLang, until} from './helpers.js';

const bundle = '/dist/cm-widgets.js';

describe('dist/cm-widgets.js', () => {
  afterEach(() => setPageLang('en'));

  it('defines the elements, and loads French from beside itself when the page asks', async () => {
    await import(/* @vite-ignore */ bundle);
    expect(customElements.get('cm-featured-story')).to.exist;
    await setPageLang('fr');
    const el = await fixture(html`<cm-featured-story src="/test/fixtures/content.json"></cm-featured-story>`);
    const kicker = () => el.shadowRoot!.querySelector('[part=kicker]')?.textContent;
    await until(() => kicker() === 'À la une', 3000, 'French from the locale chunk');
    expect(el.shadowRoot!.querySelector('h3, [part=heading]')!.textContent).to.equal(
      'Deux hourras pour le Pacte mondial'
    );
    const chunks = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/dist/'));
    expect(chunks).to.include('/dist/cm-widgets-fr.js');
  });

  it('can be loaded twice on one page without an error', async () => {
    const spy = captureConsole();
    try {
      await import(/* @vite-ignore */ `${bundle}?second-copy`);
      const el = await fixture(html`<cm-featured-story heading="Still here" href="/s"></cm-featured-story>`);
      expect(el.shadowRoot!.textContent).to.contain('Still here');
      expect(spy.errors()).to.deep.equal([]);
    } finally {
      spy.restore();
    }
  });
});
