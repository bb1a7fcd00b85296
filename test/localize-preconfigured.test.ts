// A host app that configured @lit/localize itself, before our elements load: the widgets
// must not throw, must keep working (in English at worst) and must say so once.
import {configureLocalization} from '@lit/localize';
import {expect, fixture, html} from '@open-wc/testing';
import {captureConsole, setPageLang, until} from './helpers.js';

describe('a page whose app already configured @lit/localize', () => {
  it('keeps the widgets working in English and warns once', async () => {
    const hostApp = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({templates: {}}),
    });
    const spy = captureConsole();
    try {
      await import('../src/featured-story/featured-story.js');
      const a = await fixture(html`<cm-featured-story heading="One" href="/1"></cm-featured-story>`);
      const b = await fixture(html`<cm-featured-story heading="Two" href="/2"></cm-featured-story>`);
      await setPageLang('fr');
      await (b as HTMLElementTagNameMap['cm-featured-story']).updateComplete;
      for (const el of [a, b]) {
        expect(el.shadowRoot!.querySelector('[part=kicker]')!.textContent!.trim()).to.equal('Featured Story');
        expect(el.shadowRoot!.querySelector('a')!.textContent!.trim()).to.equal('More');
      }
      const warnings = spy.warnings().filter((w) => w.includes('@lit/localize'));
      expect(warnings).to.have.length(1);
      // The host app's own localization is untouched.
      await hostApp.setLocale('de');
      await until(() => hostApp.getLocale() === 'de', 1000, 'host locale');
      expect(spy.errors()).to.deep.equal([]);
    } finally {
      spy.restore();
      await setPageLang('en');
    }
  });
});
