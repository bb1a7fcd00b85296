import {msg, str} from '@lit/localize';
import {html, isServer, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {slug} from '../content/fold.js';
import {WEBINAR_KINDS, WEBINARS} from '../content/normalize.js';
import {readWebinar} from '../content/readers.js';
import type {Speaker, Webinar, WebinarKind} from '../content/types.js';
import {embedUrl, HOST_NAMES, parseVideo, type VideoRef} from '../content/video.js';
import {ContentController, jsonListConverter, listInput, type BadInput} from '../controllers/content.js';
import type {Text} from '../controllers/locale.js';
import {CmElement} from '../internal/cm-element.js';
import {define} from '../internal/define.js';
import {warn} from '../internal/diagnostics.js';
import {fire} from '../internal/events.js';
import {textParagraph, textSpan} from '../internal/text.js';
import {separator} from '../localization/punctuation.js';
import {cardStyles} from '../styles/card.styles.js';
import {calendarEvent, webinarTimes} from './calendar.js';
import {buildIcs, type CalendarEvent} from './ics.js';
import {webinarCardStyles} from './webinar-card.styles.js';

const playVideo = () => msg('Play video', {desc: 'Visible text of the play button; its name starts with it.'});

/** The kicker of a webinar of this kind. */
const kindName = (kind: WebinarKind | undefined) =>
  kind === 'video' ? msg('Webinar Video') : kind === 'archive' ? msg('Archived Videos') : msg('Featured Webinar');

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

export class CmWebinarCard extends CmElement<Webinar> {
  static override styles = [...CmElement.styles, cardStyles, webinarCardStyles];

  protected readonly content = new ContentController<Webinar>(this, {
    type: WEBINARS,
    local: () => {
      if (this.webinar) return {items: [this.webinar], source: {label: 'the "webinar" property'}};
      if ((this.heading ?? this.href ?? this.video) == null) return undefined;
      const {heading: title, summary, href: url, video, poster, date} = this;
      return {
        items: [
          {
            title,
            summary,
            url,
            video,
            poster,
            date,
            // The attribute's own text, to quote it in the warning, when it is not a number.
            durationMinutes: Number.isNaN(this.duration) ? this.getAttribute('duration') : this.duration,
            speakers: this.#speakerList(),
          },
        ],
        source: {label: 'its attributes', names: {title: 'heading', url: 'href', durationMinutes: 'duration'}},
      };
    },
    src: () => this.src,
    read: readWebinar,
    id: () => this.webinarId,
    timeout: () => this.timeout,
    hint: 'set heading, src or the webinar property, or write HTML children',
  });

  /** The `.ics` file's blob: URL, and the event it was made from. */
  #calendar?: [key: string, url: string];
  /** The `speakers` JSON an app set as a string property, and the list it gave. */
  #speakersJson?: [json: string, list: ReturnType<typeof jsonListConverter>];

  /** The video the visitor started, and the player URL made at that moment. */
  @state() private playing?: [video: string, src: string];

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

  /** Speakers; as an attribute, JSON: `[{"name": "…", "role": "…", "organization": "…"}]`. */
  @property({converter: jsonListConverter}) speakers?: Speaker[] | string;

  /** URL of a JSON feed (a webinars array, or an object with a `webinars` key). */
  @property() src?: string;

  /** `id` of the webinar to show from the feed; the first webinar when absent. */
  @property({attribute: 'webinar-id'}) webinarId?: string;

  /** Milliseconds to wait for the feed before showing an error (default 10000). */
  @property({type: Number}) timeout?: number;

  override connectedCallback() {
    super.connectedCallback();
    // The calendar file was released on disconnect: render a fresh one.
    this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#releaseCalendar();
  }

  /** The speakers of the attributes: a list, or JSON given as a string property (a React prop). */
  #speakerList() {
    let list: unknown = this.speakers;
    if (typeof list === 'string') {
      if (this.#speakersJson?.[0] !== list) this.#speakersJson = [list, jsonListConverter(list)];
      list = this.#speakersJson[1];
    }
    const input = listInput(this, 'speakers', list as unknown[] | BadInput | undefined);
    if (input && 'error' in input) warn(this, input.error);
    return input && 'items' in input ? input.items : undefined;
  }

  #releaseCalendar() {
    if (this.#calendar) URL.revokeObjectURL(this.#calendar[1]);
    this.#calendar = undefined;
  }

  /**
   * The `.ics` file of an event, as a blob: URL (the file is ours, not content, so the
   * http(s)-only rule for content URLs does not apply; it needs no inline script and passes
   * a strict CSP). Made again only when the event changes, and only while the card is in the
   * page: a card removed before its first render would never release it.
   */
  #calendarUrl(event: CalendarEvent) {
    if (!this.isConnected) return undefined;
    const key = JSON.stringify(event);
    if (this.#calendar?.[0] !== key) {
      this.#releaseCalendar();
      this.#calendar = [key, URL.createObjectURL(new Blob([buildIcs(event)], {type: 'text/calendar'}))];
    }
    return this.#calendar[1];
  }

  async #handlePlay(video: string, ref: VideoRef) {
    this.playing = [video, embedUrl(ref, this.locale.lang)];
    fire(this, 'cm-play', {host: ref.host, id: ref.id});
    await this.updateComplete;
    // WCAG 2.4.3: the button the visitor pressed is gone; keep them where the video is.
    this.renderRoot.querySelector('iframe')?.focus();
  }

  #renderMedia(webinar: Webinar, ref: VideoRef, title: Text) {
    const video = webinar.video!;
    // The player URL was fixed when the visitor pressed play: a later language switch must
    // not reload the video under them.
    if (this.playing?.[0] === video) {
      // The player's `allow`: only what playback needs (no camera, microphone, sensors…).
      return html`<div part="media">
        <iframe
          part="player"
          src=${this.playing[1]}
          title=${title.text}
          lang=${ifDefined(title.lang)}
          allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
          referrerpolicy="strict-origin-when-cross-origin"
        ></iframe>
      </div>`;
    }
    // A poster from the video host never gets here: the normalizer refuses it.
    const {poster} = webinar;
    // The button's name: "Play video, <title>", the title in its own language (WCAG 3.1.2),
    // which an aria-label could not say; the visible label starts it (2.5.3).
    return html`<div part="media">
        ${poster ? html`<img part="poster" src=${poster} alt="" loading="lazy" />` : html`<div part="poster"></div>`}
        <button part="play-button" aria-describedby="consent" @click=${() => this.#handlePlay(video, ref)}>
          <span class="play-text" aria-hidden="true"
            ><svg viewBox="0 0 24 24"><path d="M8 5.5v13l10.5-6.5z" /></svg>${playVideo()}</span
          ><span class="visually-hidden">${playVideo()}${separator()}${textSpan(title)}</span>
        </button>
      </div>
      <p part="consent" id="consent">
        ${msg(str`The video will load from ${HOST_NAMES[ref.host]} when you press play.`, {
          desc: 'Informed consent: says which company the video player comes from. The host name (YouTube, Vimeo) follows.',
        })}
      </p>`;
  }

  /** When the webinar takes place, in the page language; the calendar link while it is to come. */
  #renderWhen(webinar: Webinar, title: Text, summary: Text | undefined, speakers: Text[][]) {
    const iso = webinar.date!;
    const times = webinarTimes(iso, webinar.durationMinutes);
    const when = this.locale.date(
      iso,
      times.allDay
        ? {dateStyle: 'full'}
        : {
            weekday: 'long',
            year: 'numeric',
            month: 'long',
            day: 'numeric',
            hour: 'numeric',
            minute: '2-digit',
            timeZoneName: 'short',
          }
    );
    // Decided at each render: a card left open past the end stops offering the calendar on its next update.
    const upcoming = Date.now() < +times.end;
    // The file is made in the browser (a blob: URL lives in one page): prerendered, the link
    // is there without it, the size it will be.
    let calendar;
    if (upcoming && !isServer) {
      const url = webinar.url && new URL(webinar.url, document.baseURI).href;
      const names = speakers.map((parts) => parts.map((t) => t.text).join(separator())).join('; ');
      const description = [
        summary?.text,
        names && msg(str`Speakers: ${names}`, {desc: 'Line of the calendar entry listing the speakers.'}),
        url,
      ];
      const texts = {
        title: title.text,
        description: description.filter(Boolean).join('\n\n'),
        url,
        hostname: location.hostname,
      };
      calendar = this.#calendarUrl(calendarEvent(webinar, times, texts));
    }
    return {when, upcoming, calendar};
  }

  protected override contentName() {
    return kindName(this.kind);
  }

  protected override renderContent([webinar]: Webinar[]) {
    const {url, video, date: iso} = webinar;
    const tr = (text: Webinar['title'] | undefined) => this.locale.text(text, webinar.lang);
    const title = tr(webinar.title)!;
    const summary = tr(webinar.summary);
    const kind = WEBINAR_KINDS.includes(this.kind!) ? this.kind : webinar.kind;
    if (this.kind && kind !== this.kind) warn(this, `ignored kind="${this.kind}": use featured, video or archive.`);
    const ref = parseVideo(video);
    const minutes = Math.round(webinar.durationMinutes ?? 0);
    const speakers = (webinar.speakers ?? []).map((s) =>
      [s.name, s.role, s.organization].map(tr).filter((t): t is Text => !!t)
    );
    const {when, upcoming, calendar} = iso ? this.#renderWhen(webinar, title, summary, speakers) : {};
    const duration = minutes ? this.locale.duration(minutes) : undefined;
    // A video the card cannot embed is a plain link.
    const videoLink = ref ? undefined : video;

    return html`<article part="card" class="card ${ref ? 'has-media' : ''}">
      ${ref ? this.#renderMedia(webinar, ref, title) : nothing}
      <div class="body">
        ${textParagraph('kicker', {text: kindName(kind)})}${this.renderHeading(title)}
        ${
          when || duration
            ? html`<p part="meta" class="meta">
                ${
                  upcoming
                    ? html`<span part="badge"
                        >${msg('Upcoming', {desc: 'Label of a webinar that has not taken place yet.'})}</span
                      >`
                    : nothing
                }
                ${when ? html`<time datetime=${iso!}>${when}</time>` : nothing}
                ${when && duration ? html`<span aria-hidden="true">·</span>` : nothing}
                ${duration ? html`<time datetime="PT${minutes}M">${duration}</time>` : nothing}
              </p>`
            : nothing
        }
        ${textParagraph('summary', summary)} ${speakers.length ? this.#renderSpeakers(speakers) : nothing}
        ${
          upcoming || videoLink || url
            ? html`<div part="actions">
                ${
                  upcoming
                    ? html`<a
                        part="calendar-link"
                        id="calendar"
                        href=${ifDefined(calendar)}
                        download="${slug(title.text, 'webinar')}.ics"
                        aria-labelledby="calendar title"
                        >${msg('Add to calendar')}</a
                      >`
                    : nothing
                }
                ${
                  videoLink
                    ? html`<a part="video-link" id="video-link" href=${videoLink} aria-labelledby="video-link title"
                        >${msg('Watch the video', {desc: 'Link to a video on a site the card cannot embed.'})}</a
                      >`
                    : nothing
                }
                ${
                  url
                    ? html`<a part="link" id="link" href=${url} aria-labelledby="link title"
                        >${
                          kind === 'archive'
                            ? msg('Browse the archive', {desc: 'Link to the page of past webinar videos.'})
                            : msg('About this webinar', {desc: "Link to the webinar's page."})
                        }</a
                      >`
                    : nothing
                }
              </div>`
            : nothing
        }
      </div>
    </article>`;
  }

  #renderSpeakers(speakers: Text[][]) {
    // A label without a number agrees with how many there are — singular, dual (Arabic
    // "المتحدثان"), plural — not with a number's plural category (in Russian, "one" also
    // covers 21), so it is chosen by the number itself.
    const label =
      speakers.length === 1
        ? msg('Speaker', {id: 'speakers-label-one', desc: 'Label of one speaker.'})
        : speakers.length === 2
          ? msg('Speakers', {id: 'speakers-label-two', desc: 'Label of two speakers (Arabic: dual).'})
          : msg('Speakers', {id: 'speakers-label-other', desc: 'Label of 3 speakers or more.'});
    return html`<div part="speakers">
      <p class="kicker label" id="speakers-label">${label}</p>
      <ul aria-labelledby="speakers-label">
        ${speakers.map(
          (parts) =>
            html`<li part="speaker">${parts.map((t, i) => html`${i ? separator() : nothing}${textSpan(t)}`)}</li>`
        )}
      </ul>
    </div>`;
  }

  // The shape of a card with a video, so that the card replacing it keeps the place.
  protected override renderLoading() {
    return html`<div class="card has-media">
      <div part="media"><span class="skeleton"></span></div>
      <div class="body"><span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span></div>
    </div>`;
  }
}

define('cm-webinar-card', CmWebinarCard);

declare global {
  interface HTMLElementTagNameMap {
    'cm-webinar-card': CmWebinarCard;
  }
}
