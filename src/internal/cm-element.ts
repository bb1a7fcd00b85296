import {msg} from '@lit/localize';
import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {ContentController} from '../controllers/content.js';
import {
  LocaleController,
  translationsArrived,
  translationsSettled,
  waitingForTranslations,
} from '../controllers/locale.js';
import {yieldToBrowser} from '../controllers/yield.js';
import {hostStyles} from '../styles/host.styles.js';
import {checkedNumber} from './diagnostics.js';
import * as states from './states.js';

type Heading = {text: unknown; lang?: string; dir?: string};

/**
 * One template per heading level: Lit binds attributes and children, not tag names.
 * lit/static-html would make these one template, for a third of a kilobyte more (gzip) of
 * the script-tag bundle. (No whitespace around the text: it would be in the heading's text.)
 */
// prettier-ignore
const HEADINGS: Record<number, (h: Heading, id: string, className: string) => unknown> = {
  2: (h, id, className) => html`<h2 part="heading" class=${className} id=${id} lang=${ifDefined(h.lang)} dir=${ifDefined(h.dir)}>${h.text}</h2>`,
  3: (h, id, className) => html`<h3 part="heading" class=${className} id=${id} lang=${ifDefined(h.lang)} dir=${ifDefined(h.dir)}>${h.text}</h3>`,
  4: (h, id, className) => html`<h4 part="heading" class=${className} id=${id} lang=${ifDefined(h.lang)} dir=${ifDefined(h.dir)}>${h.text}</h4>`,
  5: (h, id, className) => html`<h5 part="heading" class=${className} id=${id} lang=${ifDefined(h.lang)} dir=${ifDefined(h.dir)}>${h.text}</h5>`,
  6: (h, id, className) => html`<h6 part="heading" class=${className} id=${id} lang=${ifDefined(h.lang)} dir=${ifDefined(h.dir)}>${h.text}</h6>`,
};

/**
 * What every `cm-*` element shares: the page language, `heading-level`, and the road from
 * content to the page — while the content loads, fails or is unusable, the base element
 * shows the right state; once it is there, the element renders it (`renderContent`).
 */
export abstract class CmElement<T = unknown> extends LitElement {
  static override styles = [hostStyles];

  /** @internal The page language: content texts, numbers and dates for this element. */
  protected readonly locale = new LocaleController(this);

  /** @internal Where the items come from (each element says how to read its content). */
  protected abstract readonly content: ContentController<T>;

  /**
   * The prerendered content (a declarative shadow root written by `cm-widgets render`): on
   * display until this element's own content can replace it, in one step. Not hydration:
   * nothing depends on Lit's markers, which a CMS may strip with the other comments.
   */
  #prerendered = this.shadowRoot?.firstChild ? [...this.shadowRoot.childNodes] : undefined;
  /** Whether this update's render replaces the prerendered content. */
  #takingOver = false;
  #internals?: ElementInternals;

  /** Level (2–6) of the element's headings in the host page's outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** @internal Whether prerendered content is on display: the element has not rendered its own yet. */
  protected get showingPrerendered() {
    return !!this.#prerendered;
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // Lit renders before the root's first node, which is prerendered and will go: render
    // after it instead, so the content never ends at a removed node.
    if (this.#prerendered) this.renderOptions.renderBefore = null;
    return root;
  }

  override connectedCallback() {
    // Prerendered content is the content's size already: no loading reservation.
    if (this.#prerendered) this.#ready();
    super.connectedCallback();
  }

  /**
   * Each element's first render in a task of its own. When the script loads, the browser
   * upgrades every widget of the page at once; rendering them all in that one task was a
   * long task (≥ 50 ms) on a page with fifteen widgets. `updateComplete` still covers it.
   */
  protected override async scheduleUpdate() {
    if (!this.hasUpdated) await yieldToBrowser();
    super.scheduleUpdate();
  }

  /**
   * Content waits for the page's translations (see render); so does `updateComplete`,
   * until the render that shows it (the locale controller asks for it).
   */
  protected override async getUpdateComplete() {
    const result = await super.getUpdateComplete();
    if (!waitingForTranslations()) return result;
    await translationsSettled();
    return super.getUpdateComplete();
  }

  protected override willUpdate(_changed: PropertyValues) {
    // First, so that what the element works out in its own willUpdate sees this update's content.
    this.content.resolve();
  }

  protected override firstUpdated(_changed: PropertyValues) {
    this.#ready();
  }

  /**
   * Until the first render the shadow root is empty; the host styles reserve the loading
   * placeholder's height meanwhile (:host(:not(:state(ready)))), so nothing collapses.
   */
  #ready() {
    try {
      (this.#internals ??= this.attachInternals()).states.add('ready');
    } catch {
      // Browsers before custom states (or wanting '--ready'): no reservation, no harm.
    }
  }

  /**
   * The takeover of prerendered content: Lit commits this element's content beside it and
   * the prerendered nodes go in the same task, so no frame shows both, or neither. The focus
   * moves to the control of the same id; what a visitor typed there before the script ran is
   * not carried over (README, Decisions).
   */
  protected override update(changed: PropertyValues) {
    super.update(changed);
    if (!this.#takingOver) return;
    const root = this.shadowRoot!;
    const focused = root.activeElement;
    for (const node of this.#prerendered!) node.remove();
    this.#prerendered = undefined;
    this.#takingOver = false;
    if (focused?.id) (root.getElementById(focused.id) as HTMLElement | null)?.focus();
  }

  /** @internal The element's content, once there is some. */
  protected abstract renderContent(items: T[]): unknown;

  /** @internal What the element shows, in a few words, for its messages: "Quotes", "Featured Story". */
  protected contentName(): string {
    return msg('Content', {desc: 'Name of a widget in its messages, when it has none of its own.'});
  }

  /** @internal Placeholder while the content loads: keep it the size of the content. */
  protected renderLoading(): unknown {
    return states.skeleton;
  }

  /**
   * @internal A heading at `heading-level` (h2–h6), so the element fits the host page's
   * outline. `content.text` may be a template (a title that is a link).
   */
  protected renderHeading(content: Heading, id = 'title', className = 'title') {
    // Allowed: a level with a template (2–6).
    const level = checkedNumber(this, 'heading-level', this.headingLevel, 3, (n) => n in HEADINGS);
    return HEADINGS[level](content, id, className);
  }

  protected override render() {
    const state = this.content.state;
    if (this.#prerendered) {
      // The prerendered content stays until this content is here, in the page's language
      // (the translations arrived, not merely waited for): never a loading state, never
      // English between French and French. A feed that fails leaves it in place.
      if (state.status !== 'ready' || !translationsArrived()) return nothing;
      this.#takingOver = true;
    }
    const waiting = waitingForTranslations();
    // Children we cannot read stay what the webmaster wrote (progressive enhancement); so do
    // children we can, until the page's translations are here.
    if (state.status === 'none' || (waiting && state.from === 'children')) return states.children(this);
    if (state.status === 'loading' || waiting) return states.loading(this.renderLoading());
    const retry = state.from === 'feed' ? () => this.content.retry() : undefined;
    const name = this.contentName();
    if (state.status === 'failed') {
      return this.childElementCount
        ? states.failedOverChildren(name, state.error, retry!)
        : states.failed(name, state.error, retry!);
    }
    if (state.status === 'unusable') return states.unusable(name, state.empty, retry);
    return this.renderContent(state.items);
  }
}
