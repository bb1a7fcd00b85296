import {msg, str} from '@lit/localize';
import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {IDEAS} from '../content/normalize.js';
import {readIdeas} from '../content/readers.js';
import type {Idea, LocalizedText} from '../content/types.js';
import {ContentController, jsonListConverter, listInput} from '../controllers/content.js';
import {UrlStateController, type HistoryStep} from '../controllers/url-state.js';
import {CmElement} from '../internal/cm-element.js';
import {define} from '../internal/define.js';
import {checkedNumber, warn} from '../internal/diagnostics.js';
import {fire, type FilterChangeDetail} from '../internal/events.js';
import {INDEX_LINK, type IndexLink, type IndexResults} from '../internal/link.js';
import {textSpan} from '../internal/text.js';
import {ideasCount} from '../localization/ideas-count.js';
import {separator} from '../localization/punctuation.js';
import {cardStyles} from '../styles/card.styles.js';
import {ideasIndexStyles} from './ideas-index.styles.js';
import {queryWords, SearchIndex, searchText, type FacetName, type FilterName, type SearchResult} from './search.js';

/** The state a visitor changes, in the order of its URL parameters. */
const STATE = ['query', 'theme', 'country', 'city'] as const;
const URL_PARAMS = ['cm-q', 'cm-theme', 'cm-country', 'cm-city'];

/** A result card's placeholder while the feed loads. */
const skeleton = html`<span class="skeleton"></span>`;

/**
 * The index of good ideas: a search box that ignores case and accents and matches the
 * beginning of words (in any language an idea has), theme and country filters with counts,
 * a result count announced once typing settles, and result cards shown a page at a time.
 * Fast at 10,000 ideas: each idea is folded for search once, while the list is normalized in
 * slices, and each keystroke scans those texts and counts the facets in one pass.
 *
 * @tagname cm-ideas-index
 * @summary Searchable, filterable list of good ideas, from a property, a JSON attribute, a feed or its HTML.
 *
 * @csspart search - The search landmark holding every control.
 * @csspart search-input - The search box.
 * @csspart filter - Each filter's select (also `theme-filter`, `country-filter`).
 * @csspart chip - The chosen city (from the `city` filter or a linked map): a button that removes it.
 * @csspart count - The visible number of results.
 * @csspart results - The list of results.
 * @csspart result - One result card (`li`).
 * @csspart heading - A result's title.
 * @csspart link - The link on a result's title.
 * @csspart place - A result's city and country.
 * @csspart meta - A result's organization and year.
 * @csspart summary - A result's summary (clamped to a few lines).
 * @csspart themes - A result's themes.
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
 * @cssprop [--cm-color-accent=#a3341a] - Links and the focus ring.
 * @cssprop [--cm-color-surface=transparent] - Card and control background.
 * @cssprop [--cm-color-border=currentColor at 22 %] - Card and control borders.
 * @cssprop [--cm-radius=0.5rem] - Corner radius.
 * @cssprop [--cm-space=1rem] - Spacing.
 * @cssprop [--cm-focus-ring=3px solid accent] - Outline of focused controls.
 *
 * @fires {CustomEvent<{query: string, theme: string, country: string, city: string, count: number}>} cm-filter-change - The visitor changed the search or a filter (typing, a select, a city chosen on a linked map or its chip removed, "Clear filters", back/forward).
 * @fires {CustomEvent<{error: Error, src: string}>} cm-error - The feed could not be loaded or used.
 */
export class CmIdeasIndex extends CmElement<Idea> {
  static override styles = [...CmElement.styles, cardStyles, ideasIndexStyles];

  protected readonly content = new ContentController<Idea>(this, {
    type: IDEAS,
    local: () => listInput(this, 'ideas', this.ideas),
    src: () => this.src,
    read: readIdeas,
    timeout: () => this.timeout,
    hint: 'set src, ideas, or <li> children with a link',
    emptyOk: true,
    // Folded for search here, in the controller's slices: never one long task.
    prepare: (idea) => {
      searchText(idea);
      return idea;
    },
  });

  readonly #url = new UrlStateController(this, {
    params: URL_PARAMS,
    enabled: () => this.syncUrl,
    get: () => STATE.map((k) => this[k]),
    set: (values, navigated) => {
      [this.query, this.theme, this.country, this.city] = values;
      if (navigated) this.#step = 'pop';
    },
  });

  #index?: SearchIndex;
  #result: SearchResult = {ids: [], placed: [], counts: {theme: new Uint32Array(), country: new Uint32Array()}};
  /** Resolved filters: facet value ids, -1 for all. */
  #ids: Record<FilterName, number> = {theme: -1, country: -1, city: -1};
  /** Linked maps (internal/link.ts). */
  readonly #followers = new Set<(results: IndexResults) => void>();
  /**
   * Set by what the visitor did, for the next update: how to record it in history; it fires
   * `cm-filter-change`.
   */
  #step?: HistoryStep;
  #timer?: ReturnType<typeof setTimeout>;

  /** Text of the polite live region: the count, once typing has settled. */
  @state() private announcement = '';
  /** Pages of results shown ("Show more" adds one). */
  @state() private pages = 1;

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

  /**
   * The city filter: a city of the ideas (its name in any language, or its English name and
   * country, `London, Canada`, where two cities share a name), or empty for all. A linked
   * `<cm-ideas-map>` sets it.
   */
  @property() city = '';

  /**
   * Keep the search and filters in the page URL (`cm-q`, `cm-theme`, `cm-country`, `cm-city`) so that
   * a link or the back button restores them. Parameters in the URL win over the initial
   * attributes.
   */
  @property({type: Boolean, attribute: 'sync-url'}) syncUrl = false;

  /** Results per page, and per "Show more": 1 to 200 (default 20). */
  @property({type: Number, attribute: 'page-size'}) pageSize = 20;

  /** Milliseconds to wait for the feed before showing an error (default 10000). */
  @property({type: Number}) timeout?: number;

  /** @internal For `<cm-ideas-map for>`: see internal/link.ts. */
  readonly [INDEX_LINK]: IndexLink = {
    follow: (listener) => {
      this.#followers.add(listener);
      listener(this.#linkResults());
      return () => this.#followers.delete(listener);
    },
    choose: (key) => {
      const cities = this.#index?.facets.city;
      this.city = cities?.keys[cities.ids.get(key)!] ?? '';
      this.#step = 'push';
    },
  };

  #linkResults(): IndexResults {
    return {
      // Before its first update the index has not looked at its content yet.
      loading: !this.hasUpdated || this.content.state.status === 'loading',
      ideas: this.#result.placed,
      city: [...(this.#index?.facets.city.ids.keys() ?? [])][this.#ids.city] ?? '',
    };
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // Code may set null (a removed attribute) or a number: the state is always strings.
    for (const key of STATE) this[key] = String(this[key] ?? '');
    if (changed.has('syncUrl') && this.syncUrl) this.#url.start();
    if (STATE.some((k) => changed.has(k))) this.pages = 1;

    const items = this.content.items;
    let index = this.#index;
    if (index?.ideas !== items || index.lang !== this.locale.lang) {
      index = this.#index = new SearchIndex(items, this.locale.lang);
    }
    // The filters match the ideas' values loosely (case, accents, translations). An
    // unknown value warns and is dropped: an empty list that says nothing of why would be
    // worse. Checked only once there are ideas (a feed may still be loading).
    for (const name of ['theme', 'country', 'city'] as const) {
      const value = this[name];
      const facet = index.facets[name];
      this.#ids[name] = -1;
      if (value && items.length) {
        const id = (this.#ids[name] = facet.find(value));
        if (id < 0) warn(this, `ignored ${name}="${value}": no idea has it.`);
        this[name] = facet.keys[id] ?? '';
      }
    }

    this.#result = index.search(queryWords(this.query), this.#ids);
    this.#announce(items.length ? this.#countText(this.#result.ids.length) : '');
  }

  override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const step = this.#step;
    this.#step = undefined;
    this.#url.record(step);
    for (const listener of this.#followers) listener(this.#linkResults());
    if (step) {
      const {query, theme, country, city} = this;
      fire<FilterChangeDetail>(this, 'cm-filter-change', {query, theme, country, city, count: this.#result.ids.length});
    }
  }

  /**
   * The first count is in the live region from the start (nothing is announced on arrival,
   * even when the count changed while the region was not shown: loading, translations on
   * their way); then each new count restarts the wait, so only the count the visitor stops
   * at is spoken.
   */
  #announce(text: string) {
    clearTimeout(this.#timer);
    const ours = !this.showingPrerendered && this.renderRoot?.querySelector('p[aria-live]');
    if (!ours || !text) this.announcement = text;
    else if (text !== this.announcement) this.#timer = setTimeout(() => (this.announcement = text), 700);
  }

  get #size() {
    return checkedNumber(this, 'page-size', this.pageSize, 20, (n) => n > 0 && n <= 200 && n % 1 === 0);
  }

  /** "Clear filters" (everything), or the city chip (the city only). */
  async #handleClear(all: boolean) {
    if (all) [this.query, this.theme, this.country] = ['', '', ''];
    this.city = '';
    this.#step = 'push';
    await this.updateComplete;
    // The button is gone; the search box is where one starts again.
    this.renderRoot.querySelector('input')!.focus();
  }

  /**
   * Shows the next page and moves focus to its first result: the button may be gone (last
   * page) or now far below, and a keyboard or screen reader user continues reading where
   * the new results begin — with the button kept focused they would have to search back.
   */
  async #handleMore() {
    const first = this.pages++ * this.#size;
    await this.updateComplete;
    this.renderRoot.querySelectorAll('a')[first]?.focus();
  }

  #countText(n: number) {
    return ideasCount(n, this.locale.number(n));
  }

  /** A content text in a span with its `lang` and `dir`. */
  #span(value: LocalizedText | undefined, itemLang?: string) {
    const t = this.locale.text(value, itemLang);
    return t ? html`<span lang=${ifDefined(t.lang)} dir=${ifDefined(t.dir)}>${t.text}</span>` : nothing;
  }

  #renderFacet(name: FacetName, label: string, all: string) {
    const active = this.#ids[name];
    const {keys, labels, order} = this.#index!.facets[name];
    const counts = this.#result.counts[name];
    return html`<div class="field">
      <label for=${name}>${label}</label>
      <select
        id=${name}
        part="filter ${name}-filter"
        @change=${(e: Event) => {
          this[name] = (e.target as HTMLSelectElement).value;
          this.#step = 'push';
        }}
      >
        <option value="" .selected=${active < 0}>${all}</option>
        ${order.map((id) => {
          const text = this.locale.text(labels[id])!;
          return html`<option
            value=${keys[id]}
            lang=${ifDefined(text.lang)}
            ?disabled=${!counts[id] && id !== active}
            .selected=${id === active}
          >
            ${msg(str`${text.text} (${this.locale.number(counts[id])})`, {
              desc: 'A filter option and the number of results it would give: "Housing (12)".',
            })}
          </option>`;
        })}
      </select>
    </div>`;
  }

  #renderCard(idea: Idea, position: number) {
    const l = idea.lang;
    const title = this.locale.text(idea.title, l)!;
    const summary = this.locale.text(idea.summary, l);
    // Each theme after a visually hidden "Themes:" or separator: a screen reader hears a
    // list, not the names run together.
    return html`<li part="result" class="card body">
      ${this.renderHeading({...title, text: html`<a part="link" href=${idea.url}>${title.text}</a>`}, `r${position}`)}
      <p part="place">${this.#span(idea.city, l)}${separator()}${this.#span(idea.country, l)}</p>
      ${
        idea.organization || idea.year
          ? html`<p part="meta" class="meta">
              ${this.#span(idea.organization, l)}${idea.organization && idea.year ? ' · ' : ''}${idea.year}
            </p>`
          : ''
      }
      ${
        summary
          ? html`<p part="summary" lang=${ifDefined(summary.lang)} dir=${ifDefined(summary.dir)}>${summary.text}</p>`
          : ''
      }
      ${
        idea.themes
          ? html`<p part="themes">
              ${idea.themes.map(
                (theme, i) =>
                  html`<span class="visually-hidden"
                      >${
                        i
                          ? separator()
                          : `${msg('Themes:', {desc: 'Before the list of a result’s themes (read by screen readers).'})} `
                      }</span
                    >${this.#span(theme, l)}`
              )}
            </p>`
          : ''
      }
    </li>`;
  }

  protected override contentName() {
    return msg('Good ideas', {desc: 'Name of the index of good ideas in its messages ("Good ideas: …").'});
  }

  protected override renderContent() {
    const index = this.#index!;
    const count = this.#result.ids.length;
    const city = index.facets.city.labels[this.#ids.city];
    const shown = Math.min(count, this.pages * this.#size);
    // A search landmark, not a form: Enter in the box has nothing to submit (the results
    // are already there), the buttons need no type="button", and the browser keeps no
    // autocomplete history for the box (it saves one when a form is submitted). The box has
    // dir="auto": what the visitor types takes its own direction (an English query on an
    // Arabic page reads left to right, and the reverse). Its value and the options'
    // selection need no live(): every input and change event writes them to the state at
    // once, so what Lit last set is what the controls hold.
    return html`<div class="index">
      <div part="search" role="search" aria-labelledby="q-label">
        <div class="field query">
          <label id="q-label" for="q">${msg('Search the ideas', {desc: 'Label of the search box.'})}</label>
          <input
            id="q"
            part="search-input"
            type="search"
            dir="auto"
            .value=${this.query}
            @input=${(e: Event) => {
              this.query = (e.target as HTMLInputElement).value;
              this.#step = 'replace';
            }}
          />
        </div>
        ${this.#renderFacet('theme', msg('Theme'), msg('All themes'))}
        ${this.#renderFacet('country', msg('Country'), msg('All countries'))}
      </div>
      ${
        city
          ? html`<p>
              <button part="chip" @click=${() => this.#handleClear(false)}>
                ${textSpan(this.locale.text(city.city))}${separator()}${textSpan(this.locale.text(city.country))}
                <span aria-hidden="true">×</span>
                <span class="visually-hidden"
                  >${msg('Remove the city filter', {desc: 'Hidden words of the chosen city’s button, after the city’s name.'})}</span
                >
              </button>
            </p>`
          : ''
      }
      <p part="count" aria-hidden="true">${this.#countText(count)}</p>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${
        count
          ? html`<ul part="results">
                ${this.#result.ids.slice(0, shown).map((id, position) => this.#renderCard(index.ideas[id], position))}
              </ul>
              ${
                shown < count
                  ? html`<div part="more">
                      <p>
                        ${msg(str`Showing ${this.locale.number(shown)} of ${this.locale.number(count)}`, {
                          desc: 'How many of the results are on the page.',
                        })}
                      </p>
                      <button part="more-button" @click=${this.#handleMore}>
                        ${msg('Show more', {desc: 'Button that shows the next page of results.'})}
                      </button>
                    </div>`
                  : ''
              }`
          : html`<div part="empty" class="state">
              <p class="empty-title">
                ${
                  index.ideas.length
                    ? msg('No ideas match your search.', {desc: 'Shown when no result matches.'})
                    : msg('There are no ideas to show.')
                }
              </p>
              ${
                index.ideas.length
                  ? html`<button part="clear-button" @click=${() => this.#handleClear(true)}>
                      ${msg('Clear filters', {desc: 'Button that empties the search box and resets every filter.'})}
                    </button>`
                  : ''
              }
            </div>`
      }
    </div>`;
  }

  // A page of card-sized placeholders in the results' own grid, below room for the
  // controls: about the height of the first page at any width, so the page below barely
  // moves (CLS).
  protected override renderLoading() {
    return Array(this.#size).fill(skeleton);
  }
}

define('cm-ideas-index', CmIdeasIndex);

declare global {
  interface HTMLElementTagNameMap {
    'cm-ideas-index': CmIdeasIndex;
  }
}
