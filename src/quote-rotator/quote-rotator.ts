import {msg, str} from '@lit/localize';
import {html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {normalizeQuote} from '../content/normalize.js';
import type {Quote} from '../content/types.js';
import {ContentController, jsonListConverter, listInput} from '../controllers/content.js';
import {CmElement, type Text} from '../internal/cm-element.js';
import {define} from '../internal/define.js';
import {fire} from '../internal/events.js';
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
export class CmQuoteRotator extends CmElement {
  static override styles = [...CmElement.styles, quoteRotatorStyles];

  readonly #content = new ContentController<Quote>(this, {
    kind: 'quotes',
    noun: 'quote',
    normalize: normalizeQuote,
    local: () => listInput(this, 'quotes', this.quotes),
    src: () => this.src,
    lightDom: () =>
      [...this.querySelectorAll('blockquote')].map((bq) => {
        const line = bq.querySelector('footer') ?? bq.querySelector('cite');
        const full = line?.textContent ?? '';
        // "Jussi Pajunen, Mayor of Helsinki": without a <cite>, the name comes first.
        const name = line?.querySelector('cite')?.textContent ?? full.split(',')[0];
        // "— Jussi Pajunen": the dash is typography, not part of the name or role.
        const [author, role] = [name, full.replace(name, '')].map((s) => s.replace(/^[\s,\p{Pd}]+/u, ''));
        return {
          // The quote is the rest of the blockquote.
          text: bq.textContent!.replace(full, ''),
          author,
          role,
          url: bq.getAttribute('cite'),
          lang: bq.lang || bq.querySelector<HTMLElement>('[lang]')?.lang,
        };
      }),
    timeout: () => this.timeout,
    hint: 'set src, quotes, or <blockquote> children',
    // Every quote is in the DOM (that is how the element takes the tallest one's height):
    // a rotator of thousands would be slow and useless.
    max: 100,
  });

  // Automatic rotation, after the W3C APG carousel pattern. `playing` is the visitor's (or
  // the author's) choice; hover, being off screen and a hidden tab only hold it. One
  // setTimeout at a time, dropped while held and re-armed for a full interval after, so a
  // tab that comes back shows the next quote after a full interval: never a burst.
  #playing = false;
  #hovered = false;
  #offscreen = false;
  #timer?: ReturnType<typeof setTimeout>;
  readonly #motion = matchMedia('(prefers-reduced-motion: reduce)');
  readonly #observer = new IntersectionObserver(([entry]) => {
    this.#offscreen = !entry.isIntersecting;
    this.#tick();
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

  // Everything outside the element is released on disconnect and taken again on reconnect.
  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#tick);
    this.#motion.addEventListener('change', this.#handleMotion);
    this.#observer.observe(this);
    this.#tick();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#tick);
    this.#motion.removeEventListener('change', this.#handleMotion);
    this.#observer.disconnect();
    // A removed element gets no pointerleave.
    this.#hovered = false;
    this.#tick();
  }

  override willUpdate(changed: PropertyValues<this>) {
    // A removed attribute (null) simply means the first quote, without a warning.
    if (changed.has('index')) {
      this.index = this.checkedNumber('index', this.index, 0, (n) => Number.isInteger(n) && n >= 0);
    }
    if (changed.has('autoplay') && !(this.autoplay && this.#motion.matches)) this.#playing = this.autoplay;
    // A new interval, a new quote or another choice: a full interval from now.
    this.#tick();
  }

  /** Arms the next automatic step when rotation is on and nothing holds it; else disarms. */
  #tick = () => {
    clearTimeout(this.#timer);
    if (this.#playing && !this.#hovered && !this.#offscreen && !document.hidden && this.isConnected) {
      this.#timer = setTimeout(
        () => {
          this.next();
          this.#tick();
        },
        this.checkedNumber('interval', this.interval, DEFAULT_INTERVAL, (n) => n >= 3000)
      );
    }
  };

  #handleMotion = () => this.#motion.matches && this.pause();

  // Touch "hover" is a tap: only a mouse or pen resting over the quotes holds them.
  #handleHover(e: PointerEvent) {
    this.#hovered = e.type === 'pointerenter' && e.pointerType !== 'touch';
    this.#tick();
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
    return Math.min(this.index, this.#content.items.length - 1);
  }

  #show(index: number) {
    const count = this.#content.items.length;
    const next = ((Math.trunc(index) % count) + count) % count;
    // NaN (no quotes, or an index that is not a number) is no move.
    if (next >= 0 && next !== this.#current) {
      this.index = next;
      fire(this, 'cm-change', {index: next});
    }
  }

  #toggle(on: boolean) {
    this.#playing = on;
    this.#tick();
    this.requestUpdate();
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
    this.#toggle(true);
  }

  /** Stops automatic rotation. */
  pause() {
    this.#toggle(false);
  }

  override render() {
    return this.#content.render({
      complete: (quotes) => {
        const count = quotes.length;
        const current = this.#current;
        const playing = this.#playing;
        return html`<section
          part="carousel"
          aria-roledescription=${msg('carousel', {desc: 'Role description of the quotes region.'})}
          aria-label=${this.label || msg('Quotes', {desc: 'Default accessible name of the quotes region.'})}
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
                    () => this.#toggle(!playing)
                  )}
                  ${button('previous', 'M15 4l-8 8 8 8', msg('Previous quote'), () => this.#step(-1))}
                  ${button('next', 'M9 4l8 8-8 8', msg('Next quote'), () => this.#step(1))}
                  <span part="position" class="position" aria-hidden="true"
                    >${this.formatNumber(current + 1)} / ${this.formatNumber(count)}</span
                  >
                </div>`
              : nothing
          }
          <div class="slides" aria-live=${playing ? 'off' : 'polite'}>
            ${quotes.map((quote, i) => {
              const text = this.tr(quote.text, quote.lang)!;
              // "Jussi Pajunen, Mayor, Helsinki", each part in its own language; the name (always
              // there: the normalizer requires it) in a <cite>.
              const caption = [quote.author, quote.role, quote.city, quote.country]
                .map((field) => this.tr(field, quote.lang))
                .filter((t): t is Text => !!t)
                .map((t, n) =>
                  n
                    ? html`${separator()}<span lang=${ifDefined(t.lang)} dir=${ifDefined(t.dir)}>${t.text}</span>`
                    : html`<cite lang=${ifDefined(t.lang)} dir=${ifDefined(t.dir)}>${t.text}</cite>`
                );
              return html`<div
                part="slide"
                class="slide ${i === current ? 'current' : ''}"
                role="group"
                aria-roledescription=${msg('slide', {desc: 'Role description of one quote in the carousel.'})}
                aria-label=${msg(str`${this.formatNumber(i + 1)} of ${this.formatNumber(count)}`, {desc: 'Name of a slide: its position.'})}
              >
                <figure>
                  <blockquote part="quote" lang=${ifDefined(text.lang)} dir=${ifDefined(text.dir)}>
                    <q>${text.text}</q>
                  </blockquote>
                  <figcaption part="caption">
                    ${quote.url ? html`<a href=${quote.url}>${caption}</a>` : caption}
                  </figcaption>
                </figure>
              </div>`;
            })}
          </div>
        </section>`;
      },
    });
  }
}

define('cm-quote-rotator', CmQuoteRotator);

declare global {
  interface HTMLElementTagNameMap {
    'cm-quote-rotator': CmQuoteRotator;
  }
}
