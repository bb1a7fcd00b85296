import {msg, str} from '@lit/localize';
import {html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {QUOTES} from '../content/normalize.js';
import {readQuotes} from '../content/readers.js';
import type {Quote} from '../content/types.js';
import {ContentController, jsonListConverter, listInput} from '../controllers/content.js';
import type {Text} from '../controllers/locale.js';
import {RotationController} from '../controllers/rotation.js';
import {CmElement} from '../internal/cm-element.js';
import {define} from '../internal/define.js';
import {checkedDelay, checkedNumber} from '../internal/diagnostics.js';
import {fire} from '../internal/events.js';
import {textSpan} from '../internal/text.js';
import {separator} from '../localization/punctuation.js';
import {quoteRotatorStyles} from './quote-rotator.styles.js';

const DEFAULT_INTERVAL = 8000;

/** A control: an icon, and its name as text (for screen readers, and for translators). */
const button = (part: string, path: string, name: string, click: () => void) =>
  html`<button part="${part}-button" @click=${click}>
    <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${path} /></svg><span class="visually-hidden">${name}</span>
  </button>`;

/**
 * Mayors' quotes on immigration, one at a time, with optional automatic rotation that
 * follows the W3C APG carousel pattern: a play/pause button first, then previous and
 * next; rotation pauses on hover and stops on keyboard focus or any control; it never
 * starts under reduced motion, and waits off screen or in a hidden tab.
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
export class CmQuoteRotator extends CmElement<Quote> {
  static override styles = [...CmElement.styles, quoteRotatorStyles];

  protected readonly content = new ContentController<Quote>(this, {
    type: QUOTES,
    local: () => listInput(this, 'quotes', this.quotes),
    src: () => this.src,
    read: readQuotes,
    timeout: () => this.timeout,
    hint: 'set src, quotes, or <blockquote> children',
  });

  readonly #rotation = new RotationController(this, {
    interval: () => checkedDelay(this, 'interval', this.interval, DEFAULT_INTERVAL, 3000),
    step: () => this.next(),
  });

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

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // A removed attribute (null) simply means the first quote, without a warning.
    if (changed.has('index')) {
      this.index = checkedNumber(this, 'index', this.index, 0, (n) => Number.isInteger(n) && n >= 0);
    }
    if (changed.has('autoplay')) this.#rotation.autoplay(this.autoplay);
  }

  // Touch "hover" is a tap: only a mouse or pen resting over the quotes holds them.
  #handleHover(e: PointerEvent) {
    this.#rotation.hover(e.type === 'pointerenter' && e.pointerType !== 'touch');
  }

  // APG: keyboard focus stops rotation. A mouse click focuses a button too, without
  // :focus-visible; the button's own action decides then.
  #handleFocus(e: FocusEvent) {
    if ((e.target as Element).matches(':focus-visible')) this.pause();
  }

  // The arrows go the way the visitor sees: mirrored right to left. Alt/Cmd + arrow is
  // the browser's Back and Forward: not ours.
  #handleKeydown(e: KeyboardEvent) {
    const forward = e.key === 'ArrowRight';
    if ((forward || e.key === 'ArrowLeft') && !(e.altKey || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this.#step(forward !== this.matches(':dir(rtl)') ? 1 : -1);
    }
  }

  /** A visitor's step: stops rotation (APG), then moves. */
  #step(delta: number) {
    this.pause();
    this.#show(this.#current + delta);
  }

  /** `index` within the quotes there are (a feed may hold fewer than `index` asked for). */
  get #current() {
    return Math.min(this.index, this.content.items.length - 1);
  }

  #show(index: number) {
    const count = this.content.items.length;
    const next = ((Math.trunc(index) % count) + count) % count;
    // NaN (no quotes, or an index that is not a number) is no move.
    if (next >= 0 && next !== this.#current) {
      this.index = next;
      fire(this, 'cm-change', {index: next});
    }
  }

  /** Shows the next quote (after the last: the first). */
  next() {
    this.#show(this.#current + 1);
  }

  /** Shows the previous quote (before the first: the last). */
  previous() {
    this.#show(this.#current - 1);
  }

  /** Shows the quote at `index` (wrapping around). */
  goTo(index: number) {
    this.#show(index);
  }

  /** Starts automatic rotation. */
  play() {
    this.#rotation.playing = true;
  }

  /** Stops automatic rotation. */
  pause() {
    this.#rotation.playing = false;
  }

  protected override contentName() {
    return this.label || msg('Quotes', {desc: 'Default accessible name of the quotes region.'});
  }

  protected override renderContent(quotes: Quote[]) {
    const count = quotes.length;
    const current = this.#current;
    const playing = this.#rotation.playing;
    const number = (n: number) => this.locale.number(n);
    return html`<section
      part="carousel"
      class="card"
      aria-roledescription=${msg('carousel', {desc: 'Role description of the quotes region.'})}
      aria-label=${this.contentName()}
      @keydown=${this.#handleKeydown}
      @focusin=${this.#handleFocus}
      @pointerenter=${this.#handleHover}
      @pointerleave=${this.#handleHover}
    >
      ${
        count > 1
          ? html`<div part="controls">
              ${button(
                'play',
                playing ? 'M8 4v16m8-16v16' : 'M8 5.5v13l10.5-6.5z',
                playing ? msg('Stop automatic rotation') : msg('Start automatic rotation'),
                () => (this.#rotation.playing = !playing)
              )}
              ${button('previous', 'M15 4l-8 8 8 8', msg('Previous quote'), () => this.#step(-1))}
              ${button('next', 'M9 4l8 8-8 8', msg('Next quote'), () => this.#step(1))}
              <span part="position" class="position" aria-hidden="true">${number(current + 1)} / ${number(count)}</span>
            </div>`
          : nothing
      }
      <div class="slides" aria-live=${playing ? 'off' : 'polite'}>
        ${quotes.map((quote, i) => this.#renderSlide(quote, i === current, msg(str`${number(i + 1)} of ${number(count)}`, {desc: 'Name of a slide: its position.'})))}
      </div>
    </section>`;
  }

  #renderSlide(quote: Quote, current: boolean, position: string) {
    const text = this.locale.text(quote.text, quote.lang)!;
    // "Jussi Pajunen, Mayor, Helsinki", each part in its own language; the name (always there:
    // the normalizer requires it) in a <cite>.
    const [name, ...rest] = [quote.author, quote.role, quote.city, quote.country]
      .map((field) => this.locale.text(field, quote.lang))
      .filter((t): t is Text => !!t);
    const caption = html`<cite lang=${ifDefined(name.lang)} dir=${ifDefined(name.dir)}>${name.text}</cite>${rest.map(
        (t) => html`${separator()}${textSpan(t)}`
      )}`;
    return html`<div
      part="slide"
      class="slide ${current ? 'current' : ''}"
      role="group"
      aria-roledescription=${msg('slide', {desc: 'Role description of one quote in the carousel.'})}
      aria-label=${position}
    >
      <figure>
        <blockquote part="quote" lang=${ifDefined(text.lang)} dir=${ifDefined(text.dir)}>
          <q>${text.text}</q>
        </blockquote>
        <figcaption part="caption">${quote.url ? html`<a href=${quote.url}>${caption}</a>` : caption}</figcaption>
      </figure>
    </div>`;
  }
}

define('cm-quote-rotator', CmQuoteRotator);

declare global {
  interface HTMLElementTagNameMap {
    'cm-quote-rotator': CmQuoteRotator;
  }
}
