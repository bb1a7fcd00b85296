import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import ICAL from 'ical.js';
import sinon from 'sinon';
import '../src/webinar-card/webinar-card.js';
import type {CmWebinarCard} from '../src/webinar-card/webinar-card.js';
import type {Webinar} from '../src/content/types.js';
import {axNodes, captureConsole, expectInert, recordRequests, setPageLang, until} from './helpers.js';
import {runFeedContract} from './shared/feed-contract.js';

const YT = 'aBcD3fG_i-k';
const shadow = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, sel: string) => shadow(el).querySelector<T>(sel);
const text = (el: Element, sel: string) => q(el, sel)?.textContent?.trim().replace(/\s+/g, ' ');
const VIDEO_HOST = /youtube|youtu\.be|ytimg|googlevideo|ggpht|vimeo/i;

/** Waits until the element shows a card or an error/invalid state. */
async function settled(el: CmWebinarCard) {
  await until(() => !!q(el, 'article, [part=error]'), 4000, 'the webinar to settle');
  await el.updateComplete;
  return el;
}

/** Every URL-ish attribute in the element (shadow and light DOM) and the page head. */
function urlsInPage(el: Element): string[] {
  const nodes = [
    ...shadow(el).querySelectorAll('*'),
    ...el.querySelectorAll('*'),
    ...document.head.querySelectorAll('*'),
  ];
  return nodes.flatMap((n) =>
    ['src', 'href', 'srcset', 'poster', 'data', 'action'].map((a) => n.getAttribute(a)).filter((v): v is string => !!v)
  );
}

/** Requests of the page since `since` (performance.now()) that went to a video host and finished. */
const videoHostRequests = (since: number) =>
  performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime >= since && VIDEO_HOST.test(new URL(e.name).hostname))
    .map((e) => e.name);

const player = (el: Element) => q<HTMLIFrameElement>(el, 'iframe');
const playButton = (el: Element) => q<HTMLButtonElement>(el, '[part=play-button]');

async function buttonNames() {
  return (await axNodes()).filter((n) => n.role === 'button').map((n) => n.name);
}

async function linkNames() {
  return (await axNodes()).filter((n) => n.role === 'link').map((n) => n.name);
}

const UPCOMING: Webinar = {
  id: 'urban-resilience',
  kind: 'featured',
  title: {en: 'Planning for Urban Resilience', fr: 'Planifier des villes résilientes'},
  summary: {en: 'Lessons from Toronto, for every city.', fr: 'Les leçons de Toronto, pour toutes les villes.'},
  url: '/webinars/urban-resilience',
  date: '2099-06-15T12:00:00Z',
  durationMinutes: 90,
  speakers: [
    {
      name: 'Zhixi Zhuang',
      role: {en: 'School of Urban and Regional Planning', fr: 'École d’urbanisme'},
      organization: 'Ryerson University',
    },
    {name: 'Stacy Harwood', organization: 'University of Illinois'},
  ],
};

let consoleSpy: ReturnType<typeof captureConsole>;
let testStart: number;
let requests: Awaited<ReturnType<typeof recordRequests>>;
beforeEach(async () => {
  consoleSpy = captureConsole();
  testStart = performance.now();
  requests = await recordRequests();
});

/**
 * Every request to a video host the page has started in this test, finished or not: the
 * browser's own log, read up to now (no wait for a request that might come later).
 */
const videoHostRequested = async () =>
  (await requests.take()).filter((url) => /^https?:/.test(url) && VIDEO_HOST.test(new URL(url).hostname));
afterEach(async () => {
  consoleSpy.restore();
  await setPageLang('en');
});

describe('<cm-webinar-card> from attributes', () => {
  it('shows kicker, title, date, duration, summary, speakers and a named link', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card
        heading="Planning for Urban Resilience"
        summary="Lessons from Toronto."
        href="https://citiesofmigration.ca/webinars/"
        date="2099-06-15T12:00:00Z"
        duration="90"
        speakers='[{"name": "Zhixi Zhuang", "role": "Professor", "organization": "Ryerson University"}, {"name": "Stacy Harwood"}]'
      ></cm-webinar-card>`
    );
    expect(text(el, '[part=kicker]')).to.equal('Featured Webinar');
    expect(text(el, 'h3')).to.equal('Planning for Urban Resilience');
    expect(text(el, '[part=summary]')).to.equal('Lessons from Toronto.');
    const speakers = [...shadow(el).querySelectorAll('[part=speaker]')].map((li) =>
      li.textContent!.trim().replace(/\s+/g, ' ')
    );
    expect(speakers).to.deep.equal(['Zhixi Zhuang, Professor, Ryerson University', 'Stacy Harwood']);
    expect(text(el, '[part=speakers] .label')).to.equal('Speakers');
    // Puppeteer's snapshot prunes lists: check the list's label in the DOM.
    const list = q(el, '[part=speakers] ul')!;
    expect(shadow(el).getElementById(list.getAttribute('aria-labelledby')!)?.textContent?.trim()).to.equal('Speakers');
    expect(q(el, '[part=meta] time')!.getAttribute('datetime')).to.equal('2099-06-15T12:00:00Z');
    expect(text(el, '[part=meta]')).to.contain('90 min');
    const link = q<HTMLAnchorElement>(el, '[part=link]')!;
    expect(link.getAttribute('href')).to.equal('https://citiesofmigration.ca/webinars/');
    expect(await linkNames()).to.include('About this webinar Planning for Urban Resilience');
    expect(consoleSpy.warnings()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('names each kind with its localized kicker', async () => {
    const kinds: [string, string][] = [
      ['featured', 'Featured Webinar'],
      ['video', 'Webinar Video'],
      ['archive', 'Archived Videos'],
    ];
    for (const [kind, kicker] of kinds) {
      const el = await fixture<CmWebinarCard>(
        html`<cm-webinar-card heading="T" href="/w" kind=${kind}></cm-webinar-card>`
      );
      expect(text(el, '[part=kicker]'), kind).to.equal(kicker);
    }
    expect(consoleSpy.warnings()).to.deep.equal([]);
  });

  it('warns once about an unknown kind and uses the default', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card heading="T" href="/w" kind="livestream"></cm-webinar-card>`
    );
    el.requestUpdate();
    await el.updateComplete;
    expect(text(el, '[part=kicker]')).to.equal('Featured Webinar');
    expect(consoleSpy.warnings()).to.have.length(1);
    expect(consoleSpy.warnings()[0]).to.contain('<cm-webinar-card>').and.contain('kind="livestream"');
  });

  it('links an archive card to the archive page', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card
        kind="archive"
        heading="Past Webinar Videos"
        summary="Find archived videos and resources."
        href="https://citiesofmigration.ca/webinars/"
      ></cm-webinar-card>`
    );
    expect(text(el, '[part=kicker]')).to.equal('Archived Videos');
    const link = q<HTMLAnchorElement>(el, '[part=link]')!;
    expect(link.textContent!.trim()).to.equal('Browse the archive');
    expect(link.getAttribute('href')).to.equal('https://citiesofmigration.ca/webinars/');
    expect(await linkNames()).to.deep.equal(['Browse the archive Past Webinar Videos']);
    await expect(el).to.be.accessible();
  });

  it('uses every heading level from 2 to 6', async () => {
    for (const level of [2, 3, 4, 5, 6]) {
      const el = await fixture<CmWebinarCard>(
        html`<cm-webinar-card heading="T" href="/w" heading-level=${level}></cm-webinar-card>`
      );
      expect(q(el, `h${level}`)?.textContent, `h${level}`).to.equal('T');
    }
  });

  it('warns once about a negative or non-numeric duration and shows none', async () => {
    for (const bad of ['-5', 'ninety', '']) {
      consoleSpy.warn.resetHistory();
      const el = await fixture<CmWebinarCard>(
        html`<cm-webinar-card heading="T" href="/w" date="2099-06-15T12:00:00Z" duration=${bad}></cm-webinar-card>`
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(text(el, 'h3'), bad).to.equal('T');
      expect(shadow(el).querySelectorAll('time'), bad).to.have.length(1);
      expect(text(el, '[part=meta]'), bad).not.to.match(/\d min/);
      if (bad === '') {
        expect(consoleSpy.warnings()).to.deep.equal([]);
      } else {
        expect(consoleSpy.warnings(), bad).to.have.length(1);
        expect(consoleSpy.warnings()[0])
          .to.match(/^<cm-webinar-card>: .*"duration"/)
          .and.contain(bad);
      }
    }
  });

  it('warns once about speakers that are not JSON and shows none', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card heading="T" href="/w" speakers="[{name: Ann}"></cm-webinar-card>`
    );
    el.requestUpdate();
    await el.updateComplete;
    expect(text(el, 'h3')).to.equal('T');
    expect(q(el, '[part=speakers]')).to.equal(null);
    expect(consoleSpy.warnings()).to.have.length(1);
    expect(consoleSpy.warnings()[0]).to.match(
      /^<cm-webinar-card>: ignored the "speakers" attribute: it is not valid JSON/
    );
  });

  it('warns once about a date it cannot read and shows no date', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card heading="T" href="/w" date="next tuesday"></cm-webinar-card>`
    );
    el.requestUpdate();
    await el.updateComplete;
    expect(text(el, 'h3')).to.equal('T');
    expect(q(el, 'time')).to.equal(null);
    expect(q(el, '[part=calendar-link]')).to.equal(null);
    expect(consoleSpy.warnings()).to.have.length(1);
    expect(consoleSpy.warnings()[0]).to.match(/^<cm-webinar-card>: .*"date" "next tuesday"/);
  });

  it('shows a message and warns when the title is missing', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card href="/w" video="https://youtu.be/${YT}"></cm-webinar-card>`
    );
    expect(text(el, '[part=error]')).to.contain('cannot be shown');
    expect(playButton(el)).to.equal(null);
    expect(consoleSpy.warnings()).to.have.length(1);
    expect(consoleSpy.warnings()[0]).to.match(/<cm-webinar-card>.*attributes.*"heading"/);
    await expect(el).to.be.accessible();
  });

  it('renders markup as text and drops unsafe URLs', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card
        heading="<img src=x onerror=window.__pwned=1>Title &amp; more"
        summary="<script>window.__pwned=2</script>Summary"
        href="javascript:window.__pwned=3"
        video="javascript:window.__pwned=4"
        poster="data:image/svg+xml,<svg onload='window.__pwned=5'/>"
        speakers='[{"name": "<img src=x onerror=window.__pwned=6>Eve", "role": "<b>Spy</b>"}]'
      ></cm-webinar-card>`
    );
    expect(text(el, 'h3')).to.equal('Title & more');
    expect(text(el, '[part=summary]')).to.equal('Summary');
    expect(text(el, '[part=speaker]')).to.equal('Eve, Spy');
    expect(shadow(el).querySelectorAll('img, script, b, iframe, a, button')).to.have.length(0);
    expect(consoleSpy.warnings()).to.have.length(3);
    for (const w of consoleSpy.warnings()) expect(w).to.match(/^<cm-webinar-card>: .*not an http\(s\) or relative URL/);
    expectInert(el);
  });
});

describe('<cm-webinar-card> video facade', () => {
  it('requests nothing from YouTube before play: no iframe, thumbnail, link or preconnect', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card
        kind="video"
        heading="Inclusion of Migrants with Irregular Status"
        href="/webinars/irregular"
        video="https://www.youtube.com/watch?v=${YT}&t=90"
      ></cm-webinar-card>`
    );
    expect(player(el)).to.equal(null);
    expect(shadow(el).querySelectorAll('img')).to.have.length(0);
    expect(urlsInPage(el).filter((u) => VIDEO_HOST.test(u))).to.deep.equal([]);
    expect([...document.querySelectorAll('link')].filter((l) => VIDEO_HOST.test(l.href))).to.deep.equal([]);
    expect(await videoHostRequested()).to.deep.equal([]);
    // A neutral placeholder of our own stands in for the thumbnail.
    const placeholder = q(el, '[part=poster]')!;
    expect(placeholder.localName).to.equal('div');
    expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(text(el, '[part=consent]')).to.equal('The video will load from YouTube when you press play.');
    expect(await buttonNames()).to.deep.equal(['Play video, Inclusion of Migrants with Irregular Status']);
    const button = (await axNodes()).find((n) => n.role === 'button') as {description?: string} | undefined;
    expect(button?.description).to.equal('The video will load from YouTube when you press play.');
    expect(text(el, '.play-text')).to.equal('Play video');
    await expect(el).to.be.accessible();
  });

  it('shows a poster of the page’s own behind the play button', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card
        heading="T"
        video="https://youtu.be/${YT}"
        poster="/test/fixtures/poster.svg"
      ></cm-webinar-card>`
    );
    const img = q<HTMLImageElement>(el, 'img[part=poster]')!;
    expect(img.getAttribute('src')).to.equal('/test/fixtures/poster.svg');
    expect(img.alt).to.equal('');
    await until(() => img.complete && img.naturalWidth > 0, 3000, 'the poster');
    expect(await videoHostRequested()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('refuses a poster served by the video host, with one warning', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card
        heading="T"
        video="https://youtu.be/${YT}"
        poster="https://i.ytimg.com/vi/${YT}/hqdefault.jpg"
      ></cm-webinar-card>`
    );
    expect(q(el, 'img')).to.equal(null);
    expect(urlsInPage(el).filter((u) => VIDEO_HOST.test(u))).to.deep.equal([]);
    expect(await videoHostRequested()).to.deep.equal([]);
    expect(consoleSpy.warnings()).to.have.length(1);
    expect(consoleSpy.warnings()[0]).to.match(
      /^<cm-webinar-card>: in webinar #1 of its attributes: ignored "poster" .*video host/
    );
  });

  it('replaces the facade with the no-cookie player on click, focuses it and says so', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card
        heading="Inclusion of Migrants"
        video="https://www.youtube.com/watch?v=${YT}&t=1m30s"
      ></cm-webinar-card>`
    );
    expect(player(el)).to.equal(null);
    const played = oneEvent(el, 'cm-play');
    playButton(el)!.click();
    const event = (await played) as CustomEvent<{host: string; id: string}>;
    expect(event.detail).to.deep.equal({host: 'youtube', id: YT});
    expect(event.bubbles && event.composed).to.be.true;
    await el.updateComplete;
    const iframe = player(el)!;
    const src = new URL(iframe.src);
    expect(src.origin).to.equal('https://www.youtube-nocookie.com');
    expect(src.pathname).to.equal(`/embed/${YT}`);
    expect(src.searchParams.get('autoplay')).to.equal('1');
    expect(src.searchParams.has('start')).to.equal(false);
    expect(src.searchParams.get('hl')).to.equal('en');
    expect(src.searchParams.get('cc_lang_pref')).to.equal('en');
    expect(src.searchParams.get('cc_load_policy')).to.equal('1');
    expect(iframe.title).to.equal('Inclusion of Migrants');
    expect(iframe.getAttribute('allow')!.split(/;\s*/).sort()).to.deep.equal([
      'autoplay',
      'encrypted-media',
      'fullscreen',
      'picture-in-picture',
    ]);
    expect(shadow(el).activeElement).to.equal(iframe);
    expect(playButton(el)).to.equal(null);
    expect(q(el, '[part=consent]')).to.equal(null);
    // The player fills the area the facade had: nothing below moves.
    expect(q(el, '[part=media]')!.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(iframe.getBoundingClientRect().height).to.equal(q(el, '[part=media]')!.getBoundingClientRect().height);
    expect(await buttonNames()).not.to.include('Play video, Inclusion of Migrants');
    await expect(el).to.be.accessible();
    // Now, and only now, the page asks the video host: its privacy-enhanced domain only.
    await until(() => videoHostRequests(testStart).length > 0, 10_000, 'the player request');
    for (const url of [...videoHostRequests(testStart), ...(await videoHostRequested())])
      expect(url).to.match(/^https:\/\/www\.youtube-nocookie\.com\/embed\//);
  });

  for (const key of ['Enter', 'Space']) {
    it(`plays from the keyboard with ${key}`, async () => {
      const el = await fixture<CmWebinarCard>(
        html`<cm-webinar-card heading="T" video="https://vimeo.com/76979871"></cm-webinar-card>`
      );
      playButton(el)!.focus();
      expect(shadow(el).activeElement).to.equal(playButton(el));
      await sendKeys({press: key});
      await until(() => !!player(el), 2000, 'the player');
      expect(new URL(player(el)!.src).origin).to.equal('https://player.vimeo.com');
      await until(() => shadow(el).activeElement === player(el), 1000, 'focus in the player');
    });
  }

  it('plays Vimeo with Do Not Track, the unlisted hash and captions in the page language', async () => {
    await setPageLang('fr-CA');
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card heading="T" video="https://vimeo.com/76979871/0a1b2c3d4e#t=75s"></cm-webinar-card>`
    );
    await until(
      () => text(el, '[part=consent]') === 'La vidéo sera chargée depuis Vimeo lorsque vous lancerez la lecture.',
      3000,
      'French consent'
    );
    expect(await videoHostRequested()).to.deep.equal([]);
    playButton(el)!.click();
    await el.updateComplete;
    const src = new URL(player(el)!.src);
    expect(`${src.origin}${src.pathname}`).to.equal('https://player.vimeo.com/video/76979871');
    expect(Object.fromEntries(src.searchParams)).to.deep.equal({
      h: '0a1b2c3d4e',
      dnt: '1',
      autoplay: '1',
      texttrack: 'fr',
    });
    // The start time in the pasted URL is not read: the player starts at the beginning.
    expect(src.hash).to.equal('');
  });

  it('embeds every YouTube and Vimeo URL form from its parsed id only', async () => {
    const forms: [string, string][] = [
      [`https://youtu.be/${YT}?si=abc`, `https://www.youtube-nocookie.com/embed/${YT}`],
      [`https://www.youtube.com/embed/${YT}?start=30`, `https://www.youtube-nocookie.com/embed/${YT}`],
      [`https://www.youtube.com/shorts/${YT}`, `https://www.youtube-nocookie.com/embed/${YT}`],
      [`https://www.youtube.com/live/${YT}?t=10`, `https://www.youtube-nocookie.com/embed/${YT}`],
      [`https://m.youtube.com/watch?v=${YT}&list=PL1&index=2`, `https://www.youtube-nocookie.com/embed/${YT}`],
      ['https://player.vimeo.com/video/76979871?h=0a1b2c3d4e', 'https://player.vimeo.com/video/76979871'],
      ['https://vimeo.com/channels/staffpicks/76979871', 'https://player.vimeo.com/video/76979871'],
    ];
    for (const [video, expected] of forms) {
      const el = await fixture<CmWebinarCard>(html`<cm-webinar-card heading="T" video=${video}></cm-webinar-card>`);
      playButton(el)!.click();
      await el.updateComplete;
      const src = new URL(player(el)!.src);
      expect(`${src.origin}${src.pathname}`, video).to.equal(expected);
      expect(src.searchParams.has('list') || src.searchParams.has('si'), video).to.be.false;
    }
  });

  it('shows a plain link, never a player, for any other video URL', async () => {
    for (const video of [
      'https://example.org/webinar.mp4',
      `https://www.youtube.com.evil.example/watch?v=${YT}`,
      `https://www.youtube.com/embed/${YT}%22onload=alert(1)`,
      '/videos/webinar',
    ]) {
      const el = await fixture<CmWebinarCard>(
        html`<cm-webinar-card heading="Webinar" video=${video}></cm-webinar-card>`
      );
      expect(playButton(el), video).to.equal(null);
      expect(player(el), video).to.equal(null);
      expect(q(el, '[part=consent]'), video).to.equal(null);
      const link = q<HTMLAnchorElement>(el, '[part=video-link]')!;
      expect(link.getAttribute('href'), video).to.equal(video);
      expect(link.textContent!.trim()).to.equal('Watch the video');
    }
    // One link per card, named with the title.
    expect(await linkNames()).to.deep.equal(Array(4).fill('Watch the video Webinar'));
  });

  it('keeps the player when the page language changes while it plays', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card heading="T" video="https://youtu.be/${YT}"></cm-webinar-card>`
    );
    playButton(el)!.click();
    await el.updateComplete;
    const iframe = player(el)!;
    const src = iframe.src;
    await setPageLang('fr');
    await until(() => text(el, '[part=kicker]') === 'Webinaire à la une', 3000, 'French');
    expect(player(el)).to.equal(iframe);
    expect(player(el)!.src).to.equal(src);
  });

  it('shows the facade again for a different video', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card heading="T" video="https://youtu.be/${YT}"></cm-webinar-card>`
    );
    playButton(el)!.click();
    await el.updateComplete;
    el.video = 'https://vimeo.com/76979871';
    await el.updateComplete;
    expect(player(el)).to.equal(null);
    expect(text(el, '[part=consent]')).to.contain('Vimeo');
  });
});

describe('<cm-webinar-card> dates and "Add to calendar"', () => {
  it('shows an upcoming webinar’s date, time and zone in the visitor’s locale', async () => {
    const el = await fixture<CmWebinarCard>(html`<cm-webinar-card .webinar=${UPCOMING}></cm-webinar-card>`);
    const date = new Date('2099-06-15T12:00:00Z');
    const zone = new Intl.DateTimeFormat('en', {timeZoneName: 'short'})
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')!.value;
    expect(text(el, '[part=badge]')).to.equal('Upcoming');
    const when = text(el, '[part=meta] time')!;
    expect(when).to.match(/^Monday, June 15, 2099 at \d{1,2}:00\s[AP]M /);
    expect(when.endsWith(zone)).to.be.true;
    expect(text(el, '[part=meta]')).to.contain('90 min');
  });

  it('formats the date and duration in French', async () => {
    await setPageLang('fr');
    const el = await fixture<CmWebinarCard>(html`<cm-webinar-card .webinar=${UPCOMING}></cm-webinar-card>`);
    await until(() => text(el, '[part=badge]') === 'À venir', 3000, 'French badge');
    expect(text(el, '[part=meta] time')).to.match(/^lundi 15 juin 2099 à \d{1,2}:00 \S+/);
    expect(text(el, '[part=meta]')).to.contain('90 min');
    expect(text(el, 'h3')).to.equal('Planifier des villes résilientes');
    expect(text(el, '[part=speakers] .label')).to.equal('Intervenants');
    expect(text(el, '[part=calendar-link]')).to.equal('Ajouter au calendrier');
    expect(text(el, '[part=link]')).to.equal('À propos de ce webinaire');
  });

  it('shows a date without a time as that calendar day, in every time zone', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card heading="T" href="/w" date="2099-06-15"></cm-webinar-card>`
    );
    expect(text(el, 'time')).to.equal('Monday, June 15, 2099');
  });

  it('offers an .ics file that a calendar reads: UID, times in UTC, summary, description, URL', async () => {
    const el = await fixture<CmWebinarCard>(html`<cm-webinar-card .webinar=${UPCOMING}></cm-webinar-card>`);
    const link = q<HTMLAnchorElement>(el, '[part=calendar-link]')!;
    expect(link.textContent!.trim()).to.equal('Add to calendar');
    expect(await linkNames()).to.include('Add to calendar Planning for Urban Resilience');
    expect(link.protocol).to.equal('blob:');
    expect(link.getAttribute('download')).to.equal('planning-for-urban-resilience.ics');
    const res = await fetch(link.href);
    expect(res.headers.get('content-type')).to.match(/^text\/calendar/);
    const ics = await res.text();
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const vevent = new ICAL.Event(event);
    expect(vevent.uid).to.match(/^urban-resilience-.+@/);
    expect(vevent.summary).to.equal('Planning for Urban Resilience');
    expect(vevent.startDate.toJSDate().toISOString()).to.equal('2099-06-15T12:00:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).to.equal('2099-06-15T13:30:00.000Z');
    expect(ics).to.contain('DTSTART:20990615T120000Z').and.contain('DTEND:20990615T133000Z');
    const url = new URL('/webinars/urban-resilience', document.baseURI).href;
    expect(event.getFirstPropertyValue('url')).to.equal(url);
    expect(vevent.description).to.equal(
      'Lessons from Toronto, for every city.\n\n' +
        'Speakers: Zhixi Zhuang, School of Urban and Regional Planning, Ryerson University; Stacy Harwood, University of Illinois\n\n' +
        url
    );
    expect(Date.now() - (event.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime()).to.be.within(
      0,
      60_000
    );
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    await expect(el).to.be.accessible();
  });

  it('writes the calendar entry in French on a French page', async () => {
    await setPageLang('fr');
    const el = await fixture<CmWebinarCard>(html`<cm-webinar-card .webinar=${UPCOMING}></cm-webinar-card>`);
    await until(() => text(el, '[part=calendar-link]') === 'Ajouter au calendrier', 3000, 'French');
    const link = q<HTMLAnchorElement>(el, '[part=calendar-link]')!;
    const vevent = new ICAL.Event(
      new ICAL.Component(ICAL.parse(await (await fetch(link.href)).text())).getFirstSubcomponent('vevent')!
    );
    expect(vevent.summary).to.equal('Planifier des villes résilientes');
    expect(vevent.description).to.contain('Intervenants\u00a0: Zhixi Zhuang, École d’urbanisme, Ryerson University');
    expect(link.getAttribute('download')).to.equal('planifier-des-villes-resilientes.ics');
  });

  it('still offers a working file after the card is moved in the page', async () => {
    const el = await fixture<CmWebinarCard>(html`<cm-webinar-card .webinar=${UPCOMING}></cm-webinar-card>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    const res = await fetch(q<HTMLAnchorElement>(el, '[part=calendar-link]')!.href);
    expect(await res.text()).to.contain('BEGIN:VCALENDAR');
  });

  it('decides upcoming or past when it renders', async () => {
    const clock = sinon.useFakeTimers({now: new Date('2099-06-15T11:00:00Z'), toFake: ['Date']});
    try {
      const el = await fixture<CmWebinarCard>(html`<cm-webinar-card .webinar=${UPCOMING}></cm-webinar-card>`);
      expect(text(el, '[part=badge]')).to.equal('Upcoming');
      expect(q(el, '[part=calendar-link]')).to.exist;
      clock.setSystemTime(new Date('2099-06-15T13:31:00Z'));
      el.requestUpdate();
      await el.updateComplete;
      expect(q(el, '[part=badge]')).to.equal(null);
      expect(q(el, '[part=calendar-link]')).to.equal(null);
      expect(text(el, '[part=meta] time')).to.match(/June 15, 2099/);
    } finally {
      clock.restore();
    }
  });

  it('shows a past webinar’s date without the badge or the calendar', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card .webinar=${{...UPCOMING, date: '2019-04-10T15:00:00Z'}}></cm-webinar-card>`
    );
    expect(text(el, '[part=meta] time')).to.match(/^Wednesday, April 10, 2019 at/);
    expect(q(el, '[part=badge]')).to.equal(null);
    expect(q(el, '[part=calendar-link]')).to.equal(null);
    expect(await linkNames()).to.deep.equal(['About this webinar Planning for Urban Resilience']);
  });

  it('warns when the date has no time zone offset', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card heading="T" href="/w" date="2099-06-15T12:00"></cm-webinar-card>`
    );
    expect(q(el, 'time')).to.exist;
    expect(consoleSpy.warnings()).to.have.length(1);
    expect(consoleSpy.warnings()[0]).to.contain('no time zone offset');
  });
});

describe('<cm-webinar-card> from the webinar property', () => {
  it('takes precedence over attributes and follows the page language', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card heading="From attribute" href="/a"></cm-webinar-card>`
    );
    el.webinar = {...UPCOMING, video: `https://youtu.be/${YT}`};
    await el.updateComplete;
    expect(text(el, 'h3')).to.equal('Planning for Urban Resilience');
    expect(await buttonNames()).to.deep.equal(['Play video, Planning for Urban Resilience']);
    await setPageLang('fr');
    await until(() => text(el, '[part=kicker]') === 'Webinaire à la une', 3000, 'French kicker');
    expect(text(el, 'h3')).to.equal('Planifier des villes résilientes');
    expect(await buttonNames()).to.deep.equal(['Lire la vidéo, Planifier des villes résilientes']);
    expect(text(el, '.play-text')).to.equal('Lire la vidéo');
    playButton(el)!.click();
    await el.updateComplete;
    const src = new URL(player(el)!.src);
    expect(src.searchParams.get('hl')).to.equal('fr');
    expect(src.searchParams.get('cc_lang_pref')).to.equal('fr');
    expect(player(el)!.title).to.equal('Planifier des villes résilientes');
  });

  it('lets the kind attribute override the kind of the item', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card kind="archive" .webinar=${UPCOMING}></cm-webinar-card>`
    );
    expect(text(el, '[part=kicker]')).to.equal('Archived Videos');
    expect(text(el, '[part=link]')).to.equal('Browse the archive');
  });
});

describe('<cm-webinar-card> from a feed', () => {
  it('shows the first webinar of the webinars key, then the one named by webinar-id', async () => {
    const el = await settled(
      await fixture<CmWebinarCard>(html`<cm-webinar-card src="/test/fixtures/webinars.json"></cm-webinar-card>`)
    );
    expect(text(el, 'h3')).to.equal('Planning for Urban Resilience and Inclusive Cities: Lessons from Toronto');
    expect(text(el, '[part=kicker]')).to.equal('Featured Webinar');
    el.webinarId = 'irregular-status';
    await until(
      () => text(el, 'h3') === 'Inclusion of Migrants with Irregular Status: a Role for Cities',
      3000,
      'webinar-id'
    );
    expect(text(el, '[part=kicker]')).to.equal('Webinar Video');
    expect(q(el, 'img[part=poster]')!.getAttribute('src')).to.equal('/test/fixtures/poster.svg');
    expect(q(el, '[part=calendar-link]')).to.equal(null);
    expect(await videoHostRequested()).to.deep.equal([]);
    await expect(el).to.be.accessible();
    playButton(el)!.click();
    await el.updateComplete;
    expect(new URL(player(el)!.src).searchParams.has('start')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('reads the demo content in French', async () => {
    await setPageLang('fr');
    const el = await settled(
      await fixture<CmWebinarCard>(
        html`<cm-webinar-card src="/test/fixtures/webinars.json" webinar-id="archive"></cm-webinar-card>`
      )
    );
    await until(() => text(el, '[part=kicker]') === 'Vidéos archivées', 3000, 'French kicker');
    expect(text(el, 'h3')).to.equal('Vidéos des webinaires passés');
    expect(text(el, '[part=link]')).to.equal('Parcourir les archives');
  });

  it('skips bad items with one warning each and keeps hostile fields inert', async () => {
    const el = await settled(
      await fixture<CmWebinarCard>(html`<cm-webinar-card src="/test/fixtures/webinars-hostile.json"></cm-webinar-card>`)
    );
    expect(text(el, 'h3')).to.equal('Safe title & more');
    expect(text(el, '[part=summary]')).to.equal('First Second <b>');
    expect(text(el, '[part=speaker]')).to.equal('Eve, Spy');
    expect(shadow(el).querySelectorAll('img, script, b, i, iframe, button')).to.have.length(0);
    for (const node of shadow(el).querySelectorAll('[href], [src]')) {
      const url = node.getAttribute('href') ?? node.getAttribute('src')!;
      expect(url).to.match(/^(https?:|\/|blob:)/);
    }
    const warnings = consoleSpy.warnings();
    for (const w of warnings) expect(w).to.match(/^<cm-webinar-card>: .*"\/test\/fixtures\/webinars-hostile.json"/);
    const all = warnings.join('\n');
    expect(all).to.contain('webinar #1').and.contain('"url"').and.contain('"video"').and.contain('"poster"');
    expect(all).to.contain('webinar #6').and.contain('"date" "next tuesday"').and.contain('"durationMinutes" -5');
    expect(all).to.contain('"speakers"').and.contain('"kind" "live"');
    expect(all)
      .to.match(/skipped webinar #7 of .*: "title" is missing/)
      .and.contain('skipped webinar #8');
    expectInert(el);
  });

  it('never makes a player or a video-host request from a hostile item', async () => {
    for (const id of ['lookalike', 'userinfo', 'bad-id', 'thumbnail-poster', 'bad-fields']) {
      const el = await settled(
        await fixture<CmWebinarCard>(
          html`<cm-webinar-card src="/test/fixtures/webinars-hostile.json" webinar-id=${id}></cm-webinar-card>`
        )
      );
      expect(player(el), id).to.equal(null);
      expect(q(el, 'img'), id).to.equal(null);
      if (id === 'thumbnail-poster') {
        playButton(el)!.click();
        await el.updateComplete;
        expect(new URL(player(el)!.src).origin).to.equal('https://www.youtube-nocookie.com');
      } else {
        expect(playButton(el), id).to.equal(null);
      }
    }
    expect(
      (await videoHostRequested()).filter((u) => !u.startsWith('https://www.youtube-nocookie.com/'))
    ).to.deep.equal([]);
  });
});

describe('<cm-webinar-card> from its HTML children', () => {
  it('reads the heading, summary, links, poster, date and speakers a webmaster wrote', async () => {
    const el = await fixture<CmWebinarCard>(
      html`<cm-webinar-card kind="video">
        <h3>Inclusion of Migrants with Irregular Status</h3>
        <p>Sarah Spencer and Jan Braat explore the C-MISE findings.</p>
        <p><a href="https://www.youtube.com/watch?v=${YT}">Watch on YouTube</a></p>
        <p><a href="/webinars/irregular">About the webinar</a></p>
        <p><time datetime="2019-04-10T15:00:00Z">April 10, 2019</time></p>
        <ul>
          <li>Sarah Spencer</li>
          <li>Jan Braat</li>
        </ul>
        <img src="/test/fixtures/poster.svg" alt="" />
      </cm-webinar-card>`
    );
    expect(text(el, '[part=kicker]')).to.equal('Webinar Video');
    expect(text(el, 'h3')).to.equal('Inclusion of Migrants with Irregular Status');
    expect(text(el, '[part=summary]')).to.contain('C-MISE');
    expect(q(el, '[part=link]')!.getAttribute('href')).to.equal('/webinars/irregular');
    expect(q(el, 'img[part=poster]')!.getAttribute('src')).to.equal('/test/fixtures/poster.svg');
    expect(text(el, '[part=meta] time')).to.match(/April 10, 2019/);
    expect([...shadow(el).querySelectorAll('[part=speaker]')].map((s) => s.textContent!.trim())).to.deep.equal([
      'Sarah Spencer',
      'Jan Braat',
    ]);
    expect(await buttonNames()).to.deep.equal(['Play video, Inclusion of Migrants with Irregular Status']);
    // The children stay in the page (for search engines) but are not shown twice.
    expect(el.querySelector('h3')!.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
  });
});

describe('<cm-webinar-card> without content', () => {
  it('renders nothing and says in the console what is missing', async () => {
    const el = await fixture<CmWebinarCard>(html`<cm-webinar-card scr="/typo.json"></cm-webinar-card>`);
    await until(() => consoleSpy.warnings().length > 0, 3000, 'the warning');
    expect(shadow(el).children).to.have.length(0);
    expect(consoleSpy.warnings()).to.have.length(1);
    expect(consoleSpy.warnings()[0]).to.match(/<cm-webinar-card>: no content/);
  });
});

runFeedContract({
  tag: 'cm-webinar-card',
  kind: 'webinars',
  feed: {file: 'webinars.json', shows: 'Planning for Urban Resilience and Inclusive Cities: Lessons from Toronto'},
  contractShows: 'Welcoming cities, in practice',
  itemId: {
    attribute: 'webinar-id',
    id: 'irregular-status',
    shows: 'Inclusion of Migrants with Irregular Status: a Role for Cities',
  },
  name: {en: 'Featured Webinar', fr: 'Webinaire à la une'},
  minLoadingHeight: 200,
});
