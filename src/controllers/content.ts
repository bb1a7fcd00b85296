/**
 * Where an element's items come from, written once for every element. DESIGN.md's order:
 * the JS property, then attributes, then a `src` feed, then the light-DOM children. Feeds
 * (and lists too large to normalize in one frame) load through @lit/task, which aborts the
 * run before each new input, so a late answer never overwrites a newer one; we add what
 * Task lacks: a removed element aborts its run and starts again when it comes back.
 */
import {initialState, Task, TaskStatus} from '@lit/task';
import {html, nothing, type ReactiveController} from 'lit';
import {DEFAULT_TIMEOUT, FeedError, fetchFeed} from '../content/feed.js';
import {normalizeAll, normalizeSliced, selectItems, SYNC_LIMIT, type Normalizer} from '../content/normalize.js';
import type {ContentKind} from '../content/types.js';
import type {CmElement} from '../internal/cm-element.js';
import {fire} from '../internal/events.js';
import {waitingForTranslations} from './locale.js';
import {feedErrorText, invalidText, loadingText, nothingText, retryText} from '../internal/messages.js';

/** Items given directly (property or attributes), with a label for warnings. */
export interface LocalItems {
  items: readonly unknown[];
  /** Where they came from, for warnings: `the "story" property`, `its attributes`. */
  source: string;
  /** Feed field names as the user wrote them there (`{url: 'href'}` for attributes). */
  rename?: Record<string, string>;
}

/** A property or attribute that was set but is unusable (broken JSON, not an array). */
export interface BadInput {
  error: string;
}

export interface ContentOptions<T> {
  kind: ContentKind;
  /** One item's name in warnings: `story`. */
  noun: string;
  normalize: Normalizer<T>;
  /** Items from the property or attributes, when the user set any. */
  local: () => LocalItems | BadInput | undefined;
  src: () => string | null | undefined;
  /** Raw items read from the element's children. */
  lightDom?: () => unknown[];
  /**
   * For a one-item element: the `id` of the feed item to show (`story-id`), or nothing for
   * the first. A feed without it is a `not-found` error.
   */
  id?: () => string | null | undefined;
  timeout?: () => number | undefined;
  /** How to give this element content, for the "no content" warning. */
  hint: string;
  /** The most items the element can use; the rest are dropped with one warning. */
  max?: number;
  /** The element shows an empty list itself (otherwise: "There is nothing to show yet."). */
  emptyOk?: boolean;
}

export interface ContentRenderers<T> {
  complete: (items: T[]) => unknown;
  /** Placeholder shown while a feed loads (default: four lines): keep it the size of the result. */
  loading?: () => unknown;
}

/** The default loading placeholder: a box of four lines, shaped by each element's styles. */
const skeleton = html`<div class="skeleton-card">
  <span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span
  ><span class="skeleton"></span>
</div>`;

/**
 * The JSON attribute converter for list elements (`quotes='[…]'`, `ideas='[…]'`): an
 * unparseable value becomes a BadInput that the controller reports, never an exception.
 */
export const jsonListConverter = (value: string | null): unknown[] | BadInput | undefined => {
  if (value == null) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : {error: 'it is JSON but not an array'};
  } catch (e) {
    return {error: `it is not valid JSON (${(e as Error).message})`};
  }
};

/** The property-or-attribute input of a list element, checked. */
export function listInput(host: HTMLElement, name: string, value: unknown): LocalItems | BadInput | undefined {
  if (value == null) return undefined;
  const where = `the "${name}" ${host.hasAttribute(name) ? 'attribute' : 'property'}`;
  return Array.isArray(value)
    ? {items: value, source: where}
    : {error: `ignored ${where}: ${(value as BadInput).error ?? 'it is not an array'}.`};
}

export class ContentController<T> implements ReactiveController {
  #local?: [readonly unknown[], T[]];
  #lightItems?: T[];
  #abortedByDisconnect = false;
  readonly #host: CmElement;
  readonly #options: ContentOptions<T>;
  /** Loads the feed, or normalizes a list given directly that is too long for one frame. */
  readonly #task: Task<unknown[], T[]>;

  constructor(host: CmElement, options: ContentOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#task = new Task<unknown[], T[]>(host, {
      task: ([input], {signal}) =>
        typeof input === 'string'
          ? this.#load(input, signal)
          : input
            ? normalizeSliced(input as unknown[], this.#options.normalize, this.#report(), signal)
            : initialState,
      args: (): unknown[] => [
        this.#mode === 'async' && ((this.#options.local() as LocalItems)?.items ?? this.#options.src()),
        this.#options.id?.(),
      ],
    });
  }

  /**
   * Which input is in use, following DESIGN.md's priority. `async`: a feed, or items given
   * directly but too many to normalize without a long task.
   */
  get #mode(): 'async' | 'property' | 'light-dom' | 'invalid' | 'none' {
    const local = this.#options.local();
    if (local && 'items' in local) return local.items.length > SYNC_LIMIT ? 'async' : 'property';
    if (this.#options.src()) return 'async';
    if (this.#lightDomItems().length) return 'light-dom';
    // A broken JSON attribute with nothing to fall back on: say so in the page too.
    return local ? 'invalid' : 'none';
  }

  /** The items on display (empty while loading or after an error), at most `max`. */
  get items(): T[] {
    const mode = this.#mode;
    const {max = Infinity, noun} = this.#options;
    const items =
      (mode === 'async'
        ? this.#task.status === TaskStatus.COMPLETE && this.#task.value
        : mode === 'property'
          ? this.#normalizedLocal()
          : mode === 'light-dom' && this.#lightItems) || [];
    if (items.length <= max) return items;
    this.#host.warn(`shows the first ${max} ${noun}s of ${items.length}; the others are left out.`);
    return items.slice(0, max);
  }

  hostUpdate() {
    const local = this.#options.local();
    if (local && 'error' in local) this.#host.warn(local.error);
  }

  hostConnected() {
    // A webmaster's typo (scr=, herf=) would otherwise leave an empty box and no clue;
    // the check waits a task so that frameworks can set properties after creating us.
    setTimeout(() => {
      if (this.#host.isConnected && this.#mode === 'none') this.#host.warn(`no content: ${this.#options.hint}.`);
    });
    // Task has no disconnect hook: an element moved in the page resumes its aborted run.
    if (this.#abortedByDisconnect) {
      this.#abortedByDisconnect = false;
      this.#task.run();
    }
  }

  hostDisconnected() {
    if (this.#task.status === TaskStatus.PENDING) {
      this.#abortedByDisconnect = true;
      this.#task.abort();
    }
  }

  render({complete, loading}: ContentRenderers<T>): unknown {
    const mode = this.#mode;
    const async = mode === 'async';
    const {status, error} = this.#task;
    const waiting = waitingForTranslations();
    // Children we cannot read stay what the webmaster wrote (progressive enhancement); so
    // do children we can, until the page's translations are here.
    if (mode === 'none' || (mode === 'light-dom' && waiting)) {
      return this.#host.childElementCount ? html`<slot></slot>` : nothing;
    }
    if ((async && (status < TaskStatus.COMPLETE || this.#abortedByDisconnect)) || waiting) {
      return html`<div part="loading" aria-busy="true">
        <span class="visually-hidden" role="status">${loadingText()}</span>${loading?.() ?? skeleton}
      </div>`;
    }
    if (async && status === TaskStatus.ERROR) return this.#stateTemplate(feedErrorText(error), true);
    const items = this.items;
    if (items.length || (this.#options.emptyOk && mode !== 'invalid')) return complete(items);
    // An empty list is nothing to show; a list whose every item was unusable is an error.
    const local = this.#options.local() as LocalItems | undefined;
    return this.#stateTemplate(async || local?.items?.length === 0 ? nothingText() : invalidText(), async);
  }

  #stateTemplate(message: string, retry?: boolean) {
    return html`<div class="state" part="error" role="alert">
      <p>${message}</p>
      ${
        retry
          ? html`<button type="button" part="retry-button" @click=${() => this.#task.run()}>${retryText()}</button>`
          : nothing
      }
    </div>`;
  }

  async #load(src: string, signal: AbortSignal): Promise<T[]> {
    const {kind, noun, normalize, timeout} = this.#options;
    try {
      // A removed, empty or non-numeric timeout would fire at once: warn and use 10 s.
      const data = await fetchFeed(src, {
        signal,
        timeout: this.#host.checkedNumber('timeout', timeout?.(), DEFAULT_TIMEOUT, (n) => n > 0),
      });
      const raw = selectItems(data, kind);
      if (!raw) throw new FeedError('shape', src, `expected an array, or an object with a "${kind}" array`);
      let items = await normalizeSliced(raw, normalize, this.#report(`the feed "${src}"`), signal);
      if (this.#options.id) {
        const id = this.#options.id();
        items = items.filter((item) => !id || (item as {id?: string}).id === id).slice(0, 1);
        if (!items[0])
          throw new FeedError('not-found', src, id ? `no ${noun} with id "${id}"` : `the feed has no ${noun}`);
      }
      return items;
    } catch (error) {
      // An abort is ours (src changed, element removed): nothing went wrong for anyone.
      if (!signal.aborted) {
        console.error(
          `<${this.#host.localName}>: could not use the feed "${src}": ${(error as Error)?.message ?? error}.`
        );
        fire(this.#host, 'cm-error', {error, src});
      }
      throw error;
    }
  }

  /**
   * Reports the problems of a feed's or the children's items (`where`), or else of those
   * given directly, with field names as the user wrote them there.
   */
  #report(where?: string) {
    const {source, rename = {}} = where ? {source: where} : (this.#options.local() as LocalItems);
    return (index: number, problem: string, skipped: boolean) =>
      this.#host.warn(
        `${skipped ? 'skipped' : 'in'} ${this.#options.noun} #${index + 1} of ${source}: ${problem.replace(
          /"(\w+)"/g,
          (quoted, field: string) => (typeof rename[field] === 'string' ? `"${rename[field]}"` : quoted)
        )}.`
      );
  }

  #normalizedLocal(): T[] {
    const {items} = this.#options.local() as LocalItems;
    if (this.#local?.[0] !== items) this.#local = [items, normalizeAll(items, this.#options.normalize, this.#report())];
    return this.#local[1];
  }

  #lightDomItems(): T[] {
    // Not cached while empty: children may be appended after the element is created.
    if (!this.#lightItems?.length) {
      this.#lightItems = normalizeAll(
        this.#options.lightDom?.() ?? [],
        this.#options.normalize,
        this.#report('its HTML children')
      );
    }
    return this.#lightItems;
  }
}
