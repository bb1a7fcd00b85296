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

/**
 * Re-renders the elements already on screen (the others are waiting for `ready` and render
 * once, in the right language), one per task: a page of widgets at once would be a long task.
 */
async function refresh() {
  for (const host of [...hosts].filter((h) => h.hasUpdated)) {
    // Removed meanwhile: nothing to show.
    if (hosts.has(host)) host.requestUpdate();
    await yieldToBrowser();
  }
}

let ready: Promise<unknown> = Promise.resolve();

/**
 * Settles once the translations for the page language are in place, could not load, or
 * have taken a second: an element's first render waits for it, so a French page does not
 * show English first (a flash, and a layout shift when the text lengths differ), and a slow
 * or hanging request still leaves it in English rather than empty.
 */
export function translationsReady() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([ready, new Promise((r) => (timer = setTimeout(r, 1000)))]).finally(() => clearTimeout(timer));
}

function sync() {
  const wanted = matchLocale(pageLang());
  // Always ask: getLocale() still names the old locale while another one loads, and
  // setLocale itself ignores a request for the locale being loaded or active. Its promise
  // settles when the last locale asked for is ready. Content text follows the page language
  // at once in elements that render meanwhile; the refresh brings both up to date.
  ready = (localization()?.setLocale(wanted) ?? Promise.resolve()).catch((e: Error) =>
    console.warn(`cm-widgets: could not load the "${wanted}" translations (${e?.message}); showing English.`)
  );
  ready.then(refresh);
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
    this.#ownDir &&= dir == 'rtl';
    if (dir == null || this.#ownDir) {
      let wanted = isRtlLang(pageLang());
      // The nearest ancestor (across shadow roots) with a valid `dir` decides instead.
      for (let node: Node | null = el; wanted && (node = node.parentNode ?? (node as ShadowRoot).host); ) {
        if (/^(ltr|rtl|auto)$/i.test((node as Element).getAttribute?.('dir') as string)) wanted = false;
      }
      if (wanted != this.#ownDir) {
        wanted ? el.setAttribute('dir', 'rtl') : el.removeAttribute('dir');
        this.#ownDir = wanted;
      }
    }
    this.rtl = el.matches(':dir(rtl)');
  }
}
