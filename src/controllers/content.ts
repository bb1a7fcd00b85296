/**
 * Where an element's items come from, written once for every element. DESIGN.md's order:
 * the JS property, then attributes, then a `src` feed, then the HTML children. Feeds (and
 * lists too large to normalize in one frame) load through @lit/task, which aborts the run
 * before each new input, so a late answer never overwrites a newer one; we add what Task
 * lacks: a removed element aborts its run and starts again when it comes back.
 *
 * The controller says what there is to show (`state`); the base element renders it.
 */
import {initialState, Task, TaskStatus} from '@lit/task';
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {DEFAULT_TIMEOUT, FeedError, fetchFeed} from '../content/feed.js';
import {normalizeItems, selectItems, type ContentType, type Source} from '../content/normalize.js';
import type {Reader} from '../content/readers.js';
import {checkedDelay, warn} from '../internal/diagnostics.js';
import {fire} from '../internal/events.js';
import {yieldToBrowser} from './yield.js';

/** Items given directly (property or attributes), and where they came from. */
export interface LocalItems {
  items: readonly unknown[];
  source: Source;
}

/** A property or attribute that was set but is unusable (broken JSON, not an array). */
export interface BadInput {
  error: string;
}

export interface ContentOptions<T> {
  type: ContentType<T>;
  /** Items from the property or attributes, when the user set any. */
  local: () => LocalItems | BadInput | undefined;
  src: () => string | null | undefined;
  /** Reads items from the element's HTML children. */
  read?: Reader;
  /**
   * For a one-item element: the `id` of the feed item to show (`story-id`), or nothing for
   * the first. A feed without it is a `not-found` error.
   */
  id?: () => string | null | undefined;
  /** The `timeout` attribute: milliseconds to wait for the feed. */
  timeout?: () => unknown;
  /** How to give this element content, for the "no content" warning. */
  hint: string;
  /** The element shows an empty list itself (otherwise: "There is nothing to show yet."). */
  emptyOk?: boolean;
  /**
   * The element's own work on each good item, done while normalizing (in the slices of a
   * large list): the ideas folded for search, the quotes without their quotation marks.
   */
  prepare?: (item: T) => T;
}

/** Where the items on display come from. */
export type ContentSource = 'local' | 'feed' | 'children';

/** What there is to show. */
export type ContentState<T> =
  /** No content was given (the children, if any, are not readable as items). */
  | {status: 'none'}
  | {status: 'loading'; from: ContentSource}
  /** The feed failed: `error` is a FeedError (or the failure of the network). */
  | {status: 'failed'; from: 'feed'; error: unknown}
  /** Nothing usable: `empty` when the list was empty, else every item (or the input) was unusable. */
  | {status: 'unusable'; from: ContentSource | 'invalid'; empty: boolean}
  | {status: 'ready'; from: ContentSource; items: T[]};

/** The input chosen by DESIGN.md's priority, once per update. */
type Input =
  | {use: 'local'; items: readonly unknown[]; source: Source}
  | {use: 'feed'; src: string}
  | {use: 'children'}
  | {use: 'invalid'}
  | {use: 'none'};

/**
 * The longest list normalized at once, inside an update: a few milliseconds even for ideas,
 * which are also folded for search. Longer lists go through slices.
 */
export const SYNC_LIMIT = 500;

/** Work per slice (ms): well under a 50 ms long task on a slow phone. */
const SLICE_MS = 8;

/**
 * The JSON attribute converter of list attributes (`quotes='[…]'`, `ideas='[…]'`,
 * `speakers='[…]'`): an unparseable value becomes a BadInput that is reported, never an
 * exception.
 */
export const jsonListConverter = (value: string | null): unknown[] | BadInput | undefined => {
  if (!value?.trim()) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : {error: 'it is JSON but not an array'};
  } catch (e) {
    return {error: `it is not valid JSON (${(e as Error).message})`};
  }
};

/** The property-or-attribute input of a list element (`quotes`, `ideas`), checked. */
export function listInput(host: HTMLElement, name: string, value: unknown): LocalItems | BadInput | undefined {
  if (value == null) return undefined;
  const label = `the "${name}" ${host.hasAttribute(name) ? 'attribute' : 'property'}`;
  if (Array.isArray(value)) return {items: value, source: {label}};
  const why = (value as BadInput).error ?? 'it is not an array';
  return {error: `ignored ${label}: ${why}.`};
}

/** Whether two lists hold the same items: the same objects, or objects with the same values. */
function sameItems(a: readonly unknown[], b: readonly unknown[]) {
  const same = (x: unknown, y: unknown) => {
    if (x === y) return true;
    if (typeof x !== 'object' || typeof y !== 'object' || !x || !y) return false;
    const keys = Object.keys(x);
    const other = y as Record<string, unknown>;
    return keys.length === Object.keys(y).length && keys.every((k) => (x as Record<string, unknown>)[k] === other[k]);
  };
  return a.length === b.length && a.every((x, i) => same(x, b[i]));
}

type Host = ReactiveControllerHost & HTMLElement;

export class ContentController<T> implements ReactiveController {
  readonly #host: Host;
  readonly #options: ContentOptions<T>;
  /** Loads the feed, or normalizes a list given directly that is too long for one frame. */
  readonly #task: Task<unknown[], T[]>;
  #input: Input = {use: 'none'};
  /** Items given directly, and what they normalized to (a card's attributes make a new list each update). */
  #local?: [raw: readonly unknown[], items: T[]];
  #children?: T[];
  #abortedByDisconnect = false;
  #state: ContentState<T> = {status: 'none'};

  constructor(host: Host, options: ContentOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#task = new Task<unknown[], T[]>(host, {
      task: ([input, id], {signal}) => {
        if (typeof input === 'string') return this.#load(input, id as string | undefined, signal);
        if (input)
          return this.#normalizeSliced(input as readonly unknown[], (this.#input as {source: Source}).source, signal);
        return initialState;
      },
      args: (): unknown[] => {
        const input = this.#input;
        // Only feeds and long lists run in the task; the rest is normalized in the update.
        const run =
          input.use === 'feed' ? input.src : input.use === 'local' && !this.#syncList(input.items) && input.items;
        return [run, this.#options.id?.()];
      },
    });
  }

  /** What there is to show, as of the element's current update. */
  get state(): ContentState<T> {
    return this.#state;
  }

  /** The items on display (empty while loading or after an error). */
  get items(): T[] {
    return this.#state.status === 'ready' ? this.#state.items : [];
  }

  /** Loads the feed again (the Retry button). */
  retry() {
    this.#task.run();
  }

  /**
   * Chooses the input and works out the state, once per update: the base element calls it
   * before the element's own `willUpdate`, so everything the element computes sees it.
   */
  resolve() {
    this.#input = this.#choose(true);
    this.#state = this.#stateOf(this.#input);
  }

  /** The input DESIGN.md's priority picks; `report` warns about an unusable property or attribute. */
  #choose(report = false): Input {
    const given = this.#options.local();
    if (given && 'error' in given && report) warn(this.#host, given.error);
    const src = this.#options.src();
    if (given && 'items' in given) return {use: 'local', items: given.items, source: given.source};
    if (src) return {use: 'feed', src};
    if (this.#childItems().length) return {use: 'children'};
    // A broken JSON attribute with nothing to fall back on: say so in the page too.
    return {use: given ? 'invalid' : 'none'};
  }

  #stateOf(input: Input): ContentState<T> {
    const {emptyOk} = this.#options;
    if (input.use === 'none') return {status: 'none'};
    if (input.use === 'invalid') return {status: 'unusable', from: 'invalid', empty: false};
    const from: ContentSource = input.use;
    let items: T[];
    let empty: boolean;
    if (from === 'children') {
      items = this.#children!;
      empty = false;
    } else if (input.use === 'local' && this.#syncList(input.items)) {
      items = this.#normalizedLocal(input.items, input.source);
      empty = !input.items.length;
    } else {
      const {status, value, error} = this.#task;
      // A run aborted by removal is still to do: it starts again when the element comes back.
      if (this.#abortedByDisconnect) return {status: 'loading', from};
      if (status === TaskStatus.ERROR && from === 'feed') return {status: 'failed', from, error};
      if (status !== TaskStatus.COMPLETE) return {status: 'loading', from};
      items = value ?? [];
      // A feed is never "unusable input": an empty one has nothing to show yet. A long list
      // given directly is empty only when it was, not when all its items were unusable.
      empty = input.use !== 'local' || !input.items.length;
    }
    if (!items.length && !emptyOk) return {status: 'unusable', from, empty};
    return {status: 'ready', from, items};
  }

  /**
   * Whether a list given directly is normalized in the update: any on a server, where there
   * is no frame to keep free and no task runs, and a short one.
   */
  #syncList(items: readonly unknown[]) {
    return isServer || items.length <= SYNC_LIMIT;
  }

  hostConnected() {
    // A webmaster's typo (scr=, herf=) would otherwise leave an empty box and no clue; the
    // check waits a task so that frameworks can set properties after creating us.
    setTimeout(() => {
      if (this.#host.isConnected && this.#choose().use === 'none') {
        warn(this.#host, `no content: ${this.#options.hint}.`);
      }
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

  async #load(src: string, id: string | undefined, signal: AbortSignal): Promise<T[]> {
    const {type, timeout} = this.#options;
    try {
      // A removed, empty, non-numeric or huge timeout: warn and use 10 s.
      const data = await fetchFeed(src, {
        signal,
        timeout: checkedDelay(this.#host, 'timeout', timeout?.(), DEFAULT_TIMEOUT),
      });
      const raw = selectItems(data, type.kind);
      if (!raw) throw new FeedError('shape', src, `expected an array, or an object with a "${type.kind}" array`);
      const items = await this.#normalizeSliced(raw, {label: `the feed "${src}"`}, signal);
      if (!this.#options.id) return items;
      // A one-item element: the item with the id asked for, else the first.
      const item = id ? items.find((candidate) => (candidate as {id?: string}).id === id) : items[0];
      if (!item) {
        throw new FeedError('not-found', src, id ? `no ${type.noun} with id "${id}"` : `the feed has no ${type.noun}`);
      }
      return [item];
    } catch (error) {
      // An abort is ours (src changed, element removed): nothing went wrong for anyone.
      if (!signal.aborted) {
        const why = (error as Error)?.message ?? error;
        console.error(`<${this.#host.localName}>: could not use the feed "${src}": ${why}.`);
        fire(this.#host, 'cm-error', {error, src});
      }
      throw error;
    }
  }

  /** Normalizes a list, reporting each problem as a warning that names the element. */
  #normalize(items: readonly unknown[], source: Source, from?: number, to?: number, out?: T[]) {
    const {type, prepare} = this.#options;
    const start = out?.length ?? 0;
    const result = normalizeItems(items, type, source, (message) => warn(this.#host, message), from, to, out);
    if (prepare) for (let i = start; i < result.length; i++) result[i] = prepare(result[i]);
    return result;
  }

  /**
   * The same result as #normalize, computed in slices of a few milliseconds (by time, not
   * by count: an item's cost depends on its texts and on the element) with the browser free
   * to paint and answer input in between. Stops with the signal's reason when aborted.
   */
  async #normalizeSliced(items: readonly unknown[], source: Source, signal: AbortSignal): Promise<T[]> {
    const out: T[] = [];
    // A yield before every slice, the first too: when one shared feed answers, each element
    // waiting for it then works in a task of its own instead of all in one long task.
    for (let from = 0; from < items.length;) {
      await yieldToBrowser();
      signal.throwIfAborted();
      const deadline = performance.now() + SLICE_MS;
      do this.#normalize(items, source, from, ++from, out);
      while (from < items.length && performance.now() < deadline);
    }
    return out;
  }

  #normalizedLocal(items: readonly unknown[], source: Source): T[] {
    if (!this.#local || !sameItems(this.#local[0], items)) this.#local = [items, this.#normalize(items, source)];
    return this.#local[1];
  }

  #childItems(): T[] {
    const {read} = this.#options;
    // Not kept while empty: children may be appended after the element is created.
    if (read && !this.#children?.length) {
      const say = (problem: string) => warn(this.#host, `${problem}.`);
      this.#children = this.#normalize(read(this.#host, say), {label: 'its HTML children'});
    }
    return this.#children ?? [];
  }
}
