import {html, LitElement, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {langAttr, resolveText} from '../content/text.js';
import type {LocalizedText} from '../content/types.js';
import {LocaleController, translationsSettled, waitingForTranslations} from '../controllers/locale.js';
import {isRtlLang} from '../localization/direction.js';
import {intl} from '../localization/localize.js';
import {hostStyles} from '../styles/host.styles.js';
import {yieldToBrowser} from './yield.js';

/**
 * A text ready to render: the string, and the `lang` and `dir` it needs inside this page,
 * if any. `dir` is `rtl` or `ltr` when the text's language is written the other way than
 * the element, `auto` when its language is unknown (the browser then takes the direction
 * from the text itself, so "17 ideas." keeps its full stop at the end on a right-to-left
 * page), and absent when the text simply follows the element.
 */
export interface Text {
  text: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
}

/**
 * What every `cm-*` element shares: the page-language controller, `heading-level`,
 * warnings that name the element and are said once, and `cm-*` events.
 */
export class CmElement extends LitElement {
  static override styles = [hostStyles];

  protected readonly locale = new LocaleController(this);

  readonly #warned = new Set<string>();

  // Until the first render the shadow root is empty; the host styles reserve the loading
  // placeholder's height meanwhile (:host(:not(:state(ready)))), so nothing collapses.
  readonly #internals = this.attachInternals();

  #numberFormat?: [string, Intl.NumberFormat];

  /** Level (2–6) of the element's headings in the host page's outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

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
   * Content waits for the page's translations (see ContentController.render); so does
   * `updateComplete`, until the render that shows it (the locale controller asks for it).
   */
  protected override async getUpdateComplete() {
    const result = await super.getUpdateComplete();
    if (!waitingForTranslations()) return result;
    await translationsSettled();
    return super.getUpdateComplete();
  }

  protected override firstUpdated(_changed?: PropertyValues) {
    try {
      this.#internals.states.add('ready');
    } catch {
      // Browsers before custom states (or wanting '--ready'): no reservation, no harm.
    }
  }

  /** Logs one console warning per distinct message, prefixed with the element's tag. */
  warn(message: string) {
    if (!this.#warned.has(message)) console.warn(`<${this.localName}>: ${message}`);
    this.#warned.add(message);
  }

  /**
   * A numeric attribute checked against its allowed range: a bad value warns once and
   * gives the default, as DESIGN.md asks for every attribute.
   */
  checkedNumber(attribute: string, value: number | null | undefined, fallback: number, valid: (n: number) => boolean) {
    if (value == null || (isFinite(value) && valid(value))) return value ?? fallback;
    this.warn(
      `ignored ${attribute}="${this.getAttribute(attribute) ?? value}": not an allowed value; using ${fallback}.`
    );
    return fallback;
  }

  /**
   * A heading at `heading-level` (h2–h6), so the element fits the host page's outline.
   * Five plain templates rather than lit/static-html: a third of the bytes, and the HTML
   * minifier can read them. `content.text` may be a template (a title that is a link).
   */
  protected renderHeading(content: {text: unknown; lang?: string; dir?: string}, id = 'title', className = 'title') {
    const level = this.checkedNumber('heading-level', this.headingLevel, 3, (n) => n >= 2 && n <= 6 && n % 1 === 0);
    const lang = ifDefined(content.lang);
    const dir = ifDefined(content.dir);
    const text = content.text;
    return level === 2
      ? html`<h2 part="heading" class=${className} id=${id} lang=${lang} dir=${dir}>${text}</h2>`
      : level === 4
        ? html`<h4 part="heading" class=${className} id=${id} lang=${lang} dir=${dir}>${text}</h4>`
        : level === 5
          ? html`<h5 part="heading" class=${className} id=${id} lang=${lang} dir=${dir}>${text}</h5>`
          : level === 6
            ? html`<h6 part="heading" class=${className} id=${id} lang=${lang} dir=${dir}>${text}</h6>`
            : html`<h3 part="heading" class=${className} id=${id} lang=${lang} dir=${dir}>${text}</h3>`;
  }

  /**
   * Resolves a content text field for the page language: `lang` set when the text's
   * language differs from the page's (WCAG 3.1.2), `dir` when its direction differs from
   * the element's, or `auto` when its language is unknown.
   */
  protected tr(value: LocalizedText | undefined, itemLang?: string): Text | undefined {
    const page = this.locale.lang;
    const resolved = resolveText(value, page, itemLang);
    if (!resolved) return undefined;
    const rtl = isRtlLang(resolved.lang);
    return {
      text: resolved.text,
      lang: langAttr(resolved, page),
      dir: !resolved.lang ? 'auto' : rtl !== this.locale.rtl ? (rtl ? 'rtl' : 'ltr') : undefined,
    };
  }

  /**
   * A number in the page language's own way (`12,345`, `12 345`, `12.345`). Digits are
   * the locale's default, which CLDR sets by region: Latin for plain `ar` (and the
   * Maghreb), Arabic-Indic for `ar-EG`; a page can ask with `lang="ar-u-nu-arab"`.
   */
  protected formatNumber(n: number): string {
    const lang = this.locale.lang;
    if (this.#numberFormat?.[0] !== lang) this.#numberFormat = [lang, intl(Intl.NumberFormat, lang)];
    return this.#numberFormat[1].format(n);
  }

  /**
   * Formats an ISO date in the page language (Intl knows far more languages than our UI).
   * A date without a time ("2018-11-05") is a calendar day, the same everywhere: read as
   * UTC midnight, it must also be shown in UTC, or visitors west of UTC see the day before.
   */
  protected formatDate(iso: string, options: Intl.DateTimeFormatOptions = {dateStyle: 'long'}) {
    if (iso.length === 10) options = {...options, timeZone: 'UTC'};
    return intl(Intl.DateTimeFormat, this.locale.lang, options).format(new Date(iso));
  }
}
