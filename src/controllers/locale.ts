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
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {isRtlLang} from '../localization/direction.js';
import {localization, matchLocale} from '../localization/localize.js';

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/** The page language: `<html lang>`, or `en` when it is missing. */
export const pageLang = () => document.documentElement.lang.trim() || 'en';

const DIRS = new Set(['ltr', 'rtl', 'auto']);

/**
 * The nearest ancestor (across shadow roots) that sets a valid `dir`: the page has chosen
 * the direction there, and the element inherits it.
 */
function ancestorDir(el: Element): string | undefined {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element) {
      const dir = node.getAttribute('dir')?.trim().toLowerCase();
      if (dir && DIRS.has(dir)) return dir;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

function refresh() {
  for (const host of hosts) host.requestUpdate();
}

function sync() {
  const api = localization();
  const wanted = matchLocale(pageLang());
  // Always ask: getLocale() still names the old locale while another one loads, and
  // setLocale itself ignores a request for the locale being loaded or active.
  if (api) {
    api.setLocale(wanted).catch((e: unknown) => {
      console.warn(`cm-widgets: could not load the "${wanted}" translations (${(e as Error)?.message ?? e}); showing English.`);
    });
  }
  refresh();
}

function onLocalizeStatus(e: Event) {
  if ((e as CustomEvent<{status: string}>).detail.status === 'ready') refresh();
}

export class LocaleController implements ReactiveController {
  /** Whether the `dir="rtl"` on the host is ours (not the page's). */
  private ownDir = false;
  private isRtl = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(sync);
      observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang', 'dir']});
      window.addEventListener('lit-localize-status', onLocalizeStatus);
      sync();
    }
    this.syncDir();
  }

  hostUpdate() {
    this.syncDir();
  }

  hostDisconnected() {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
      window.removeEventListener('lit-localize-status', onLocalizeStatus);
    }
  }

  /** The page language, for resolving content text and formatting dates. */
  get lang() {
    return pageLang();
  }

  /** Whether the element is laid out right to left (as of its last update). */
  get rtl() {
    return this.isRtl;
  }

  /** Puts `dir="rtl"` on the host for a right-to-left page language no `dir` above covers. */
  private syncDir() {
    const el = this.host;
    const own = el.getAttribute('dir');
    // Someone changed our value: from now on it is the page's.
    if (this.ownDir && own !== 'rtl') this.ownDir = false;
    if (own === null || this.ownDir) {
      const wanted = isRtlLang(pageLang()) && !ancestorDir(el);
      if (wanted && !this.ownDir) {
        el.setAttribute('dir', 'rtl');
        this.ownDir = true;
      } else if (!wanted && this.ownDir) {
        el.removeAttribute('dir');
        this.ownDir = false;
      }
    }
    this.isRtl = el.matches(':dir(rtl)');
  }
}
