// LocaleController on its own: content texts, numbers, dates and durations for the page language.
import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {LocaleController} from '../../src/controllers/locale.js';
import {setPageLang} from '../helpers.js';

class CmTestLocale extends LitElement {
  readonly locale = new LocaleController(this);
}
customElements.define('cm-test-locale', CmTestLocale);

describe('LocaleController', () => {
  afterEach(() => setPageLang('en'));

  it('resolves a content text for the page, with lang and dir only where they differ', async () => {
    await setPageLang('fr-CA');
    const el = await fixture<CmTestLocale>(html`<cm-test-locale></cm-test-locale>`);
    const {locale} = el;
    expect(locale.text({en: 'Yes', fr: 'Oui'})).to.deep.equal({text: 'Oui', lang: undefined, dir: undefined});
    expect(locale.text({en: 'Yes', de: 'Ja'})).to.deep.equal({text: 'Yes', lang: 'en', dir: undefined});
    expect(locale.text({ar: 'نعم'})).to.deep.equal({text: 'نعم', lang: 'ar', dir: 'rtl'});
    // A plain string of unknown language takes its direction from itself.
    expect(locale.text('17 ideas.')).to.deep.equal({text: '17 ideas.', lang: undefined, dir: 'auto'});
    expect(locale.text('Yes', 'en')).to.deep.equal({text: 'Yes', lang: 'en', dir: undefined});
    expect(locale.text(undefined)).to.equal(undefined);
  });

  it('marks left-to-right text inside a right-to-left page', async () => {
    await setPageLang('ar');
    const el = await fixture<CmTestLocale>(html`<cm-test-locale></cm-test-locale>`);
    el.locale.hostUpdate();
    expect(el.locale.rtl).to.equal(true);
    expect(el.locale.text({en: 'Yes'})).to.deep.equal({text: 'Yes', lang: 'en', dir: 'ltr'});
  });

  it('formats numbers, durations and dates in the page language', async () => {
    await setPageLang('fr');
    const el = await fixture<CmTestLocale>(html`<cm-test-locale></cm-test-locale>`);
    const {locale} = el;
    expect(locale.number(12345)).to.equal('12\u202f345');
    expect(locale.date('2018-11-05')).to.equal('5 novembre 2018');
    expect(locale.duration(75)).to.equal('75 min');
    await setPageLang('en');
    expect(locale.number(12345)).to.equal('12,345');
    // A page language Intl cannot read falls back to English rather than throwing.
    await setPageLang('x-');
    expect(locale.number(1)).to.equal('1');
    expect(locale.duration(5)).to.match(/5 min/);
  });

  it('shows a date without a time as that calendar day in every time zone', async () => {
    const el = await fixture<CmTestLocale>(html`<cm-test-locale></cm-test-locale>`);
    // The test browser runs in UTC; a western zone shows the bug this guards against.
    expect(el.locale.date('2018-11-05', {dateStyle: 'long'})).to.equal('November 5, 2018');
    expect(el.locale.date('2018-11-05', {dateStyle: 'long', timeZone: 'America/Vancouver'})).to.equal(
      'November 5, 2018'
    );
    // A date-time is an instant: it is shown in the zone asked for.
    expect(el.locale.date('2018-11-05T03:00:00Z', {dateStyle: 'long', timeZone: 'America/Vancouver'})).to.equal(
      'November 4, 2018'
    );
  });
});
