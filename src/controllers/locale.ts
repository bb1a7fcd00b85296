/**
 * Follows `<html lang>` (and `<html dir>`) live. One MutationObserver serves every element
 * on the page; each element's controller just asks for a re-render when the page language
 * or the loaded translations change. Content text fields resolve against the page language
 * itself, so a page in Italian gets the Italian text of a feed even though the UI falls
 * back to English.
 *
 * Direction: the element is laid out in the page's direction, as any content is: a
 * right-to-left page says so with `dir="rtl"` (on `<html>`, an ancestor or the element).
 * `<html lang="ar">` alone does not turn the element around (README, Decisions).
 */
import {isServer, type ReactiveController, type ReactiveElement} from 'lit';
import {isCalendarDay} from '../content/date.js';
import {langAttr, resolveText} from '../content/text.js';
import type {LocalizedText} from '../content/types.js';
import {isRtlLang} from '../localization/direction.js';
import {intl, localization, matchLocale} from '../localization/localize.js';
import {yieldToBrowser} from './yield.js';

/**
 * A content text ready to render: the string, and the `lang` and `dir` it needs inside this
 * page, if any. `dir` is `rtl` or `ltr` when the text's language is written the other way
 * than the element, `auto` when its language is unknown (the browser then takes the
 * direction from the text itself, so "17 ideas." keeps its full stop at the end on a
 * right-to-left page), and absent when the text simply follows the element.
 */
export interface Text {
  text: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
}

const hosts = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/** The page language: `<html lang>`, or `en` when it is missing. */
export const pageLang = () => (isServer ? server.lang : document.documentElement.lang.trim()) || 'en';

/** Where the elements are rendered on a server (prerendering), the language to render in. */
export const server = {lang: 'en'};

/** Re-renders every element, one per task: a page of widgets at once would be a long task. */
async function refresh() {
  for (const host of [...hosts]) {
    // Removed meanwhile: nothing to show.
    if (hosts.has(host)) host.requestUpdate();
    await yieldToBrowser();
  }
}

let waiting = false;
let arrived = true;
let current: Promise<unknown> | undefined;
let settled = Promise.resolve();
let settle = () => {};

/**
 * Whether the translations for the page language are still on their way (for a second at
 * most): elements show their loading state meanwhile rather than their content in English
 * first (a flash, and a layout shift when the text lengths differ).
 */
export const waitingForTranslations = () => waiting;

/**
 * Whether the translations last asked for have arrived (or failed), not merely been waited
 * for a second: a prerendered element keeps its content, in the page's language, until then.
 */
export const translationsArrived = () => arrived;

/** Settles when the wait above has ended and every element has rendered since. */
export const translationsSettled = () => settled;

function sync() {
  const wanted = matchLocale(pageLang());
  const api = localization();
  const loading = !!api && api.getLocale() !== wanted;
  // Always ask: getLocale() still names the old locale while another one loads, and
  // setLocale itself ignores a request for the locale being loaded or active. Its promise
  // settles when the last locale asked for is ready.
  const request = (current = (api?.setLocale(wanted) ?? Promise.resolve()).catch((e: Error) =>
    console.warn(`cm-widgets: could not load the "${wanted}" translations (${e?.message}); showing English.`)
  ));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = () => {
    clearTimeout(timer);
    // A newer language was asked for meanwhile: the wait is for its request.
    if (current === request) {
      waiting = false;
      refresh().then(settle);
    }
  };
  if (loading) {
    arrived = false;
    if (!waiting) settled = new Promise((resolve) => (settle = resolve));
    waiting = true;
    // A slow or hanging request: the content in English after a second, translated on arrival.
    timer = setTimeout(done, 1000);
  }
  request.then(() => {
    if (current === request) arrived = true;
    done();
  });
}

/**
 * The page language for one element: its direction, the content texts it shows (resolved
 * for the page language), and numbers, dates and durations in that language.
 */
export class LocaleController implements ReactiveController {
  #numberFormat?: [lang: string, format: Intl.NumberFormat];
  /** Whether the element is laid out right to left (as of its last update). */
  rtl = false;

  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
    // A server renders without updating controllers: the direction is the language's.
    if (isServer) this.rtl = isRtlLang(pageLang());
  }

  hostConnected() {
    hosts.add(this.#host);
    if (!observer) {
      observer = new MutationObserver(sync);
      observer.observe(document.documentElement, {attributeFilter: ['lang', 'dir']});
      sync();
    }
    this.hostUpdate();
  }

  hostDisconnected() {
    hosts.delete(this.#host);
    if (!hosts.size) {
      observer!.disconnect();
      observer = undefined;
    }
  }

  /** The page language, for resolving content text and formatting dates. */
  get lang() {
    return pageLang();
  }

  /** The direction the element is laid out in: the page's (`dir` on the element or an ancestor). */
  hostUpdate() {
    this.rtl = this.#host.matches(':dir(rtl)');
  }

  /**
   * Resolves a content text field for the page language: `lang` set when the text's
   * language differs from the page's (WCAG 3.1.2), `dir` when its direction differs from
   * the element's, or `auto` when its language is unknown.
   */
  text(value: LocalizedText | undefined, itemLang?: string): Text | undefined {
    const page = this.lang;
    const resolved = resolveText(value, page, itemLang);
    if (!resolved) return undefined;
    const rtl = isRtlLang(resolved.lang);
    return {
      text: resolved.text,
      lang: langAttr(resolved, page),
      dir: !resolved.lang ? 'auto' : rtl !== this.rtl ? (rtl ? 'rtl' : 'ltr') : undefined,
    };
  }

  /**
   * A number in the page language's own way (`12,345`, `12 345`, `12.345`). Digits are
   * the locale's default, which CLDR sets by region: Latin for plain `ar` (and the
   * Maghreb), Arabic-Indic for `ar-EG`; a page can ask with `lang="ar-u-nu-arab"`.
   */
  number(n: number): string {
    const lang = this.lang;
    if (this.#numberFormat?.[0] !== lang) this.#numberFormat = [lang, intl(Intl.NumberFormat, lang)];
    return this.#numberFormat[1].format(n);
  }

  /**
   * An ISO date in the page language (Intl knows far more languages than our UI). A
   * calendar day is shown in UTC, where it was read: the same day everywhere.
   */
  date(iso: string, options: Intl.DateTimeFormatOptions = {dateStyle: 'long'}): string {
    if (isCalendarDay(iso)) options = {...options, timeZone: 'UTC'};
    return intl(Intl.DateTimeFormat, this.lang, options).format(new Date(iso));
  }

  /**
   * A length in minutes, as "75 min": understood in every language we speak, where Intl's
   * duration words would cost the script-tag bundle what it no longer has (README, Decisions).
   */
  duration(minutes: number): string {
    return `${minutes} min`;
  }
}
