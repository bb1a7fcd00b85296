/**
 * An element's state in the page URL under namespaced parameters (`cm-q`, `cm-theme`…), so
 * that a shared link or the back button restores it. The host page's own parameters are
 * kept as written (URLSearchParams would re-encode them: `?a=b%20c&flag` → `?a=b+c&flag=`),
 * and so is the hash.
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';

/** The longest value read from the URL: a link is not a place for a novel. */
const MAX_VALUE = 500;

/**
 * The values of `params` in a URL, or `undefined` when it holds none of them. When it holds
 * any, it is the whole state (a missing parameter is an empty value): a shared link shows
 * what its author saw, whatever the page's initial attributes say.
 */
export function readUrlState(href: string, params: readonly string[]): string[] | undefined {
  const search = new URL(href).searchParams;
  return params.some((p) => search.has(p)) ? params.map((p) => (search.get(p) ?? '').slice(0, MAX_VALUE)) : undefined;
}

/** `href` with `params` set to `values` (empty ones left out), all else as written. */
export function urlWithState(href: string, params: readonly string[], values: readonly string[]): string {
  const url = new URL(href);
  const ours = new URLSearchParams();
  values.forEach((v, i) => v && ours.set(params[i], v));
  // Each of the page's parameters as written, unless it is one of ours (however encoded).
  const theirs = url.search
    .slice(1)
    .split('&')
    .filter((part) => !params.some((p) => new URLSearchParams(part).has(p)));
  url.search = [...theirs, ours].filter(String).join('&');
  return url.href;
}

export interface UrlStateOptions {
  /** The URL parameters, one per value of the state. */
  params: readonly string[];
  /** Whether the element keeps its state in the URL (its `sync-url`). */
  enabled: () => boolean;
  /** The element's state now. */
  get: () => string[];
  /** Sets the element's state from the URL: on start, or (`navigated`) by the back and forward buttons. */
  set: (values: string[], navigated: boolean) => void;
}

/** How the next update records the state: a new history entry, the current one, or none (back/forward). */
export type HistoryStep = 'push' | 'replace' | 'pop';

export class UrlStateController implements ReactiveController {
  readonly #options: UrlStateOptions;
  /** The state before the URL was read: where history goes back to past our entries. */
  #initial?: string[];
  #last?: string;

  constructor(host: ReactiveControllerHost & HTMLElement, options: UrlStateOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected() {
    addEventListener('popstate', this.#handlePopState);
  }

  hostDisconnected() {
    removeEventListener('popstate', this.#handlePopState);
  }

  /** Takes the state from the URL, when it holds one (call when syncing starts). */
  start() {
    // A server renders the element's own state: it has no URL of the visitor's.
    if (isServer) return;
    const {params, get, set} = this.#options;
    this.#initial ??= get();
    const state = readUrlState(location.href, params);
    if (state) set(state, false);
    this.#last = JSON.stringify(get());
  }

  /**
   * Writes the state to the URL after an update that changed it. Typing replaces the current
   * history entry (the back button should not replay a query letter by letter); a filter or
   * "Clear filters" pushes one, a step the visitor may want to go back from. Code setting a
   * property keeps the URL true too, without a new entry; back and forward write nothing.
   */
  record(step: HistoryStep | undefined) {
    const {params, enabled, get} = this.#options;
    const values = get();
    const changed = JSON.stringify(values) !== this.#last;
    this.#last = JSON.stringify(values);
    if (!enabled() || !changed || step === 'pop') return;
    try {
      const method = step === 'push' ? 'pushState' : 'replaceState';
      history[method](history.state, '', urlWithState(location.href, params, values));
    } catch {
      // A sandboxed iframe, or too many calls in a short time: the element still works,
      // and the page's URL simply does not follow.
    }
  }

  #handlePopState = () => {
    const {params, enabled, get, set} = this.#options;
    if (!enabled()) return;
    const state = readUrlState(location.href, params) ?? this.#initial!;
    if (JSON.stringify(state) !== JSON.stringify(get())) set(state, true);
  };
}
