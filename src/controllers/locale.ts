/**
 * Follows `<html lang>` (and `<html dir>`) live. One MutationObserver serves every element
 * on the page; each element's controller just asks for a re-render when the page language
 * or the loaded translations change. Content text fields resolve against the page language
 * itself, so a page in Italian gets the Italian text of a feed even though the UI falls
 * back to English.
 *
 * Direction: a page in a right-to-left language that does not say `dir` anywhere above an
 * element (`<html lang="ar">` alone) still gets a right-to-left element: the controller
 * puts `dir="rtl"` on the host, and takes it away when the language changes back. A `dir`
 * the page wrote on the element, or on any ancestor, is always left alone.
 */
import type {ReactiveController, ReactiveElement} from 'lit';
import {isRtlLang} from '../localization/direction.js';
import {localization, matchLocale} from '../localization/localize.js';
import {yieldToBrowser} from '../internal/yield.js';

const hosts = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/** The page language: `<html lang>`, or `en` when it is missing. */
export const pageLang = () => document.documentElement.lang.trim() || 'en';

/** Re-renders every element, one per task: a page of widgets at once would be a long task. */
async function refresh() {
  for (const host of [...hosts]) {
    // Removed meanwhile: nothing to show.
    if (hosts.has(host)) host.requestUpdate();
    await yieldToBrowser();
  }
}

let waiting = false;
let current: Promise<unknown> | undefined;
let settled = Promise.resolve();
let settle = () => {};

/**
 * Whether the translations for the page language are still on their way (for a second at
 * most): elements show their loading state meanwhile rather than their content in English
 * first (a flash, and a layout shift when the text lengths differ).
 */
export const waitingForTranslations = () => waiting;

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
    if (!waiting) settled = new Promise((resolve) => (settle = resolve));
    waiting = true;
    // A slow or hanging request: the content in English after a second, translated on arrival.
    timer = setTimeout(done, 1000);
  }
  request.then(done);
}

export class LocaleController implements ReactiveController {
  /** Whether the `dir="rtl"` on the host is ours (not the page's). */
  #ownDir = false;
  /** Whether the element is laid out right to left (as of its last update). */
  rtl = false;

  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
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

  /** Puts `dir="rtl"` on the host for a right-to-left page language no `dir` above covers. */
  hostUpdate() {
    const el = this.#host;
    const dir = el.getAttribute('dir');
    // Someone changed our value: from now on it is the page's.
    this.#ownDir &&= dir === 'rtl';
    if (dir == null || this.#ownDir) {
      let wanted = isRtlLang(pageLang());
      // The nearest ancestor (across shadow roots) with a valid `dir` decides instead.
      for (let node: Node | null = el; wanted && (node = node.parentNode ?? (node as ShadowRoot).host);) {
        if (/^(ltr|rtl|auto)$/i.test((node as Element).getAttribute?.('dir') as string)) wanted = false;
      }
      if (wanted !== this.#ownDir) {
        wanted ? el.setAttribute('dir', 'rtl') : el.removeAttribute('dir');
        this.#ownDir = wanted;
      }
    }
    this.rtl = el.matches(':dir(rtl)');
  }
}
