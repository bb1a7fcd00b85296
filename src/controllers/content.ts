/**
 * Where an element's items come from, written once for every element. DESIGN.md's order:
 * the JS property, then attributes, then a `src` feed, then the light-DOM children. Feeds
 * load through @lit/task, which drops stale answers when `src` changes; we add the abort
 * on disconnect that Task does not do, the shared request, the timeout and the reporting.
 */
import {Task, TaskStatus, initialState} from '@lit/task';
import {html, nothing, type ReactiveController, type TemplateResult} from 'lit';
import {DEFAULT_TIMEOUT, FeedError, fetchFeed, isAbort} from '../content/feed.js';
import {
  normalizeAll,
  normalizeSliced,
  selectItems,
  SLICE,
  type Normalizer,
} from '../content/normalize.js';
import type {ContentKind} from '../content/types.js';
import type {CmElement} from '../internal/cm-element.js';
import {fire} from '../internal/events.js';
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
  /** Narrows the feed's items (`story-id`); throws a `not-found` FeedError when nothing fits. */
  select?: (items: T[], src: string) => T[];
  /** Extra task arguments that should reload or reselect (`story-id`). */
  selectArgs?: () => unknown[];
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

export type ContentMode = 'property' | 'feed' | 'light-dom' | 'invalid' | 'none';

/**
 * The JSON attribute converter for list elements (`quotes='[…]'`, `ideas='[…]'`): an
 * unparseable value becomes a BadInput that the controller reports, never an exception.
 */
export const jsonListConverter = {
  fromAttribute(value: string | null): unknown[] | BadInput | undefined {
    if (value === null) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? parsed : {error: 'it is JSON but not an array'};
    } catch (e) {
      return {error: `it is not valid JSON (${(e as Error).message})`};
    }
  },
};

/** The property-or-attribute input of a list element, checked. */
export function listInput(
  host: HTMLElement,
  name: string,
  value: unknown
): LocalItems | BadInput | undefined {
  if (value === undefined || value === null) return undefined;
  const where = host.hasAttribute(name) ? `attribute` : `property`;
  if (Array.isArray(value)) return {items: value, source: `the "${name}" ${where}`};
  const error = (value as BadInput).error ?? 'it is not an array';
  return {error: `ignored the "${name}" ${where}: ${error}.`};
}

export class ContentController<T> implements ReactiveController {
  private readonly task: Task<[string | undefined, (readonly unknown[])?, ...unknown[]], T[]>;
  private localInput?: readonly unknown[];
  private localItems: T[] = [];
  private lightItems?: T[];
  private abortedByDisconnect = false;

  constructor(
    private readonly host: CmElement,
    private readonly options: ContentOptions<T>
  ) {
    host.addController(this);
    // The task loads feeds, and normalizes lists too large to normalize in one frame.
    this.task = new Task(host, {
      task: ([src, large], {signal}) =>
        src
          ? this.load(src, signal)
          : large
            ? this.normalizeLarge(large, signal)
            : Promise.resolve(initialState),
      args: () => [
        this.mode === 'feed' ? (options.src() ?? undefined) : undefined,
        this.largeLocal(),
        ...(options.selectArgs?.() ?? []),
      ],
    }) as Task<[string | undefined, (readonly unknown[])?, ...unknown[]], T[]>;
  }

  /** Property/attribute items too many to normalize without a long task, else undefined. */
  private largeLocal(): readonly unknown[] | undefined {
    const local = this.options.local();
    return local && 'items' in local && local.items.length > SLICE ? local.items : undefined;
  }

  /** Whether the items come through the task (a feed, or a large list given directly). */
  private get viaTask() {
    const mode = this.mode;
    return mode === 'feed' || (mode === 'property' && !!this.largeLocal());
  }

  /** Which input is in use, following DESIGN.md's priority. */
  get mode(): ContentMode {
    const local = this.options.local();
    if (local && 'items' in local) return 'property';
    if (this.options.src()) return 'feed';
    if (this.lightDomItems().length) return 'light-dom';
    // A broken JSON attribute with nothing to fall back on: say so in the page too.
    return local ? 'invalid' : 'none';
  }

  /** The items on display (empty while loading or after an error), at most `max`. */
  get items(): T[] {
    const items = this.allItems;
    const max = this.options.max;
    if (max === undefined || items.length <= max) return items;
    // The same array for the same input, so elements can memoize on it.
    if (this.capped?.from !== items) {
      this.host.warn(`shows the first ${max} ${this.options.noun}s of ${items.length}; the others are left out.`);
      this.capped = {from: items, to: items.slice(0, max)};
    }
    return this.capped.to;
  }

  private capped?: {from: T[]; to: T[]};

  private get allItems(): T[] {
    if (this.viaTask) {
      return this.task.status === TaskStatus.COMPLETE ? (this.task.value ?? []) : [];
    }
    switch (this.mode) {
      case 'property':
        return this.normalizedLocal();
      case 'light-dom':
        return this.lightDomItems();
      default:
        return [];
    }
  }

  get loading() {
    return this.viaTask && this.task.status === TaskStatus.PENDING;
  }

  hostUpdate() {
    const local = this.options.local();
    if (local && 'error' in local) this.host.warn(local.error);
  }

  hostConnected() {
    // A webmaster's typo (scr=, herf=) would otherwise leave an empty box and no clue;
    // the check waits a task so that frameworks can set properties after creating us.
    setTimeout(() => {
      if (this.host.isConnected && this.mode === 'none') {
        this.host.warn(`no content: ${this.options.hint}.`);
      }
    });
    // Task has no disconnect hook: an element moved in the page resumes its aborted load.
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      this.task.run();
    }
  }

  hostDisconnected() {
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort();
    }
  }

  /** Loads the feed again (the Retry button). */
  retry() {
    return this.task.run();
  }

  render({complete, loading}: ContentRenderers<T>): unknown {
    const mode = this.mode;
    // Children we cannot read stay what the webmaster wrote (progressive enhancement).
    if (mode === 'none') return this.host.childElementCount ? html`<slot></slot>` : nothing;
    if (mode === 'invalid') return this.stateTemplate(invalidText());
    if (!this.viaTask) {
      const items = this.items;
      if (items.length || this.options.emptyOk) return complete(items);
      // An empty list is nothing to show; a list whose every item was unusable is an error.
      const local = this.options.local();
      const given = local && 'items' in local ? local.items.length : 1;
      return this.stateTemplate(given ? invalidText() : nothingText());
    }
    return this.task.render({
      initial: () => nothing,
      pending: () =>
        html`<div part="loading" aria-busy="true">
          <span class="visually-hidden" role="status">${loadingText()}</span>${loading?.() ?? skeleton}
        </div>`,
      complete: () =>
        this.items.length || this.options.emptyOk
          ? complete(this.items)
          : this.stateTemplate(nothingText(), true),
      error: (error) => (isAbort(error) ? nothing : this.stateTemplate(feedErrorText(error), true)),
    });
  }

  private stateTemplate(message: string, retry = false): TemplateResult {
    return html`<div class="state" part="error" role="alert">
      <p>${message}</p>
      ${retry
        ? html`<button type="button" part="retry-button" @click=${() => this.retry()}>${retryText()}</button>`
        : nothing}
    </div>`;
  }

  private async load(src: string, signal: AbortSignal): Promise<T[]> {
    const {kind, noun, normalize, select} = this.options;
    try {
      // A removed, empty or non-numeric timeout would fire at once: warn and use 10 s.
      const timeout = this.host.checkedNumber('timeout', this.options.timeout?.(), DEFAULT_TIMEOUT, (n) => n > 0);
      const data = await fetchFeed(src, {signal, timeout});
      const raw = selectItems(data, kind);
      if (!raw) {
        throw new FeedError('shape', src, `expected an array, or an object with a "${kind}" array`);
      }
      const items = await normalizeSliced(
        raw,
        normalize,
        (index, problem, skipped) =>
          this.host.warn(
            `${skipped ? 'skipped' : 'in'} ${noun} #${index + 1} of the feed "${src}": ${problem}.`
          ),
        signal
      );
      return select ? select(items, src) : items;
    } catch (error) {
      // An abort is ours (src changed, element removed): nothing went wrong for anyone.
      if (isAbort(error) || signal.aborted) throw error;
      const message = error instanceof FeedError ? error.message : String(error);
      console.error(`<${this.host.localName}>: could not use the feed "${src}": ${message}.`);
      fire(this.host, 'cm-error', {error, src});
      throw error;
    }
  }

  /** Warnings for items given directly, with the field names as the user wrote them. */
  private localReport(local: LocalItems) {
    const rename = (problem: string) =>
      problem.replace(/"(\w+)"/g, (m, field: string) =>
        local.rename?.[field] ? `"${local.rename[field]}"` : m
      );
    return (index: number, problem: string, skipped: boolean) =>
      this.host.warn(
        `${skipped ? 'cannot show' : 'in'} the ${this.options.noun}${
          local.items.length > 1 ? ` #${index + 1}` : ''
        } of ${local.source}: ${rename(problem)}.`
      );
  }

  private normalizedLocal(): T[] {
    const local = this.options.local() as LocalItems;
    if (local.items !== this.localInput) {
      this.localInput = local.items;
      this.localItems = normalizeAll(local.items, this.options.normalize, this.localReport(local));
    }
    return this.localItems;
  }

  private normalizeLarge(items: readonly unknown[], signal: AbortSignal): Promise<T[]> {
    const local = this.options.local() as LocalItems;
    return normalizeSliced(items, this.options.normalize, this.localReport(local), signal);
  }

  private lightDomItems(): T[] {
    // Not cached while empty: children may be appended after the element is created.
    if (!this.lightItems?.length) {
      const raw = this.options.lightDom?.() ?? [];
      this.lightItems = normalizeAll(raw, this.options.normalize, (index, problem, skipped) =>
        this.host.warn(
          `${skipped ? 'skipped' : 'in'} ${this.options.noun} #${index + 1} of its HTML children: ${problem}.`
        )
      );
    }
    return this.lightItems;
  }
}
