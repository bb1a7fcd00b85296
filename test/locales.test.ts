// Every locale the library ships, in a real browser: all UI strings translated (no English
// left), plural forms by CLDR category, right-to-left mirroring, lang/dir on content in
// another language than the page, and accessibility in Arabic.
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import '../src/index.js';
import type {CmFeaturedStory, CmIdeasIndex, CmQuoteRotator, CmWebinarCard, Idea, Quote, Webinar} from '../src/index.js';
import {isRtlLang} from '../src/localization/direction.js';
import {allLocales, localization} from '../src/localization/localize.js';
import {pluralCategory} from '../src/localization/plural.js';
import {templates as ar} from '../src/localization/generated/locales/ar.js';
import {templates as de} from '../src/localization/generated/locales/de.js';
import {templates as es} from '../src/localization/generated/locales/es.js';
import {templates as fr} from '../src/localization/generated/locales/fr.js';
import {captureConsole, setPageLang, until} from './helpers.js';

type Cm = HTMLElement & {updateComplete: Promise<unknown>};

const sr = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, sel: string) => sr(el).querySelector<T>(sel);
const qa = <T extends Element = HTMLElement>(el: Element, sel: string) => [...sr(el).querySelectorAll<T>(sel)];
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element, sel: string) => clean(q(el, sel)?.textContent);

const FUTURE = '2099-03-18T12:00:00-04:00';
const SPEAKERS = [{name: 'A'}, {name: 'B'}, {name: 'C'}];
const WEBINARS: Webinar[] = [
  {
    title: 'W1',
    summary: 'S',
    url: '/w1',
    kind: 'featured',
    video: 'https://www.youtube.com/watch?v=aBcD3fG_i-k',
    date: FUTURE,
    durationMinutes: 90,
    speakers: SPEAKERS,
  },
  {title: 'W2', url: '/w2', kind: 'video', video: 'https://example.org/video.mp4'},
  {title: 'W3', url: '/w3', kind: 'archive'},
];
const QUOTES: Quote[] = [
  {text: 'Q1', author: 'A1'},
  {text: 'Q2', author: 'A2'},
];
const idea = (i: number, extra: Partial<Idea> = {}): Idea => ({
  id: `i${i}`,
  title: `Idea ${i}`,
  url: `/ideas/${i}`,
  city: 'Toronto',
  country: 'Canada',
  region: 'North America',
  themes: ['Work'],
  year: 2000 + (i % 20),
  ...extra,
});
const ideas = (n: number) => Array.from({length: n}, (_, i) => idea(i));

/** Sets <html lang> and waits until the library's translations for it are active. */
async function useLocale(lang: string) {
  await setPageLang(lang);
  const wanted = allLocales.find((l) => l === lang.split('-')[0]) ?? 'en';
  // The elements follow <html lang> while one is in the page: keep one there meanwhile.
  const probe = document.createElement('cm-featured-story');
  document.body.append(probe);
  try {
    await until(() => localization()?.getLocale() === wanted, 3000, `the ${wanted} translations`);
  } finally {
    probe.remove();
  }
}

async function render<T extends Cm>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await el.updateComplete;
  await until(() => !!sr(el).firstElementChild, 3000, `<${el.localName}> to render`);
  await el.updateComplete;
  return el;
}

/**
 * Every UI string of the four elements (visible text, hidden labels and accessible names),
 * with content chosen so that as many of them as possible show at once.
 */
async function uiStrings(): Promise<Record<string, string>> {
  const s: Record<string, string> = {};
  const story = await render<CmFeaturedStory>(html`<cm-featured-story heading="T" href="/s"></cm-featured-story>`);
  s.storyKicker = text(story, '[part=kicker]');
  s.storyMore = text(story, '[part=link]');

  const failed = await fixture<CmFeaturedStory>(html`<cm-featured-story src="/faulty/status/404"></cm-featured-story>`);
  await until(() => !!q(failed, '[part=error]'), 4000, 'the 404');
  s.error404 = text(failed, '[part=error] p');
  s.retry = text(failed, '[part=retry-button]');
  const invalid = await render<CmFeaturedStory>(
    html`<cm-featured-story heading="T" href="javascript:void 0"></cm-featured-story>`
  );
  s.invalid = text(invalid, '[part=error] p');

  const rotator = await render<CmQuoteRotator>(html`<cm-quote-rotator .quotes=${QUOTES}></cm-quote-rotator>`);
  s.carouselRole = q(rotator, '[part=carousel]')!.getAttribute('aria-roledescription')!;
  s.carouselName = q(rotator, '[part=carousel]')!.getAttribute('aria-label')!;
  s.slideRole = q(rotator, '[part=slide]')!.getAttribute('aria-roledescription')!;
  s.slideName = q(rotator, '[part=slide]')!.getAttribute('aria-label')!;
  s.play = text(rotator, '[part=play-button]');
  s.previous = text(rotator, '[part=previous-button]');
  s.next = text(rotator, '[part=next-button]');
  rotator.play();
  await rotator.updateComplete;
  s.stop = text(rotator, '[part=play-button]');
  rotator.pause();

  const [w1, w2, w3] = await Promise.all(
    WEBINARS.map((w) => render<CmWebinarCard>(html`<cm-webinar-card .webinar=${w}></cm-webinar-card>`))
  );
  s.featuredWebinar = text(w1, '[part=kicker]');
  s.upcoming = text(w1, '[part=badge]');
  s.playVideo = text(w1, '.play-text');
  s.playVideoName = text(w1, '[part=play-button] .visually-hidden');
  s.consent = text(w1, '[part=consent]');
  s.speakers = text(w1, '[part=speakers] .label');
  s.addToCalendar = text(w1, '[part=calendar-link]');
  s.aboutWebinar = text(w1, '[part=link]');
  s.webinarVideo = text(w2, '[part=kicker]');
  s.watchVideo = text(w2, '[part=video-link]');
  s.archived = text(w3, '[part=kicker]');
  s.browseArchive = text(w3, '[part=link]');

  const index = await render<CmIdeasIndex>(html`<cm-ideas-index page-size="1" .ideas=${ideas(3)}></cm-ideas-index>`);
  const labels = qa(index, 'label').map((l) => clean(l.textContent));
  [s.searchLabel, s.themeLabel, s.countryLabel] = labels;
  [s.allThemes, s.allCountries] = ['theme', 'country'].map((n) =>
    clean(q<HTMLSelectElement>(index, `#${n}`)!.options[0].textContent)
  );
  s.count = text(index, '[part=count]');
  s.themesHidden = text(index, '[part=themes] .visually-hidden');
  s.showing = text(index, '[part=more] p');
  s.showMore = text(index, '[part=more-button]');
  index.query = 'zzz';
  index.theme = 'Work';
  await index.updateComplete;
  s.noMatch = text(index, '.empty-title');
  s.clear = text(index, '[part=clear-button]');
  const empty = await fixture<CmIdeasIndex>(html`<cm-ideas-index src="/test/fixtures/empty.json"></cm-ideas-index>`);
  await until(() => !!q(empty, '[part=empty]'), 4000, 'the empty index');
  s.noIdeas = text(empty, '[part=empty]');
  for (const [key, value] of Object.entries(s)) expect(value, key).to.be.a('string').and.not.equal('');
  return s;
}

/** Strings that are rightly the same as in English. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  es: ['count'], // "3 ideas"
};

let spy: ReturnType<typeof captureConsole>;
beforeEach(() => (spy = captureConsole()));
afterEach(async () => {
  spy.restore();
  document.documentElement.removeAttribute('dir');
  document.documentElement.style.removeProperty('font-size');
  await setPageLang('en');
});

describe('translations', () => {
  it('ship en, fr, es, de and ar, each translating every message', () => {
    expect([...allLocales].sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr']);
    const ids = Object.keys(fr).sort();
    expect(ids.length).to.be.greaterThan(50);
    for (const [locale, templates] of Object.entries({es, de, ar})) {
      expect(Object.keys(templates).sort(), locale).to.deep.equal(ids);
    }
    for (const [locale, templates] of Object.entries({fr, es, de, ar})) {
      for (const [id, value] of Object.entries(templates)) expect(value, `${locale} ${id}`).to.be.ok;
    }
  });

  let english: Record<string, string>;
  before(async () => {
    const quiet = captureConsole();
    try {
      await useLocale('en');
      english = await uiStrings();
    } finally {
      quiet.restore();
    }
  });

  for (const locale of ['fr', 'es', 'de', 'ar']) {
    it(`leaves no English UI string in ${locale}`, async () => {
      await useLocale(locale);
      const strings = await uiStrings();
      expect(Object.keys(strings)).to.deep.equal(Object.keys(english));
      for (const [key, value] of Object.entries(strings)) {
        if (SAME_AS_ENGLISH[locale]?.includes(key)) continue;
        expect(value, `${locale} ${key}`).not.to.equal(english[key]);
      }
      if (locale === 'ar') {
        // Content here is one or two Latin letters (T, W1, Q1, A…), and the video host's name.
        for (const [key, value] of Object.entries(strings)) {
          const rest = value
            .replace(/YouTube/g, '')
            .replace(/\b[A-Z]\d?\b/g, '')
            .replace(/zzz|Work|Idea \d/g, '');
          expect(rest, `ar ${key}: ${value}`).not.to.match(/[A-Za-z]/);
        }
      }
    });
  }

  it('uses the Arabic comma between the parts of a line', async () => {
    await useLocale('ar');
    const el = await render<CmQuoteRotator>(
      html`<cm-quote-rotator .quotes=${[{text: 'نص', author: 'كاتب', role: 'عمدة', city: 'مدينة'}]}></cm-quote-rotator>`
    );
    expect(text(el, 'figcaption')).to.equal('كاتب، عمدة، مدينة');
  });
});

describe('plurals through Intl.PluralRules', () => {
  const counts = async (lang: string, ns: number[]) => {
    await useLocale(lang);
    const el = await render<CmIdeasIndex>(html`<cm-ideas-index .ideas=${ideas(100)}></cm-ideas-index>`);
    const out: string[] = [];
    for (const n of ns) {
      // "Idea 1" … : a query matching exactly n ideas is awkward, so give n ideas instead.
      el.ideas = n ? ideas(n) : ideas(3);
      el.query = n ? '' : 'zzz';
      await el.updateComplete;
      await until(() => !q(el, '[aria-busy]'), 3000, 'the search data');
      out.push(text(el, '[part=count]'));
    }
    return out;
  };

  it('knows every CLDR category of the shipped languages', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory(n, 'ar'))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect([0, 1, 2].map((n) => pluralCategory(n, 'fr'))).to.deep.equal(['one', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralCategory(n, 'en'))).to.deep.equal(['other', 'one', 'other']);
    expect(pluralCategory(1, 'not a locale!')).to.equal('one');
  });

  it('counts ideas in Arabic with all six forms', async () => {
    // Digits are the locale's default: Latin for `ar` in current CLDR (as in the Maghreb).
    const nf = new Intl.NumberFormat('ar');
    expect(nf.format(11)).to.equal('11');
    expect(await counts('ar', [0, 1, 2, 3, 11, 100])).to.deep.equal([
      'لا توجد أفكار',
      'فكرة واحدة',
      'فكرتان',
      `${nf.format(3)} أفكار`,
      `${nf.format(11)} فكرة`,
      `${nf.format(100)} فكرة`,
    ]);
  });

  it('counts ideas in French (0 and 1 alike), English, Spanish and German', async () => {
    expect(await counts('fr', [0, 1, 2])).to.deep.equal(['0 idée', '1 idée', '2 idées']);
    expect(await counts('en', [0, 1, 2])).to.deep.equal(['0 ideas', '1 idea', '2 ideas']);
    expect(await counts('es', [1, 2])).to.deep.equal(['1 idea', '2 ideas']);
    expect(await counts('de', [0, 1, 2])).to.deep.equal(['0 Ideen', '1 Idee', '2 Ideen']);
  });

  it('writes numbers the page language’s way, in the count, filters and status', async () => {
    await useLocale('de');
    const el = await render<CmIdeasIndex>(html`<cm-ideas-index .ideas=${ideas(1200)}></cm-ideas-index>`);
    await until(() => !q(el, '[aria-busy]'), 3000, 'the search data');
    expect(text(el, '[part=count]')).to.equal('1.200 Ideen');
    expect(clean(q<HTMLSelectElement>(el, '#theme')!.options[1].textContent)).to.equal('Work (1.200)');
    await useLocale('ar-EG');
    await el.updateComplete;
    expect(text(el, '[part=count]')).to.equal('١٬٢٠٠ فكرة');
  });

  it('names one, two or more speakers in Arabic (singular, dual, plural)', async () => {
    await useLocale('ar');
    const label = async (n: number) => {
      const el = await render<CmWebinarCard>(
        html`<cm-webinar-card .webinar=${{title: 'W', url: '/w', speakers: SPEAKERS.slice(0, n)}}></cm-webinar-card>`
      );
      return text(el, '[part=speakers] .label');
    };
    expect([await label(1), await label(2), await label(3)]).to.deep.equal(['المتحدث', 'المتحدثان', 'المتحدثون']);
  });
});

describe('right to left', () => {
  it('takes the page’s direction, and a dir on the element or an ancestor', async () => {
    await useLocale('ar');
    const el = await render<CmFeaturedStory>(html`<cm-featured-story heading="T" href="/s"></cm-featured-story>`);
    expect(el.matches(':dir(rtl)')).to.be.true;
    expect(el.hasAttribute('dir'), 'inherited, not set').to.be.false;
    const ltr = await render<CmFeaturedStory>(
      html`<cm-featured-story dir="ltr" heading="T" href="/s"></cm-featured-story>`
    );
    expect(ltr.matches(':dir(ltr)')).to.be.true;
    const inBox = await fixture(
      html`<div dir="ltr"><cm-featured-story heading="T" href="/s"></cm-featured-story></div>`
    );
    expect((inBox.firstElementChild as Element).matches(':dir(ltr)')).to.be.true;
    // <html lang="ar"> without dir: the page is left to right, and so is the element.
    document.documentElement.dir = '';
    await el.updateComplete;
    expect(el.matches(':dir(ltr)')).to.be.true;
  });

  it('mirrors the quote rotator: play at the start, previous right of next, arrows and keys follow', async () => {
    await useLocale('ar');
    const el = await render<CmQuoteRotator>(
      html`<cm-quote-rotator .quotes=${[...QUOTES, {text: 'Q3', author: 'A3'}]}></cm-quote-rotator>`
    );
    const box = (part: string) => q(el, `[part=${part}]`)!.getBoundingClientRect();
    const carousel = box('carousel');
    expect(box('play-button').right).to.be.closeTo(carousel.right - 16 - 1, 2);
    expect(box('previous-button').left).to.be.greaterThan(box('next-button').right);
    expect(box('play-button').left).to.be.greaterThan(box('previous-button').right);
    expect(box('position').left).to.be.lessThan(box('next-button').left);
    const svg = q(el, '[part=previous-button] svg')!;
    expect(getComputedStyle(svg).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    q(el, '[part=next-button]')!.focus();
    await sendKeys({press: 'ArrowLeft'});
    expect(el.index).to.equal(1);
    await sendKeys({press: 'ArrowRight'});
    expect(el.index).to.equal(0);
    // The same element back in a left-to-right page.
    await useLocale('en');
    await el.updateComplete;
    expect(box('previous-button').right).to.be.lessThan(box('next-button').left);
    expect(getComputedStyle(svg).transform).to.equal('none');
    await sendKeys({press: 'ArrowRight'});
    expect(el.index).to.equal(1);
  });

  it('mirrors the cards and the index: media, search box and text start on the right', async () => {
    await useLocale('ar');
    const wide = 'display:block; inline-size: 900px';
    const story = await render<CmFeaturedStory>(
      html`<cm-featured-story
        style=${wide}
        .story=${{title: 'قصة', url: '/s', image: '/test/fixtures/story.svg'}}
      ></cm-featured-story>`
    );
    expect(q(story, '[part=image]')!.getBoundingClientRect().left).to.be.greaterThan(
      q(story, '.body')!.getBoundingClientRect().left
    );
    const webinar = await render<CmWebinarCard>(
      html`<cm-webinar-card style=${wide} .webinar=${WEBINARS[0]}></cm-webinar-card>`
    );
    expect(q(webinar, '[part=media]')!.getBoundingClientRect().left).to.be.greaterThan(
      q(webinar, '.body')!.getBoundingClientRect().left
    );
    const index = await render<CmIdeasIndex>(html`<cm-ideas-index style=${wide} .ideas=${ideas(3)}></cm-ideas-index>`);
    const form = q(index, '[part=search]')!.getBoundingClientRect();
    expect(q(index, '.field.query')!.getBoundingClientRect().right).to.be.closeTo(form.right, 1);
    const label = q(index, 'label[for=q]')!;
    const range = document.createRange();
    range.selectNodeContents(label);
    expect(range.getBoundingClientRect().right).to.be.closeTo(label.getBoundingClientRect().right, 1);
  });

  it('keeps English content in order inside a right-to-left page ("17 ideas." ends with its full stop)', async () => {
    await useLocale('ar');
    const el = await render<CmFeaturedStory>(
      html`<cm-featured-story heading="17 ideas." href="/s"></cm-featured-story>`
    );
    const h3 = q(el, 'h3')!;
    expect(h3.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(h3).direction).to.equal('ltr');
    const node =
      h3.firstChild?.nodeType === Node.TEXT_NODE
        ? h3.firstChild
        : [...h3.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
    const at = (i: number) => {
      const r = document.createRange();
      const start = node.textContent!.indexOf('17') + i;
      r.setStart(node, start);
      r.setEnd(node, start + 1);
      return r.getBoundingClientRect();
    };
    // "1" first on the left, "." last on the right: no jump of the full stop to the start.
    expect(at(0).left).to.be.lessThan(at(8).left);
  });

  it('fits 320 px at 200 % text size in Arabic: nothing overflows or overlaps', async () => {
    await setViewport({width: 320, height: 900});
    try {
      await useLocale('ar');
      document.documentElement.style.fontSize = '200%';
      const page = await fixture(
        html`<div style="font-size: 200%">
          <cm-featured-story
            .story=${{title: 'كيف تستقبل المدن القادمين الجدد', summary: 'ملخص', url: '/s', image: '/test/fixtures/story.svg', date: '2018-11-05'}}
          ></cm-featured-story>
          <cm-quote-rotator
            .quotes=${[...QUOTES, {text: {ar: 'المهاجرون قوة إيجابية في المجتمع الفنلندي.'}, author: 'Jussi Pajunen'}]}
            index="2"
          ></cm-quote-rotator>
          <cm-webinar-card .webinar=${WEBINARS[0]}></cm-webinar-card>
          <cm-ideas-index page-size="2" .ideas=${ideas(5)}></cm-ideas-index>
        </div>`
      );
      const elements = [...page.children] as Cm[];
      await Promise.all(elements.map((e) => e.updateComplete));
      await until(() => elements.every((e) => !!sr(e).firstElementChild), 3000, 'the elements');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const overlap = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      for (const el of elements) {
        const host = el.getBoundingClientRect();
        expect(host.right, el.localName).to.be.at.most(320);
        for (const node of qa(el, '*')) {
          if (
            node.closest('.visually-hidden, [hidden], .slide:not(.current), option') ||
            getComputedStyle(node).display === 'none'
          )
            continue;
          const r = node.getBoundingClientRect();
          if (!r.width) continue;
          expect(r.left, `${el.localName} ${node.localName}.${node.className}`).to.be.at.least(host.left - 0.5);
          expect(r.right, `${el.localName} ${node.localName}.${node.className}`).to.be.at.most(host.right + 0.5);
        }
        // Controls side by side never cover each other.
        const controls = qa(el, 'button, input, select, a, .field, .position').filter(
          (n) => !n.closest('.slide:not(.current)')
        );
        for (let i = 0; i < controls.length; i++) {
          for (let j = i + 1; j < controls.length; j++) {
            if (controls[i].contains(controls[j]) || controls[j].contains(controls[i])) continue;
            const a = controls[i].getBoundingClientRect();
            const b = controls[j].getBoundingClientRect();
            if (a.width && b.width)
              expect(overlap(a, b), `${el.localName}: ${controls[i].localName} / ${controls[j].localName}`).to.be.false;
          }
        }
      }
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });
});

describe('content in several languages', () => {
  it('knows the right-to-left languages', () => {
    for (const tag of ['ar', 'ar-MA', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr', 'AR-eg']) {
      expect(isRtlLang(tag), tag).to.be.true;
    }
    for (const tag of ['en', 'fr', 'es', 'de', 'pa', 'az-Latn', 'ku', 'tr', '', undefined]) {
      expect(isRtlLang(tag), String(tag)).to.be.false;
    }
  });

  it('marks an Arabic quote in a French page with lang and dir, and English ones in an Arabic page', async () => {
    await useLocale('fr');
    const quotes: Quote[] = [
      {
        text: {ar: 'المهاجرون قوة إيجابية في المجتمع الفنلندي.'},
        author: {ar: 'يوسي بايونن'},
        role: {fr: 'Maire', ar: 'عمدة'},
      },
      {
        text: {
          en: 'Immigrants are a positive force.',
          fr: 'Les immigrants sont une force positive.',
          ar: 'المهاجرون قوة إيجابية.',
        },
        author: 'Jussi Pajunen',
        lang: 'en',
      },
    ];
    const el = await render<CmQuoteRotator>(html`<cm-quote-rotator .quotes=${quotes}></cm-quote-rotator>`);
    const slides = qa(el, '[part=slide]');
    const attrs = (node: Element) => [node.getAttribute('lang'), node.getAttribute('dir')];
    expect(attrs(slides[0].querySelector('blockquote')!)).to.deep.equal(['ar', 'rtl']);
    expect(attrs(slides[0].querySelector('cite')!)).to.deep.equal(['ar', 'rtl']);
    expect(attrs(slides[0].querySelector('figcaption span')!)).to.deep.equal([null, null]);
    expect(attrs(slides[1].querySelector('blockquote')!)).to.deep.equal([null, null]);
    expect(attrs(slides[1].querySelector('cite')!)).to.deep.equal(['en', null]);

    await useLocale('ar');
    await el.updateComplete;
    expect(attrs(slides[0].querySelector('blockquote')!)).to.deep.equal([null, null]);
    expect(attrs(slides[0].querySelector('figcaption span')!)).to.deep.equal([null, null]);
    expect(attrs(slides[1].querySelector('blockquote')!)).to.deep.equal([null, null]);
    expect(clean(slides[1].querySelector('blockquote')!.textContent)).to.equal('المهاجرون قوة إيجابية.');
    expect(attrs(slides[1].querySelector('cite')!)).to.deep.equal(['en', 'ltr']);
    await expect(el).to.be.accessible();
  });

  it('gives each idea field its own lang and dir in an Arabic page; an unknown language gets dir="auto"', async () => {
    await useLocale('ar');
    const items: Idea[] = [
      idea(1, {
        title: {en: 'Welcoming cities', fr: 'Villes accueillantes', ar: 'مدن مرحِّبة'},
        summary: {en: 'A summary.', fr: 'Un résumé.'},
      }),
      idea(2, {title: 'A plain title'}),
    ];
    const el = await render<CmIdeasIndex>(html`<cm-ideas-index .ideas=${items}></cm-ideas-index>`);
    const [arabic, plain] = qa(el, '[part=result]');
    expect(arabic.querySelector('h3')!.hasAttribute('lang')).to.be.false;
    expect(arabic.querySelector('h3')!.hasAttribute('dir')).to.be.false;
    const summary = arabic.querySelector('[part=summary]')!;
    expect([summary.getAttribute('lang'), summary.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(plain.querySelector('h3')!.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(plain.querySelector('h3')!).direction).to.equal('ltr');
  });
});

describe('accessibility in Arabic', () => {
  const cases: [string, () => TemplateResult][] = [
    [
      'cm-featured-story',
      () =>
        html`<cm-featured-story
          .story=${{title: 'قصة', summary: 'ملخص', url: '/s', author: 'كاتب', date: '2018-11-05'}}
        ></cm-featured-story>`,
    ],
    [
      'cm-quote-rotator',
      () => html`<cm-quote-rotator .quotes=${[...QUOTES, {text: {ar: 'نص'}, author: 'كاتب'}]}></cm-quote-rotator>`,
    ],
    ['cm-webinar-card', () => html`<cm-webinar-card .webinar=${WEBINARS[0]}></cm-webinar-card>`],
    ['cm-ideas-index', () => html`<cm-ideas-index page-size="2" .ideas=${ideas(5)}></cm-ideas-index>`],
  ];
  for (const [name, template] of cases) {
    it(`<${name}> is accessible`, async () => {
      await useLocale('ar');
      const el = await render<Cm>(template());
      if (name === 'cm-ideas-index') await until(() => !q(el, '[aria-busy]'), 3000, 'the search data');
      expect(el.matches(':dir(rtl)')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }
});
