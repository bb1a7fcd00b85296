import {msg, str} from '@lit/localize';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import {normalizeIdea} from '../content/normalize.js';
import type {Idea} from '../content/types.js';
import {ContentController, jsonListConverter, listInput} from '../controllers/content.js';
import {CmElement} from '../internal/cm-element.js';
import {define} from '../internal/define.js';
import {summaryParagraph} from '../internal/light-dom.js';
import {fire} from '../internal/events.js';
import {plural} from '../localization/plural.js';
import {separator} from '../localization/punctuation.js';
import {ideasIndexStyles} from './ideas-index.styles.js';
import {
  highlightRanges,
  IndexBuilder,
  queryTokens,
  queryWords,
  search,
  SORT_ORDERS,
  type Facet,
  type SearchIndex,
  type SearchResult,
  type SortOrder,
} from './search.js';
import {readUrlState, urlWithState, type UrlState} from './url-state.js';

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 200;
/** A screen reader hears the count once the visitor pauses, not at every key. */
const ANNOUNCE_DELAY = 700;
/**
 * Time boxes for preparing the search data. The first slice runs with the update, so
 * lists of a few thousand ideas are searchable at once; a longer list continues in slices
 * short enough to leave every frame time to paint and to take keystrokes.
 */
const FIRST_SLICE_MS = 20;
const SLICE_MS = 12;
const PROGRESS_MS = 200;

type FilterName = 'theme' | 'country' | 'region';
const STATE_KEYS = ['query', 'theme', 'country', 'region', 'sort'] as const;

/** Detail of `cm-filter-change`. `region` is there only while a region filter is on. */
export interface FilterChangeDetail {
  query: string;
  theme: string;
  country: string;
  region?: string;
  count: number;
}

interface Scheduler {
  postTask(callback: () => void, options?: {priority?: string}): Promise<unknown>;
}

/** Runs `callback` in a task of its own, after the browser has had a chance to paint. */
function nextTask(callback: () => void) {
  const scheduler = (globalThis as {scheduler?: Scheduler}).scheduler;
  if (scheduler?.postTask) {
    scheduler.postTask(callback, {priority: 'user-visible'}).catch(() => {});
    return;
  }
  // Not setTimeout: it is clamped to 4 ms after a few nestings, and test fake timers stop it.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback();
  channel.port2.postMessage(null);
}

/**
 * Reads ideas from the HTML a webmaster wrote inside the element: each `<li>` or
 * `<article>` with a link, its heading (else the link) as title, its first paragraph without
 * a link as summary, and `data-city`, `data-country`, `data-region`, `data-themes`
 * (comma-separated), `data-organization`, `data-year`, `data-id` attributes.
 */
function ideasFromChildren(host: HTMLElement): unknown[] {
  const items = [...host.querySelectorAll<HTMLElement>('li, article')].filter(
    (el) => el.querySelector('a[href]') && !el.parentElement?.closest('li, article')
  );
  return items.map((el) => {
    const link = el.querySelector('a[href]')!;
    const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
    const summary = summaryParagraph(el);
    const data = el.dataset;
    return {
      id: data.id ?? (el.id || link.getAttribute('href')),
      title: heading?.textContent ?? link.textContent,
      url: link.getAttribute('href'),
      summary: summary?.textContent,
      city: data.city,
      country: data.country,
      region: data.region,
      themes: data.themes?.split(',').map((t) => t.trim()).filter(Boolean),
      organization: data.organization,
      year: data.year ?? el.querySelector('time[datetime]')?.getAttribute('datetime')?.slice(0, 4),
      lang: el.lang || undefined,
    };
  });
}

/**
 * The index of good ideas: a search box that ignores case and accents and matches the
 * beginning of words, theme, country (and region) filters with counts, three sort orders,
 * a result count announced once typing settles, and result cards shown a page at a time.
 * Fast at 10,000 ideas: the search data is folded once, in slices, and each keystroke
 * scans it and counts the facets in one pass.
 *
 * @tagname cm-ideas-index
 * @summary Searchable, filterable list of good ideas, from a property, a JSON attribute, a feed or its HTML.
 *
 * @csspart search - The search landmark holding every control.
 * @csspart search-input - The search box.
 * @csspart filter - Each filter's select (also `theme-filter`, `country-filter`, `region-filter`).
 * @csspart sort - The sort select.
 * @csspart count - The visible number of results.
 * @csspart results - The list of results.
 * @csspart result - One result card (`li`).
 * @csspart heading - A result's title.
 * @csspart link - The link on a result's title.
 * @csspart place - A result's city and country.
 * @csspart meta - A result's organization and year.
 * @csspart summary - A result's summary (clamped to a few lines).
 * @csspart themes - A result's themes.
 * @csspart mark - A highlighted match.
 * @csspart more - The "Show more" area.
 * @csspart more-button - The "Show more" button.
 * @csspart empty - The message shown when nothing matches.
 * @csspart clear-button - The "Clear filters" button.
 * @csspart loading - The placeholder shown while the feed loads.
 * @csspart error - The message shown when the content cannot be shown.
 * @csspart retry-button - The Retry button of the error message.
 *
 * @cssprop [--cm-font-family=inherit] - Font.
 * @cssprop [--cm-color-text=inherit] - Text colour.
 * @cssprop [--cm-color-muted=currentColor at 72 %] - Secondary text (place, year, count).
 * @cssprop [--cm-color-accent=#a3341a] - Links, highlights and the focus ring.
 * @cssprop [--cm-color-surface=transparent] - Card and control background.
 * @cssprop [--cm-color-border=currentColor at 22 %] - Card and control borders.
 * @cssprop [--cm-radius=0.5rem] - Corner radius.
 * @cssprop [--cm-space=1rem] - Spacing.
 * @cssprop [--cm-focus-ring=3px solid accent] - Outline of focused controls.
 *
 * @fires {CustomEvent<{query: string, theme: string, country: string, count: number}>} cm-filter-change - The visitor changed the search or a filter (typing, a select, "Clear filters", back/forward).
 * @fires {CustomEvent<{error: Error, src: string}>} cm-error - The feed could not be loaded or used.
 */
export class CmIdeasIndex extends CmElement {
  static override styles = [...CmElement.styles, ideasIndexStyles];

  private readonly content = new ContentController<Idea>(this, {
    kind: 'ideas',
    noun: 'idea',
    normalize: normalizeIdea,
    local: () => listInput(this, 'ideas', this.ideas),
    src: () => this.src,
    lightDom: () => ideasFromChildren(this),
    timeout: () => this.timeout,
    hint: 'set src, the ideas attribute or property, or <li> children with a link, data-city and data-country',
    emptyOk: true,
  });

  private builder?: IndexBuilder;
  private index?: SearchIndex;
  private indexSerial = 0;
  private shownProgressAt = 0;
  /** The builder whose next slice is scheduled. */
  private scheduled?: IndexBuilder;
  private indexedItems?: readonly Idea[];
  private result?: SearchResult;
  private resultKey = '';
  private ids = {theme: -1, country: -1, region: -1};
  /** Set by a visitor's action: how to record it in history, and whether to fire the event. */
  private visitorAction?: {history: 'push' | 'replace' | 'none'; event: boolean};
  private initialState?: UrlState;
  private urlSynced = false;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private pendingAnnouncement = '';
  private optionOrder = new WeakMap<Facet, {lang: string; order: number[]}>();

  /** Text of the polite live region: the count, once typing has settled. */
  @state() private announcement = '';
  /** Pages of results shown ("Show more" adds one). */
  @state() private pages = 1;
  /** Bumped as each slice of the search data is ready, to show the results found so far. */
  @state() private indexProgress = 0;

  /** The ideas to list; take precedence over `src` and children. As an attribute: JSON. */
  @property({converter: jsonListConverter}) ideas?: Idea[];

  /** URL of a JSON feed: an array of ideas, or an object with an `ideas` array. */
  @property() src?: string;

  /** The search text (initially the attribute; then what the visitor types). */
  @property() query = '';

  /** The theme filter: a theme of the ideas (any language, any case), or empty for all. */
  @property() theme = '';

  /** The country filter: a country of the ideas, or empty for all. */
  @property() country = '';

  /** The region filter, offered when the ideas have regions; empty for all. */
  @property() region = '';

  /** Order of the results: `relevance` (title matches first), `title` (A–Z) or `newest`. */
  @property() sort: SortOrder = 'relevance';

  /**
   * Keep the search and filters in the page URL (`cm-q`, `cm-theme`, `cm-country`,
   * `cm-region`, `cm-sort`) so that a link or the back button restores them. Parameters in
   * the URL win over the initial attributes.
   */
  @property({type: Boolean, attribute: 'sync-url'}) syncUrl = false;

  /** Results per page, and per "Show more": 1 to 200 (default 20). */
  @property({type: Number, attribute: 'page-size'}) pageSize = DEFAULT_PAGE_SIZE;

  /** Milliseconds to wait for the feed before showing an error (default 10000). */
  @property({type: Number}) timeout?: number;

  override connectedCallback() {
    super.connectedCallback();
    if (this.syncUrl && this.hasUpdated) window.addEventListener('popstate', this.handlePopState);
    // Moved in the page while preparing the search data: carry on.
    if (this.builder && !this.index?.complete && this.scheduled !== this.builder) this.continueIndex(this.builder);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
    if (this.announceTimer !== undefined) {
      clearTimeout(this.announceTimer);
      this.announceTimer = undefined;
      this.announcement = this.pendingAnnouncement;
    }
  }

  override willUpdate(changed: PropertyValues<this>) {
    // Code may set null (a removed attribute) or a number: the state is always strings.
    for (const key of STATE_KEYS) {
      const value: unknown = this[key];
      if (typeof value !== 'string') {
        (this as Record<string, unknown>)[key] = value == null ? (key === 'sort' ? 'relevance' : '') : String(value);
      }
    }
    if (changed.has('sort') && !SORT_ORDERS.includes(this.sort)) {
      this.warn(`ignored sort="${this.sort}": use relevance, title or newest; using relevance.`);
      this.sort = 'relevance';
    }
    if (changed.has('syncUrl')) this.startUrlSync();
    if (STATE_KEYS.some((k) => changed.has(k))) this.pages = 1;

    const items = this.content.items;
    const lang = this.locale.lang;
    const sameItems = items === this.indexedItems || (!items.length && !this.indexedItems?.length);
    if (!this.index || !sameItems || lang !== this.index.lang) this.startIndex(items, lang);
    this.checkFilters(items.length > 0);
    this.updateResult();
  }

  override updated(changed: PropertyValues<this>) {
    const action = this.visitorAction;
    this.visitorAction = undefined;
    if (this.syncUrl && this.urlSynced && STATE_KEYS.some((k) => changed.has(k))) {
      // Code setting a property keeps the URL true too, without a history entry.
      if (action?.history !== 'none') this.writeUrl(action?.history ?? 'replace');
    }
    this.urlSynced = this.syncUrl;
    if (action?.event) {
      const detail: FilterChangeDetail = {
        query: this.query,
        theme: this.theme,
        country: this.country,
        count: this.result?.ids.length ?? 0,
      };
      if (this.region) detail.region = this.region;
      fire(this, 'cm-filter-change', detail);
    }
  }

  private get validPageSize() {
    return this.checkedNumber(
      'page-size',
      this.pageSize,
      DEFAULT_PAGE_SIZE,
      (n) => Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_SIZE
    );
  }

  // ——— Search data ———

  private startIndex(items: readonly Idea[], lang: string) {
    this.indexedItems = items;
    this.indexSerial++;
    const builder = (this.builder = new IndexBuilder(items, lang));
    this.shownProgressAt = performance.now();
    this.index = builder.index;
    if (!builder.step(performance.now() + FIRST_SLICE_MS)) this.continueIndex(builder);
  }

  private continueIndex(builder: IndexBuilder) {
    this.scheduled = builder;
    nextTask(() => {
      if (this.scheduled === builder) this.scheduled = undefined;
      // A newer list or language replaced this one, or the element left the page.
      if (builder !== this.builder || !this.isConnected) return;
      const now = performance.now();
      const done = builder.step(now + SLICE_MS);
      // Show the results found so far a few times a second, not after every slice: each
      // render costs a search and a page of cards, time better spent on the data.
      if (done || now - this.shownProgressAt > PROGRESS_MS) {
        this.shownProgressAt = now;
        this.indexProgress++;
      }
      if (!done) this.continueIndex(builder);
    });
  }

  /**
   * Resolves the filters against the ideas' values (case, accents and translations
   * ignored). An unknown value warns once and is dropped: an empty list that says nothing
   * of why would be worse. Checked only once there are ideas (a feed may still be loading).
   */
  private checkFilters(haveItems: boolean) {
    const index = this.index!;
    const facets: Record<FilterName, Facet> = {
      theme: index.themeFacet,
      country: index.countryFacet,
      region: index.regionFacet,
    };
    for (const name of ['theme', 'country', 'region'] as const) {
      const value = this[name].trim();
      let id = -1;
      if (value && haveItems) {
        id = facets[name].find(value);
        if (id < 0) {
          this.warn(`ignored ${name}="${value}": no idea has this ${name}; showing every ${name}.`);
          this[name] = '';
        } else if (facets[name].values[id].key !== this[name]) {
          this[name] = facets[name].values[id].key;
        }
      }
      this.ids[name] = id;
    }
  }

  private updateResult() {
    const index = this.index!;
    const tokens = queryTokens(this.query);
    const {theme, country, region} = this.ids;
    const key = [this.indexSerial, index.size, index.complete, tokens.join(' '), theme, country, region, this.sort].join('|');
    if (key === this.resultKey && this.result) return;
    this.resultKey = key;
    this.result = search(index, {tokens, theme, country, region, sort: this.sort});
    // While the data is still being prepared the count is partial: announce the final one.
    const text = index.complete ? this.countText(this.result.ids.length) : this.pendingAnnouncement;
    if (!index.total) {
      // Nothing yet (a feed loading) or nothing at all: the first real count must not wait.
      clearTimeout(this.announceTimer);
      this.announceTimer = undefined;
      this.announcement = this.pendingAnnouncement = '';
      return;
    }
    if (!this.announcement) {
      // The first count is in the region from the start: nothing is announced on arrival.
      this.announcement = this.pendingAnnouncement = text;
      return;
    }
    // Every change restarts the wait, so only the count the visitor stops at is spoken.
    if (text === this.pendingAnnouncement && this.announceTimer === undefined) return;
    this.pendingAnnouncement = text;
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    if (text === this.announcement) return;
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      this.announcement = this.pendingAnnouncement;
    }, ANNOUNCE_DELAY);
  }

  // ——— URL ———

  private startUrlSync() {
    window.removeEventListener('popstate', this.handlePopState);
    if (!this.syncUrl) return;
    this.initialState ??= this.currentState();
    const fromUrl = readUrlState(location.href);
    if (fromUrl) this.applyState(fromUrl);
    if (this.isConnected) window.addEventListener('popstate', this.handlePopState);
  }

  private currentState(): UrlState {
    return {
      query: this.query ?? '',
      theme: this.theme ?? '',
      country: this.country ?? '',
      region: this.region ?? '',
      sort: this.sort === 'relevance' ? '' : (this.sort ?? ''),
    };
  }

  private applyState(s: UrlState) {
    this.query = s.query;
    this.theme = s.theme;
    this.country = s.country;
    this.region = s.region;
    this.sort = (s.sort || 'relevance') as SortOrder;
  }

  /**
   * Typing replaces the current history entry (the back button should not replay a query
   * letter by letter); choosing a filter, a sort order or "Clear filters" pushes one, as a
   * step the visitor may want to go back from.
   */
  private writeUrl(mode: 'push' | 'replace') {
    const next = urlWithState(location.href, this.currentState());
    if (next === location.href) return;
    try {
      if (mode === 'push') history.pushState(history.state, '', next);
      else history.replaceState(history.state, '', next);
    } catch (e) {
      // A sandboxed iframe, or too many calls in a short time: the search still works.
      this.warn(`could not update the page URL (${(e as Error).message}).`);
    }
  }

  private handlePopState = () => {
    const before = JSON.stringify(this.currentState());
    this.applyState(readUrlState(location.href) ?? this.initialState ?? this.currentState());
    if (JSON.stringify(this.currentState()) !== before) this.visitorAction = {history: 'none', event: true};
  };

  // ——— Visitor actions ———

  private handleSubmit(e: Event) {
    // Enter in the search box: the results are already there.
    e.preventDefault();
  }

  private handleInput(e: Event) {
    this.query = (e.target as HTMLInputElement).value;
    this.visitorAction = {history: 'replace', event: true};
  }

  private handleFilter(name: FilterName, e: Event) {
    this[name] = (e.target as HTMLSelectElement).value;
    this.visitorAction = {history: 'push', event: true};
  }

  private handleSort(e: Event) {
    this.sort = (e.target as HTMLSelectElement).value as SortOrder;
    this.visitorAction = {history: 'push', event: false};
  }

  private async handleClear() {
    this.query = this.theme = this.country = this.region = '';
    this.visitorAction = {history: 'push', event: true};
    await this.updateComplete;
    // The button is gone with the empty state; the search box is where one starts again.
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  }

  /**
   * Shows the next page and moves focus to its first result: the button may be gone (last
   * page) or now far below, and a keyboard or screen reader user continues reading where
   * the new results begin — with the button kept focused they would have to search back.
   */
  private async handleMore() {
    const first = this.pages * this.validPageSize;
    this.pages++;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.results > li')[first]?.querySelector('a')?.focus();
  }

  // ——— Text ———

  /**
   * "1 idea" / "12 ideas": one message per CLDR plural category, chosen by the plural
   * rules of the language the messages are in (Arabic has all six forms).
   */
  private countText(n: number) {
    // {count} becomes the number; a form may leave it out where it names the number in
    // words (Arabic one: "فكرة واحدة", two: "فكرتان").
    return plural(
      n,
      {
        zero: () => msg('{count} ideas', {id: 'ideas-count-zero', desc: 'Results count, plural form “zero” (Arabic: 0).'}),
        one: () => msg('{count} idea', {id: 'ideas-count-one', desc: 'Results count, plural form “one” (French: 0 and 1).'}),
        two: () => msg('{count} ideas', {id: 'ideas-count-two', desc: 'Results count, plural form “two” (Arabic: 2).'}),
        few: () => msg('{count} ideas', {id: 'ideas-count-few', desc: 'Results count, plural form “few” (Arabic: 3–10).'}),
        many: () => msg('{count} ideas', {id: 'ideas-count-many', desc: 'Results count, plural form “many” (Arabic: 11–99).'}),
        other: () => msg('{count} ideas', {id: 'ideas-count-other', desc: 'Results count, plural form “other”. {count} is the number.'}),
      },
      this.formatNumber(n)
    );
  }

  /** A text with the query's words highlighted, as text nodes and `<mark>` elements. */
  private marked(text: string, words: readonly string[]): unknown {
    const ranges = highlightRanges(text, words);
    if (!ranges.length) return text;
    const out: unknown[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) out.push(text.slice(at, start));
      out.push(html`<mark part="mark">${text.slice(start, end)}</mark>`);
      at = end;
    }
    if (at < text.length) out.push(text.slice(at));
    return out;
  }

  // ——— Rendering ———

  private renderFacet(name: FilterName, label: string, all: string, facet: Facet, counts: Uint32Array) {
    const active = this.ids[name];
    const lang = this.locale.lang;
    let cached = this.optionOrder.get(facet);
    if (cached?.lang !== lang) {
      let collator: Intl.Collator;
      try {
        collator = new Intl.Collator(lang);
      } catch {
        collator = new Intl.Collator('en');
      }
      const labels = facet.values.map((v) => this.tr(v.label)?.text ?? v.key);
      const order = facet.values.map((_, i) => i).sort((a, b) => collator.compare(labels[a], labels[b]));
      this.optionOrder.set(facet, (cached = {lang, order}));
    }
    return html`<div class="field">
      <label for=${name}>${label}</label>
      <select id=${name} name=${name} part="filter ${name}-filter" @change=${(e: Event) => this.handleFilter(name, e)}>
        <option value="" .selected=${live(active < 0)}>${all}</option>
        ${cached.order.map((id) => {
          const value = facet.values[id];
          const text = this.tr(value.label) ?? {text: value.key};
          const count = counts[id] ?? 0;
          return html`<option
            value=${value.key}
            lang=${ifDefined(text.lang)}
            ?disabled=${count === 0 && id !== active}
            .selected=${live(id === active)}
          >${msg(str`${text.text} (${this.formatNumber(count)})`, {
            desc: 'A filter option and the number of results it would give: "Housing (12)".',
          })}</option>`;
        })}
      </select>
    </div>`;
  }

  private renderControls(index: SearchIndex, result: SearchResult) {
    const sorts: [SortOrder, string][] = [
      ['relevance', msg('Relevance', {desc: 'Sort order: best matches first.'})],
      ['title', msg('Title (A–Z)', {desc: 'Sort order: alphabetical by title.'})],
      ['newest', msg('Newest first', {desc: 'Sort order: most recent year first.'})],
    ];
    // The search box has dir="auto": what the visitor types takes its own direction (an
    // English query on an Arabic page reads left to right, and the reverse).
    return html`<form part="search" class="controls" role="search" aria-labelledby="q-label" @submit=${this.handleSubmit}>
      <div class="field query">
        <label id="q-label" for="q">${msg('Search the ideas', {desc: 'Label of the search box.'})}</label>
        <input
          id="q"
          name="q"
          part="search-input"
          type="search"
          dir="auto"
          autocomplete="off"
          enterkeyhint="search"
          .value=${live(this.query)}
          @input=${this.handleInput}
        />
      </div>
      ${this.renderFacet('theme', msg('Theme'), msg('All themes'), index.themeFacet, result.themeCounts)}
      ${this.renderFacet('country', msg('Country'), msg('All countries'), index.countryFacet, result.countryCounts)}
      ${index.regionFacet.values.length
        ? this.renderFacet('region', msg('Region'), msg('All regions'), index.regionFacet, result.regionCounts)
        : nothing}
      <div class="field">
        <label for="sort">${msg('Sort by', {desc: 'Label of the sort order select.'})}</label>
        <select id="sort" name="sort" part="sort" @change=${this.handleSort}>
          ${sorts.map(([value, label]) => html`<option value=${value} .selected=${live(this.sort === value)}>${label}</option>`)}
        </select>
      </div>
    </form>`;
  }

  private renderCard(idea: Idea, position: number, words: readonly string[]) {
    const l = idea.lang;
    const title = this.tr(idea.title, l)!;
    const city = this.tr(idea.city, l)!;
    const country = this.tr(idea.country, l)!;
    const summary = this.tr(idea.summary, l);
    const organization = this.tr(idea.organization, l);
    const themes = (idea.themes ?? []).map((t) => this.tr(t, l)!).filter(Boolean);
    const link = html`<a part="link" href=${idea.url}>${this.marked(title.text, words)}</a>`;
    return html`<li part="result" class="card">
      ${this.renderHeading({text: link, lang: title.lang, dir: title.dir}, `r${position}`)}
      <p part="place" class="place">
        <span lang=${ifDefined(city.lang)} dir=${ifDefined(city.dir)}>${this.marked(city.text, words)}</span>${separator()}<span lang=${ifDefined(country.lang)} dir=${ifDefined(country.dir)}>${this.marked(country.text, words)}</span>
      </p>
      ${organization || idea.year
        ? html`<p part="meta" class="meta">
            ${organization
              ? html`<span lang=${ifDefined(organization.lang)} dir=${ifDefined(organization.dir)}>${this.marked(organization.text, words)}</span>`
              : nothing}${organization && idea.year ? ' · ' : nothing}${idea.year
              ? html`<time datetime=${String(idea.year).padStart(4, '0')}>${idea.year}</time>`
              : nothing}
          </p>`
        : nothing}
      ${summary
        ? html`<p part="summary" class="summary" lang=${ifDefined(summary.lang)} dir=${ifDefined(summary.dir)}>${this.marked(summary.text, words)}</p>`
        : nothing}
      ${themes.length
        ? html`<p part="themes" class="themes">
            <span class="visually-hidden">${msg('Themes:', {desc: 'Before the list of a result’s themes (read by screen readers).'})} </span>
            ${themes.map(
              (t, i) =>
                html`${i ? html`<span class="visually-hidden">${separator()}</span>` : nothing}<span class="theme" lang=${ifDefined(t.lang)} dir=${ifDefined(t.dir)}
                    >${this.marked(t.text, words)}</span
                  >`
            )}
          </p>`
        : nothing}
    </li>`;
  }

  private renderEmpty(index: SearchIndex) {
    if (!index.total) {
      return html`<div part="empty" class="empty"><p>${msg('There are no ideas to show.')}</p></div>`;
    }
    const active: [string, string][] = [];
    const query = this.query.trim();
    if (query) {
      active.push([
        msg('Search', {desc: 'Names the search text among the active filters.'}),
        msg(str`“${query}”`, {desc: 'The search text, quoted, among the active filters.'}),
      ]);
    }
    const facets: [FilterName, string, Facet][] = [
      ['theme', msg('Theme'), index.themeFacet],
      ['country', msg('Country'), index.countryFacet],
      ['region', msg('Region'), index.regionFacet],
    ];
    for (const [name, label, facet] of facets) {
      const id = this.ids[name];
      if (id >= 0) active.push([label, this.tr(facet.values[id].label)?.text ?? facet.values[id].key]);
    }
    return html`<div part="empty" class="empty">
      <p class="empty-title">${msg('No ideas match your search.', {desc: 'Shown when no result matches.'})}</p>
      ${active.length
        ? html`<p class="active-filters">
            ${active.map(
              ([label, value], i) =>
                html`${i ? separator() : nothing}<span>${msg(str`${label}: ${value}`, {desc: 'An active filter in the empty state: "Theme: Housing".'})}</span>`
            )}
          </p>`
        : nothing}
      <button type="button" part="clear-button" @click=${this.handleClear}>
        ${msg('Clear filters', {desc: 'Button that empties the search box and resets every filter.'})}
      </button>
    </div>`;
  }

  private renderResults(items: readonly Idea[], index: SearchIndex, result: SearchResult) {
    const total = result.ids.length;
    const shown = Math.min(total, this.pages * this.validPageSize);
    const words = queryWords(this.query);
    return html`<ul part="results" class="results" aria-busy=${ifDefined(index.complete ? undefined : 'true')}>
        ${result.ids.slice(0, shown).map((id, position) => this.renderCard(items[id], position, words))}
      </ul>
      ${shown < total
        ? html`<div part="more" class="more">
            <p>${msg(str`Showing ${this.formatNumber(shown)} of ${this.formatNumber(total)}`, {
              desc: 'How many of the results are on the page.',
            })}</p>
            <button type="button" part="more-button" @click=${this.handleMore}>${msg('Show more', {
              desc: 'Button that shows the next page of results.',
            })}</button>
          </div>`
        : nothing}`;
  }

  private renderIndex(items: readonly Idea[]): TemplateResult {
    const index = this.index!;
    const result = this.result!;
    const count = result.ids.length;
    return html`<div class="index">
      ${this.renderControls(index, result)}
      <p part="count" class="count" aria-hidden="true">${this.countText(count)}</p>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${count ? this.renderResults(items, index, result) : this.renderEmpty(index)}
    </div>`;
  }

  private renderLoading() {
    // One page of card-sized placeholders in the results' own grid: about the height of the
    // first page of results at any width, so the page below barely moves (CLS).
    const cards = Array.from({length: this.validPageSize}, () => html`<span class="skeleton card-skeleton"></span>`);
    return html`<div class="skeleton-index">
      <span class="skeleton controls-skeleton"></span>
      <span class="skeleton"></span>
      <div class="results">${cards}</div>
    </div>`;
  }

  override render() {
    return this.content.render({
      // The index is built from the same list in willUpdate (`content.items`).
      complete: () => this.renderIndex(this.indexedItems ?? []),
      loading: () => this.renderLoading(),
    });
  }
}

define('cm-ideas-index', CmIdeasIndex);

declare global {
  interface HTMLElementTagNameMap {
    'cm-ideas-index': CmIdeasIndex;
  }
  interface HTMLElementEventMap {
    'cm-filter-change': CustomEvent<FilterChangeDetail>;
  }
}
