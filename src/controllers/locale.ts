/**
 * Follows `<html lang>` live. One MutationObserver serves every element on the page; each
 * element's controller just asks for a re-render when the page language or the loaded
 * translations change. Content text fields resolve against the page language itself, so a
 * page in Italian gets the Italian text of a feed even though the UI falls back to English.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {localization, matchLocale} from '../localization/localize.js';

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/** The page language: `<html lang>`, or `en` when it is missing. */
export const pageLang = () => document.documentElement.lang.trim() || 'en';

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
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected() {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(sync);
      observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});
      window.addEventListener('lit-localize-status', onLocalizeStatus);
      sync();
    }
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
}
