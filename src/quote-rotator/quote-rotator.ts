import {msg, str} from '@lit/localize';
import {html, nothing, svg, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {normalizeQuote} from '../content/normalize.js';
import type {Quote} from '../content/types.js';
import {AutoplayController} from '../controllers/autoplay.js';
import {ContentController, jsonListConverter, listInput} from '../controllers/content.js';
import {CmElement} from '../internal/cm-element.js';
import {define} from '../internal/define.js';
import {separator} from '../localization/punctuation.js';
import {fire} from '../internal/events.js';
import {quoteRotatorStyles} from './quote-rotator.styles.js';

const DEFAULT_INTERVAL = 8000;
const MIN_INTERVAL = 3000;
// A horizontal move this long (px), and longer than it is tall, is a swipe.
const SWIPE = 40;

/** Reads quotes from `<blockquote>` children, each with a `<footer>` or `<cite>` line. */
function quotesFromChildren(host: HTMLElement): unknown[] {
  return [...host.querySelectorAll('blockquote')].map((bq) => {
    const line = bq.querySelector('footer') ?? bq.querySelector('cite');
    const cite = line?.matches('cite') ? line : line?.querySelector('cite');
    const lineText = line?.textContent?.trim() ?? '';
    let author = cite?.textContent?.trim() ?? '';
    let role = '';
    if (author) {
      role = lineText.replace(author, '');
    } else {
      // "Jussi Pajunen, Mayor of Helsinki": the name, then what they are.
      [author, role = ''] = lineText.split(/,(.*)/s);
    }
    const clone = bq.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('footer, cite').forEach((n) => n.remove());
    return {
      text: clone.textContent,
      // "— Jussi Pajunen, Mayor": the dash is typography, not part of the name or role.
      author: author.replace(/^[\s—–-]+/, ''),
      role: role.replace(/^[\s,—–-]+/, ''),
      url: bq.getAttribute('cite') ?? undefined,
      lang: bq.getAttribute('lang') ?? bq.querySelector('[lang]')?.getAttribute('lang') ?? undefined,
    };
  });
}

const icons = {
  play: svg`<path d="M7 4.5v15l12-7.5z"/>`,
  pause: svg`<path d="M6 4.5h4v15H6zm8 0h4v15h-4z"/>`,
  previous: svg`<path d="M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z"/>`,
  next: svg`<path d="M8.6 5.4 10 4l8 8-8 8-1.4-1.4 6.6-6.6z"/>`,
};
const icon = (path: unknown) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;

/**
 * Mayors' quotes on immigration, one at a time, with optional automatic rotation that
 * follows the W3C APG carousel pattern: a play/pause button first, then previous and
 * next; rotation pauses on hover and stops on keyboard focus or any control; it never
 * starts under reduced motion, off screen or in a hidden tab.
 *
 * @tagname cm-quote-rotator
 * @summary Rotating quotes from a property, a JSON attribute, a feed or `<blockquote>` children.
 *
 * @csspart carousel - The labelled carousel region.
 * @csspart controls - The row of buttons.
 * @csspart play-button - Starts or stops automatic rotation.
 * @csspart previous-button - Shows the previous quote.
 * @csspart next-button - Shows the next quote.
 * @csspart position - The "2 / 7" position text.
 * @csspart slide - Each quote's slide.
 * @csspart quote - The quote text (`blockquote`).
 * @csspart caption - The author line.
 * @csspart loading - The placeholder shown while the feed loads.
 * @csspart error - The message shown when the content cannot be shown.
 * @csspart retry-button - The Retry button of the error message.
 *
 * @cssprop [--cm-font-family=inherit] - Font.
 * @cssprop [--cm-color-text=inherit] - Text colour.
 * @cssprop [--cm-color-muted=currentColor at 72 %] - Author line colour.
 * @cssprop [--cm-color-accent=#a3341a] - Focus ring colour.
 * @cssprop [--cm-color-surface=transparent] - Background.
 * @cssprop [--cm-color-border=currentColor at 22 %] - Border and button outline.
 * @cssprop [--cm-radius=0.5rem] - Corner radius.
 * @cssprop [--cm-space=1rem] - Inner spacing.
 * @cssprop [--cm-focus-ring=3px solid accent] - Outline of focused buttons.
 *
 * @fires {CustomEvent<{index: number}>} cm-change - Another quote is shown, by the visitor, the timer or a method call.
 * @fires {CustomEvent<{error: Error, src: string}>} cm-error - The feed could not be loaded or used.
 */
export class CmQuoteRotator extends CmElement {
  static override styles = [...CmElement.styles, quoteRotatorStyles];

  private readonly content = new ContentController<Quote>(this, {
    kind: 'quotes',
    noun: 'quote',
    normalize: normalizeQuote,
    local: () => listInput(this, 'quotes', this.quotes),
    src: () => this.src,
    lightDom: () => quotesFromChildren(this),
    timeout: () => this.timeout,
    hint: 'set src, the quotes attribute or property, or <blockquote> children',
    // Every quote is in the DOM (that is how the element takes the tallest one's height):
    // a rotator of thousands would be slow and useless.
    max: 100,
  });

  private readonly rotation = new AutoplayController(this, {
    interval: () => this.validInterval,
    step: () => this.show(this.current + 1),
  });

  private swipeStart?: {x: number; y: number};

  /** The quotes to show; takes precedence over `src` and children. As an attribute: JSON. */
  @property({converter: jsonListConverter}) quotes?: Quote[];

  /** URL of a JSON feed: an array of quotes, or an object with a `quotes` array. */
  @property() src?: string;

  /** Rotate automatically (not under `prefers-reduced-motion: reduce`). */
  @property({type: Boolean}) autoplay = false;

  /** Milliseconds between quotes when rotating: at least 3000. */
  @property({type: Number}) interval = DEFAULT_INTERVAL;

  /** Accessible name of the carousel; defaults to the localized "Quotes". */
  @property() label?: string;

  /** Position of the quote shown, from 0. */
  @property({type: Number, reflect: true}) index = 0;

  /** Milliseconds to wait for the feed before showing an error (default 10000). */
  @property({type: Number}) timeout?: number;

  private get validInterval() {
    return this.checkedNumber('interval', this.interval, DEFAULT_INTERVAL, (n) => n >= MIN_INTERVAL);
  }

  private get count() {
    return this.content.items.length;
  }

  /** `index` within the quotes there are (a feed may hold fewer than `index` asked for). */
  private get current() {
    return Math.min(this.index, Math.max(this.count - 1, 0));
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('autoplay')) {
      if (this.autoplay) this.rotation.start(false);
      else this.rotation.stop();
    }
    if (changed.has('interval')) this.rotation.restart();
    if (changed.has('index') && !(Number.isInteger(this.index) && this.index >= 0)) {
      // A removed attribute (null) simply means the first quote.
      if (this.index !== null) {
        this.warn(`ignored index="${this.getAttribute('index') ?? this.index}": not a position; using 0.`);
      }
      this.index = 0;
    }
  }

  /** Shows the next quote (after the last: the first). */
  next() {
    this.show(this.current + 1);
  }

  /** Shows the previous quote (before the first: the last). */
  previous() {
    this.show(this.current - 1);
  }

  /** Shows the quote at `index` (wrapping around). */
  goTo(index: number) {
    if (Number.isFinite(index)) this.show(Math.trunc(index));
  }

  /** Starts automatic rotation. */
  play() {
    this.rotation.start();
  }

  /** Stops automatic rotation. */
  pause() {
    this.rotation.stop();
  }

  private show(index: number) {
    const count = this.count;
    if (count < 2) return;
    const next = ((index % count) + count) % count;
    if (next === this.current) return;
    this.index = next;
    fire(this, 'cm-change', {index: next});
  }

  /** A visitor's step: stops rotation (APG), then moves. */
  private step(delta: number) {
    this.rotation.stop();
    this.show(this.current + delta);
  }

  private get rtl() {
    return this.matches(':dir(rtl)');
  }

  private handleKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // Arrows follow what the visitor sees: right to left, ArrowLeft goes forward.
    const forward = (e.key === 'ArrowRight') !== this.rtl;
    e.preventDefault();
    this.step(forward ? 1 : -1);
  };

  private handlePointerDown = (e: PointerEvent) => {
    if (e.pointerType === 'mouse') return;
    this.swipeStart = {x: e.clientX, y: e.clientY};
  };

  private handlePointerUp = (e: PointerEvent) => {
    const start = this.swipeStart;
    this.swipeStart = undefined;
    if (!start) return;
    const dx = e.clientX - start.x;
    if (Math.abs(dx) < SWIPE || Math.abs(dx) < Math.abs(e.clientY - start.y)) return;
    // Swiping left brings the next quote in from the right (mirrored right to left).
    this.step((dx < 0) !== this.rtl ? 1 : -1);
  };

  private togglePlay() {
    if (this.rotation.playing) this.rotation.stop();
    else this.rotation.start();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('keydown', this.handleKeydown);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.handleKeydown);
  }

  private renderQuote(quote: Quote, i: number, count: number, current: number) {
    const text = this.tr(quote.text, quote.lang)!;
    const author = this.tr(quote.author, quote.lang)!;
    const details = [quote.role, quote.city, quote.country]
      .map((v) => this.tr(v, quote.lang))
      .filter((t) => !!t);
    const name = quote.url
      ? html`<a class="author-link" href=${quote.url}>${author.text}</a>`
      : author.text;
    return html`<div
      part="slide"
      class="slide ${i === current ? 'current' : ''}"
      role="group"
      aria-roledescription=${msg('slide', {desc: 'Role description of one quote in the carousel.'})}
      aria-label=${msg(str`${this.formatNumber(i + 1)} of ${this.formatNumber(count)}`, {desc: 'Name of a slide: its position.'})}
    >
      <figure>
        <blockquote part="quote" lang=${ifDefined(text.lang)} dir=${ifDefined(text.dir)}><p>${text.text}</p></blockquote>
        <figcaption part="caption">
          <cite class="author" lang=${ifDefined(author.lang)} dir=${ifDefined(author.dir)}>${name}</cite>${details.map(
            (d) => html`${separator()}<span lang=${ifDefined(d!.lang)} dir=${ifDefined(d!.dir)}>${d!.text}</span>`
          )}
        </figcaption>
      </figure>
    </div>`;
  }

  private renderQuotes(quotes: Quote[]) {
    const count = quotes.length;
    const current = this.current;
    const playing = this.rotation.playing;
    return html`<section
      part="carousel"
      class="carousel"
      aria-roledescription=${msg('carousel', {desc: 'Role description of the quotes region.'})}
      aria-label=${this.label || msg('Quotes', {desc: 'Default accessible name of the quotes region.'})}
    >
      ${count > 1
        ? html`<div class="controls" part="controls">
            <button type="button" part="play-button" @click=${this.togglePlay}>
              ${icon(playing ? icons.pause : icons.play)}<span class="visually-hidden"
                >${playing ? msg('Stop automatic rotation') : msg('Start automatic rotation')}</span
              >
            </button>
            <button type="button" part="previous-button" class="direction" @click=${() => this.step(-1)}>
              ${icon(icons.previous)}<span class="visually-hidden">${msg('Previous quote')}</span>
            </button>
            <button type="button" part="next-button" class="direction" @click=${() => this.step(1)}>
              ${icon(icons.next)}<span class="visually-hidden">${msg('Next quote')}</span>
            </button>
            <span part="position" class="position" aria-hidden="true"
              >${this.formatNumber(current + 1)} / ${this.formatNumber(count)}</span
            >
          </div>`
        : nothing}
      <div
        class="slides"
        aria-live=${playing ? 'off' : 'polite'}
        @pointerdown=${this.handlePointerDown}
        @pointerup=${this.handlePointerUp}
        @pointercancel=${() => (this.swipeStart = undefined)}
      >
        ${quotes.map((q, i) => this.renderQuote(q, i, count, current))}
      </div>
    </section>`;
  }

  override render() {
    return this.content.render({
      complete: (quotes) => this.renderQuotes(quotes),
    });
  }
}

define('cm-quote-rotator', CmQuoteRotator);

declare global {
  interface HTMLElementTagNameMap {
    'cm-quote-rotator': CmQuoteRotator;
  }
}
