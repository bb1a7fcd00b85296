import {msg, str} from '@lit/localize';
import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {FeedError} from '../content/feed.js';
import {normalizeWebinar, WEBINAR_KINDS} from '../content/normalize.js';
import type {Speaker, Webinar, WebinarKind} from '../content/types.js';
import {safeUrl} from '../content/url.js';
import {ContentController, type LocalItems} from '../controllers/content.js';
import {CmElement, type Text} from '../internal/cm-element.js';
import {define} from '../internal/define.js';
import {summaryParagraph} from '../internal/light-dom.js';
import {separator} from '../localization/punctuation.js';
import {cardStyles} from '../styles/card.styles.js';
import {fire} from '../internal/events.js';
import {buildIcs} from './ics.js';
import {embedUrl, HOST_NAMES, isVideoHostUrl, parseVideo, type VideoRef} from './video.js';
import {webinarCardStyles} from './webinar-card.styles.js';

const DEFAULT_KIND: WebinarKind = 'featured';
/** Assumed length of a timed webinar without `duration`, for its calendar entry and "upcoming". */
const DEFAULT_MINUTES = 60;
const DAY = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_OFFSET = /(?:z|[+-]\d{2}(?::?\d{2})?)$/i;
// Only what playback needs: no camera, microphone, sensors, clipboard or payment.
const PLAYER_ALLOW = 'autoplay; encrypted-media; fullscreen; picture-in-picture';

/** Reads a webinar from the HTML a webmaster wrote inside the element. */
function webinarFromChildren(host: CmWebinarCard): unknown[] {
  const heading = host.querySelector('h1, h2, h3, h4, h5, h6');
  const links = [...host.querySelectorAll('a[href]')];
  const videoLink = links.find((a) => parseVideo(safeUrl(a.getAttribute('href'))));
  const iframe = host.querySelector('iframe[src]');
  if (iframe && isVideoHostUrl(iframe.getAttribute('src')!)) {
    // Already loaded by the parser, with the host's cookies: too late for the facade.
    host.warn('an <iframe> among its HTML children loads the video host before the visitor asks; write a link to the video instead.');
  }
  const video = videoLink?.getAttribute('href') ?? iframe?.getAttribute('src');
  const link = links.find((a) => a !== videoLink);
  if (!heading && !link && !video) return [];
  const summary = summaryParagraph(host);
  const speakers = [...host.querySelectorAll('li')].map((li) => li.textContent);
  return [
    {
      title: heading?.textContent ?? link?.textContent ?? videoLink?.textContent,
      url: link?.getAttribute('href'),
      summary: summary?.textContent,
      video,
      poster: host.querySelector('img')?.getAttribute('src'),
      date: host.querySelector('time[datetime]')?.getAttribute('datetime'),
      speakers: speakers.length ? speakers : undefined,
    },
  ];
}

/** A short, stable, language-independent hash (FNV-1a) for calendar UIDs. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** An ASCII file name from a title: `planning-for-urban-resilience.ics`. */
function fileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'webinar'}.ics`;
}

const videoKey = (ref: VideoRef) => `${ref.host}:${ref.id}:${ref.hash ?? ''}:${ref.start ?? 0}`;

interface When {
  iso: string;
  start: Date;
  end: Date;
  allDay: boolean;
  upcoming: boolean;
}

// Intl.DurationFormat (Chromium 129+, Safari 16.4+, Firefox 136+) is not in TypeScript's lib yet.
type DurationFormatCtor = new (
  locale: string,
  options: {style: 'long'}
) => {format(d: {hours?: number; minutes?: number}): string};

/**
 * A webinar, a webinar recording or the archive of past webinars: kicker, title, date and
 * time in the visitor's time zone, duration, summary, speakers, and for a video a
 * privacy-first player facade — nothing is requested from YouTube or Vimeo until the
 * visitor presses play. An upcoming webinar offers an "Add to calendar" (.ics) link.
 *
 * @tagname cm-webinar-card
 * @summary A webinar or webinar video card with a privacy-first video facade and "Add to calendar".
 *
 * HTML children (a heading, a paragraph, a link to the webinar page, a link to the
 * YouTube or Vimeo video, an image as poster, a `<time datetime>`, a list of speakers) are
 * what visitors see before and without JavaScript; they are read as the webinar when no
 * other content is given, and stay in the page, undisplayed, once the card renders.
 * Write a link to the video there, not an `<iframe>`: an iframe loads the video host at once.
 *
 * @csspart card - The card (`article`).
 * @csspart media - The video area: the facade, then the player.
 * @csspart poster - The poster image, or the neutral placeholder when there is none.
 * @csspart play-button - The button that loads and starts the video.
 * @csspart consent - The line saying which host the video will load from.
 * @csspart player - The video player (`iframe`), once the visitor has pressed play.
 * @csspart kicker - The line above the title ("Featured Webinar").
 * @csspart heading - The title.
 * @csspart meta - Date, time and duration.
 * @csspart badge - The "Upcoming" label.
 * @csspart summary - The summary.
 * @csspart speakers - The speakers block.
 * @csspart speaker - One speaker (`li`).
 * @csspart actions - The row of links under the card's text.
 * @csspart calendar-link - The "Add to calendar" link (upcoming webinars).
 * @csspart video-link - The link out to a video that cannot be embedded.
 * @csspart link - The link to the webinar's page, or to the archive.
 * @csspart loading - The placeholder shown while the feed loads.
 * @csspart error - The message shown when the content cannot be shown.
 * @csspart retry-button - The Retry button of the error message.
 *
 * @cssprop [--cm-font-family=inherit] - Font of the card.
 * @cssprop [--cm-color-text=inherit] - Text colour.
 * @cssprop [--cm-color-muted=currentColor at 72 %] - Colour of the date, roles and consent line.
 * @cssprop [--cm-color-accent=#a3341a] - Kicker, links, play button and the focus ring.
 * @cssprop [--cm-color-surface=transparent] - Card background.
 * @cssprop [--cm-color-border=currentColor at 22 %] - Card border.
 * @cssprop [--cm-radius=0.5rem] - Corner radius.
 * @cssprop [--cm-space=1rem] - Inner spacing.
 * @cssprop [--cm-focus-ring=3px solid accent] - Outline of focused controls.
 *
 * @fires {CustomEvent<{error: Error, src: string}>} cm-error - The feed could not be loaded or used.
 * @fires {CustomEvent<{host: 'youtube' | 'vimeo', id: string}>} cm-play - The visitor pressed play: the player is loading from the video host.
 */
export class CmWebinarCard extends CmElement {
  static override styles = [...CmElement.styles, cardStyles, webinarCardStyles];

  private readonly content = new ContentController<Webinar>(this, {
    kind: 'webinars',
    noun: 'webinar',
    normalize: normalizeWebinar,
    local: () =>
      this.webinar ? {items: [this.webinar], source: 'the "webinar" property'} : this.attributeItems(),
    src: () => this.src,
    lightDom: () => webinarFromChildren(this),
    selectArgs: () => [this.webinarId],
    select: (webinars, src) => {
      const found = this.webinarId ? webinars.filter((w) => w.id === this.webinarId) : webinars;
      if (!found.length) {
        throw new FeedError(
          'not-found',
          src,
          this.webinarId ? `no webinar with id "${this.webinarId}"` : 'the feed has no webinar'
        );
      }
      return found.slice(0, 1);
    },
    timeout: () => this.timeout,
    hint: 'set src, the heading and href (or video) attributes, the webinar property, or HTML children',
  });

  private attributeKey?: string;
  private attributeLocal?: LocalItems;
  private calendar?: {key: string; url: string};
  private focusPlayer = false;

  /** The video the visitor started, and the player URL made at that moment. */
  @state() private playing?: {key: string; src: string};

  /** The webinar to show; takes precedence over every attribute. */
  @property({attribute: false}) webinar?: Webinar;

  /** Title of the webinar (with `href` or `video`, the plain-attribute way to give one). */
  @property() heading?: string;

  /** Short summary; markup is shown as text. */
  @property() summary?: string;

  /** Link to the webinar's page (for `kind="archive"`, the archive page): http(s) or relative. */
  @property() href?: string;

  /**
   * `featured` ("Featured Webinar", the default), `video` ("Webinar Video") or `archive`
   * ("Archived Videos"). Overrides the kind of the webinar property or feed item.
   */
  @property() kind?: WebinarKind;

  /** YouTube or Vimeo URL of the video; any other http(s) URL becomes a plain link. */
  @property() video?: string;

  /** Image shown behind the play button, from your own site (never the video host's thumbnail). */
  @property() poster?: string;

  /** Start of the webinar, ISO 8601 with offset: `2031-01-15T17:00:00-05:00`. */
  @property() date?: string;

  /** Length in minutes. */
  @property({type: Number}) duration?: number;

  /** Speakers as JSON: `[{"name": "…", "role": "…", "organization": "…"}]`. */
  @property() speakers?: string | Speaker[];

  /** URL of a JSON feed (a webinars array, or an object with a `webinars` key). */
  @property() src?: string;

  /** `id` of the webinar to show from the feed; the first webinar when absent. */
  @property({attribute: 'webinar-id'}) webinarId?: string;

  /** Milliseconds to wait for the feed before showing an error (default 10000). */
  @property({type: Number}) timeout?: number;

  override connectedCallback() {
    super.connectedCallback();
    // The calendar file was released on disconnect: render a fresh one.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.releaseCalendar();
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (this.focusPlayer) {
      this.focusPlayer = false;
      this.renderRoot.querySelector<HTMLIFrameElement>('iframe')?.focus();
    }
  }

  /** The attributes as one raw webinar, rebuilt only when one of them changes. */
  private attributeItems(): LocalItems | undefined {
    if (this.heading == null && this.href == null && this.video == null) return undefined;
    // The property (the latest value, set by code or by the attribute); the attribute's
    // own text only to quote it in a warning when it is not a number.
    const duration = Number.isNaN(this.duration) ? this.getAttribute('duration') : this.duration;
    const key = JSON.stringify([
      this.heading, this.summary, this.href, this.video, this.poster, this.date, duration, this.speakers,
    ]);
    if (key !== this.attributeKey || !this.attributeLocal) {
      this.attributeKey = key;
      this.attributeLocal = {
        items: [
          {
            title: this.heading,
            summary: this.summary,
            url: this.href,
            video: this.video,
            poster: this.poster,
            date: this.date,
            durationMinutes: duration,
            speakers: this.parsedSpeakers(),
          },
        ],
        source: 'its attributes',
        rename: {title: 'heading', url: 'href', durationMinutes: 'duration'},
      };
    }
    return this.attributeLocal;
  }

  private parsedSpeakers(): unknown {
    // Apps (React props, el.speakers = […]) may give the list itself rather than JSON.
    if (typeof this.speakers !== 'string') return this.speakers;
    if (this.speakers.trim() === '') return undefined;
    try {
      return JSON.parse(this.speakers);
    } catch {
      const shown = this.speakers.length > 60 ? `${this.speakers.slice(0, 60)}…` : this.speakers;
      this.warn(`ignored speakers='${shown}': not valid JSON; write [{"name": "…", "role": "…", "organization": "…"}].`);
      return undefined;
    }
  }

  private kindOf(webinar: Webinar): WebinarKind {
    const fallback = webinar.kind ?? DEFAULT_KIND;
    if (this.kind == null) return fallback;
    if (WEBINAR_KINDS.includes(this.kind as WebinarKind)) return this.kind as WebinarKind;
    this.warn(`ignored kind="${this.kind}": use ${WEBINAR_KINDS.join(', ')}; using ${fallback}.`);
    return fallback;
  }

  /** A poster from the video host would reach it before the visitor asks: refused. */
  private posterOf(webinar: Webinar): string | undefined {
    const poster = webinar.poster;
    if (poster && isVideoHostUrl(poster, document.baseURI)) {
      this.warn(`ignored the poster "${poster}": it is served by the video host, which would then see every visitor before they press play; use an image from your own site.`);
      return undefined;
    }
    return poster;
  }

  private when(webinar: Webinar): When | undefined {
    const iso = webinar.date;
    if (!iso) return undefined;
    const allDay = DATE_ONLY.test(iso);
    if (!allDay && !HAS_OFFSET.test(iso)) {
      this.warn(`the date "${iso}" has no time zone offset (such as Z or -05:00), so each visitor's browser reads it in their own time zone.`);
    }
    const start = new Date(iso);
    const minutes = webinar.durationMinutes || DEFAULT_MINUTES;
    const end = allDay ? new Date(start.getTime() + DAY) : new Date(start.getTime() + minutes * 60_000);
    // Decided at each render: a card left open past the end stops offering the calendar on its next update.
    return {iso, start, end, allDay, upcoming: Date.now() < end.getTime()};
  }

  private formatWhen(when: When): string {
    // A bare date is a calendar day, not UTC midnight: show that day everywhere.
    return when.allDay
      ? this.formatDate(when.iso, {dateStyle: 'full', timeZone: 'UTC'})
      : this.formatDate(when.iso, {
          weekday: 'long',
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          hour: 'numeric',
          minute: '2-digit',
          timeZoneName: 'short',
        });
  }

  private formatDuration(minutes: number): string {
    const lang = this.locale.lang;
    const hours = Math.floor(minutes / 60);
    const rest = Math.round(minutes % 60);
    const DurationFormat = (Intl as unknown as {DurationFormat?: DurationFormatCtor}).DurationFormat;
    for (const locale of [lang, 'en']) {
      try {
        if (DurationFormat) return new DurationFormat(locale, {style: 'long'}).format({hours, minutes: rest});
        return new Intl.NumberFormat(locale, {style: 'unit', unit: 'minute', unitDisplay: 'long'}).format(Math.round(minutes));
      } catch {
        // An invalid page language tag: try English.
      }
    }
    return `${Math.round(minutes)} min`;
  }

  private speakerLine(speaker: Speaker, lang?: string): string {
    return [speaker.name, speaker.role, speaker.organization]
      .map((t) => this.tr(t, lang)?.text)
      .filter(Boolean)
      .join(', ');
  }

  /**
   * The `.ics` file as a `blob:` URL. The file is ours, not content, so the http(s)-only
   * rule for content URLs does not apply; a blob URL needs no inline script and passes a
   * strict Content-Security-Policy. Made again only when its content changes.
   */
  private calendarUrl(webinar: Webinar, when: When, title: string, summary?: string): string {
    const url = webinar.url ? new URL(webinar.url, document.baseURI).href : undefined;
    const speakers = (webinar.speakers ?? []).map((s) => this.speakerLine(s, webinar.lang));
    const description = [
      summary,
      speakers.length ? msg(str`Speakers: ${speakers.join('; ')}`, {desc: 'Line of the calendar entry listing the speakers.'}) : undefined,
      url,
    ]
      .filter(Boolean)
      .join('\n\n');
    const uid = `${webinar.id ?? hash(JSON.stringify(webinar.title))}-${when.start.getTime().toString(36)}@${location.hostname || 'cm-widgets'}`;
    const event = {uid, title, description, url, start: when.start, end: when.end, allDay: when.allDay};
    const key = JSON.stringify(event);
    if (this.calendar?.key !== key) {
      this.releaseCalendar();
      const blob = new Blob([buildIcs(event)], {type: 'text/calendar;charset=utf-8'});
      this.calendar = {key, url: URL.createObjectURL(blob)};
    }
    return this.calendar.url;
  }

  private releaseCalendar() {
    if (this.calendar) URL.revokeObjectURL(this.calendar.url);
    this.calendar = undefined;
  }

  private handlePlay(ref: VideoRef) {
    this.playing = {key: videoKey(ref), src: embedUrl(ref, this.locale.lang)};
    // WCAG 2.4.3: the button the visitor pressed is gone; keep them where the video is.
    this.focusPlayer = true;
    fire(this, 'cm-play', {host: ref.host, id: ref.id});
  }

  private renderMedia(ref: VideoRef, title: Text, poster?: string) {
    // The player URL was fixed when the visitor pressed play: a later language switch must
    // not reload the video under them.
    if (this.playing?.key === videoKey(ref)) {
      return html`<div part="media" class="media">
        <iframe
          part="player"
          class="player"
          src=${this.playing.src}
          title=${title.text}
          lang=${ifDefined(title.lang)}
          allow=${PLAYER_ALLOW}
          referrerpolicy="strict-origin-when-cross-origin"
        ></iframe>
      </div>`;
    }
    const host = HOST_NAMES[ref.host];
    return html`<div part="media" class="media facade">
        ${poster
          ? html`<img part="poster" class="poster" src=${poster} alt="" loading="lazy" decoding="async" />`
          : html`<div part="poster" class="poster placeholder"></div>`}
        <button
          type="button"
          part="play-button"
          class="play"
          aria-label=${msg(str`Play video: ${title.text}`, {desc: 'Accessible name of the play button; the webinar title follows.'})}
          aria-describedby="consent"
          @click=${() => this.handlePlay(ref)}
        >
          <span class="play-icon" aria-hidden="true"
            ><svg viewBox="0 0 24 24" focusable="false"><path d="M8 5.5v13l10.5-6.5z" /></svg></span
          ><span class="play-text">${msg('Play video', {desc: 'Visible text of the play button.'})}</span>
        </button>
      </div>
      <p part="consent" class="consent" id="consent">
        ${msg(str`The video will load from ${host} when you press play.`, {
          desc: 'Informed consent: says which company the video player comes from. The host name (YouTube, Vimeo) follows.',
        })}
      </p>`;
  }

  private renderWebinar(webinar: Webinar) {
    const lang = webinar.lang;
    const title = this.tr(webinar.title, lang)!;
    const summary = this.tr(webinar.summary, lang);
    const kind = this.kindOf(webinar);
    const kicker = {
      featured: () => msg('Featured Webinar'),
      video: () => msg('Webinar Video'),
      archive: () => msg('Archived Videos'),
    }[kind]();
    const ref = parseVideo(webinar.video);
    const when = this.when(webinar);
    const minutes = webinar.durationMinutes;
    const speakers = webinar.speakers ?? [];
    const calendar = when?.upcoming ? this.calendarUrl(webinar, when, title.text, summary?.text) : undefined;
    return html`<article part="card" class="card ${kind} ${ref ? 'has-media' : ''}">
      ${ref ? this.renderMedia(ref, title, this.posterOf(webinar)) : nothing}
      <div class="body">
        <p part="kicker" class="kicker">${kicker}</p>
        ${this.renderHeading(title)}
        ${when || minutes
          ? html`<p part="meta" class="meta">
              ${when?.upcoming
                ? html`<span part="badge" class="badge">${msg('Upcoming', {desc: 'Label of a webinar that has not taken place yet.'})}</span>`
                : nothing}
              ${when ? html`<time datetime=${when.iso}>${this.formatWhen(when)}</time>` : nothing}
              ${when && minutes ? html`<span aria-hidden="true"> · </span>` : nothing}
              ${minutes
                ? html`<time datetime=${`PT${Math.round(minutes)}M`}>${this.formatDuration(minutes)}</time>`
                : nothing}
            </p>`
          : nothing}
        ${summary
          ? html`<p part="summary" class="summary" lang=${ifDefined(summary.lang)} dir=${ifDefined(summary.dir)}>${summary.text}</p>`
          : nothing}
        ${speakers.length ? this.renderSpeakers(speakers, lang) : nothing}
        ${calendar || (webinar.video && !ref) || webinar.url
          ? html`<div part="actions" class="actions">
              ${calendar
                ? html`<a
                    part="calendar-link"
                    class="button"
                    id="calendar"
                    href=${calendar}
                    download=${fileName(title.text)}
                    type="text/calendar"
                    aria-labelledby="calendar title"
                    >${msg('Add to calendar')}</a
                  >`
                : nothing}
              ${webinar.video && !ref
                ? html`<a part="video-link" class="button" id="video-link" href=${webinar.video} aria-labelledby="video-link title"
                    >${msg('Watch the video', {desc: 'Link to a video on a site the card cannot embed.'})}</a
                  >`
                : nothing}
              ${webinar.url
                ? html`<a part="link" class="more" id="link" href=${webinar.url} aria-labelledby="link title"
                    >${kind === 'archive'
                      ? msg('Browse the archive', {desc: 'Link to the page of past webinar videos.'})
                      : msg('About this webinar', {desc: "Link to the webinar's page."})}</a
                  >`
                : nothing}
            </div>`
          : nothing}
      </div>
    </article>`;
  }

  /**
   * "Speaker" or "Speakers". A label without a number agrees with how many there are —
   * singular, dual (Arabic "المتحدثان"), plural — not with a number's plural category
   * (in Russian, "one" also covers 21), so it is chosen by the number itself.
   */
  private speakersLabel(n: number) {
    if (n === 1) return msg('Speaker', {id: 'speakers-label-one', desc: 'Label of one speaker.'});
    if (n === 2) return msg('Speakers', {id: 'speakers-label-two', desc: 'Label of two speakers (Arabic: dual).'});
    return msg('Speakers', {id: 'speakers-label-other', desc: 'Label of 3 speakers or more.'});
  }

  private renderSpeakers(speakers: Speaker[], lang?: string) {
    return html`<div part="speakers" class="speakers">
      <p class="label" id="speakers-label">
        ${this.speakersLabel(speakers.length)}
      </p>
      <ul aria-labelledby="speakers-label">
        ${speakers.map((s) => {
          const name = this.tr(s.name, lang)!;
          const affiliation = [this.tr(s.role, lang), this.tr(s.organization, lang)].filter(
            (t): t is Text => !!t
          );
          return html`<li part="speaker">
            <span class="name" lang=${ifDefined(name.lang)} dir=${ifDefined(name.dir)}>${name.text}</span>${affiliation.length
              ? html`<span class="visually-hidden">${separator()}</span
                  ><span class="affiliation"
                    >${affiliation.map(
                      (t, i) => html`${i ? separator() : nothing}<span lang=${ifDefined(t.lang)} dir=${ifDefined(t.dir)}>${t.text}</span>`
                    )}</span
                  >`
              : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderLoading() {
    return html`<div class="skeleton-card">
      <span class="skeleton media-skeleton"></span><span class="skeleton"></span
      ><span class="skeleton"></span><span class="skeleton"></span>
    </div>`;
  }

  override render() {
    return this.content.render({
      complete: ([webinar]) => this.renderWebinar(webinar),
      loading: () => this.renderLoading(),
    });
  }
}

define('cm-webinar-card', CmWebinarCard);

declare global {
  interface HTMLElementTagNameMap {
    'cm-webinar-card': CmWebinarCard;
  }
}
