/**
 * Everything `<cm-ideas-map>` does once it has content, loaded on demand (ideas-map.ts): the
 * land and the markers in one SVG, the keyboard, the tooltip, the list of cities, the panel
 * under the map, and the link to an index.
 *
 * Accessibility pattern: the map is a single-select listbox (WAI-ARIA APG) whose options
 * are the markers, with `aria-activedescendant`. A listbox, because choosing a city is
 * choosing one item of a set: a screen reader says "Montréal, Canada: 2 ideas, 3 of 41",
 * and "selected" for the chosen one. Active descendant rather than roving tabindex: focus
 * stays on the `<svg>` (one tab stop, its outline the map's) while markers are redrawn at
 * every resize and every search of a linked index, which would drop a focused marker.
 * Arrow keys go to the nearest marker in that direction (cities.ts), as DESIGN.md asks,
 * rather than to the next option; a first letter goes to the next city with that initial,
 * as in any listbox. Selection does not follow focus (APG): Enter or Space chooses. The
 * land is decoration (hidden); under the map the list of every city with its count is
 * plain text and buttons, the map's accessible face (and the only way to a city inside a
 * group without the map).
 *
 * Groups: markers closer than their size at the current width are one marker, labelled
 * "Around Toronto, Canada: 3 cities, 12 ideas". Choosing it lists its cities under the map
 * (focus moves to the first): zooming would not do, since cities a few kilometres apart
 * (Ottawa and Gatineau) stay one dot at any zoom the 1:110m outline can bear, and a list
 * reads and works the same for every visitor.
 */
import {html, nothing, svg, type ReactiveController} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {styleMap} from 'lit/directives/style-map.js';
import {fold} from '../content/fold.js';
import {resolveText} from '../content/text.js';
import type {Idea, LocalizedText} from '../content/types.js';
import {IDEAS} from '../content/normalize.js';
import {ContentController, listInput, type BadInput, type LocalItems} from '../controllers/content.js';
import type {LocaleController} from '../controllers/locale.js';
import {yieldToBrowser} from '../controllers/yield.js';
import {warn} from '../internal/diagnostics.js';
import {fire, type CitySelectDetail} from '../internal/events.js';
import {INDEX_LINK, type IndexResults, type LinkableIndex} from '../internal/link.js';
import * as states from '../internal/states.js';
import {ideasCount} from '../localization/ideas-count.js';
import {isRtlLang} from '../localization/direction.js';
import {intl} from '../localization/localize.js';
import {uiLocale} from '../localization/plural.js';
import {separator} from '../localization/punctuation.js';
import {
  clusterCities,
  findMarker,
  groupCities,
  markerInDirection,
  startMarker,
  type City,
  type CityGroups,
  type Direction,
  type Marker,
} from './cities.js';
import {VIEW_HEIGHT, VIEW_WIDTH} from './generated/frame.js';
import {LAND} from './generated/outline.js';
import type {CmIdeasMap} from './ideas-map.js';
import {mapStyles} from './ideas-map.styles.js';
import * as t from './map-messages.js';
import {hasMapMessages, loadMapMessages} from './translations.js';

/** A heading at the element's `heading-level`, id `panel-title` (a protected method of the element). */
export type Heading = (content: {text: unknown; lang?: string; dir?: string}) => unknown;

/** A marker's size in em: 28 px at the usual 16 px, 56 px with text at 200 %. */
const MARKER_EM = 1.75;
/** Room between two markers, in px, so that their rings and focus rings stay apart. */
const MARKER_GAP = 4;
/** The width assumed before the map is measured (a server render, the first frame). */
const DEFAULT_WIDTH = 640;
/** Links listed under the map for one city; the index is the place for a thousand. */
const MAX_LINKS = 50;

const ARROWS: Record<string, Direction> = {ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down'};
const MIRRORED: Record<string, Direction> = {left: 'right', right: 'left'};

/** Whether a text's first letter with a direction is right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko…). */
const RTL_FIRST = /^[^\p{L}]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/** The element's placeholder (ideas-map.ts), while the map's messages arrive or a linked index loads. */
const PLACEHOLDER = html`<div class="skeleton"></div>`;

const EMPTY: LocalItems = {items: [], source: {label: 'the linked index'}};

export class MapView implements ReactiveController {
  /** The map's own ideas: its `ideas` or `src`, unless it is linked (see `#local`). */
  readonly content: ContentController<Idea>;
  readonly #host: CmIdeasMap;
  readonly #locale: LocaleController;
  readonly #heading: Heading;

  /** Rendered width and marker size, in CSS px. */
  #width = DEFAULT_WIDTH;
  #size = 16 * MARKER_EM;
  #measured = false;
  #resize?: ResizeObserver;

  /** The last grouping and clustering, kept while their inputs stay the same. */
  #groups?: {ideas: readonly Idea[]; groups: CityGroups};
  #markers?: {cities: City[]; width: number; size: number; markers: Marker[]};
  /** Marker labels for the current markers and language. */
  #labels = new Map<Marker, string>();
  #labelsFor = '';
  #regions?: [lang: string, names: Intl.DisplayNames];

  /** The key of the active marker's city (it follows that city into a new marker on resize). */
  #active = '';
  /** The marker under the pointer. */
  #hover?: Marker;
  #focused = false;
  /** The chosen city (key) when the map is not linked; a linked map reads the index's. */
  #chosen = '';
  /** The group whose cities are listed under the map (its marker's key). */
  #open = '';
  #listOpen = false;

  /** The linked index, and its latest results. */
  #for = '';
  #index?: LinkableIndex;
  #results?: IndexResults;
  #unfollow?: () => void;
  #watch?: MutationObserver;

  constructor(host: CmIdeasMap, locale: LocaleController, heading: Heading) {
    // No DOM here (server rendering): observers start in hostConnected.
    this.#host = host;
    this.#locale = locale;
    this.#heading = heading;
    host.addController(this);
    this.content = new ContentController<Idea>(host, {
      type: IDEAS,
      local: () => this.#local(),
      src: () => host.src,
      timeout: () => host.timeout,
      hint: 'set src, ideas or for',
      emptyOk: true,
    });
  }

  hostConnected() {
    const host = this.#host;
    // The element's own styles are its placeholder's; the map's come with its code.
    const root = host.renderRoot as ShadowRoot;
    if (mapStyles.styleSheet && !root.adoptedStyleSheets.includes(mapStyles.styleSheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, mapStyles.styleSheet];
    }
    this.#resize = new ResizeObserver(([entry]) => {
      // Next frame: a render now would resize the host inside this callback (an error).
      if (this.#measure(entry.contentRect.width)) requestAnimationFrame(() => host.requestUpdate());
    });
    this.#resize.observe(host);
    this.#link();
    // An index defined after the map (two bundles, or a late import) links when it upgrades.
    customElements.whenDefined('cm-ideas-index').then(() => host.isConnected && this.#link());
    // Checked a task later, as the content's own warning: the page may still be adding it.
    setTimeout(() => {
      const id = host.htmlFor;
      if (host.isConnected && id && !this.#index) {
        warn(host, `for="${id}": no <cm-ideas-index id="${id}"> in its document (or shadow root) yet.`);
      }
    });
  }

  hostDisconnected() {
    this.#resize?.disconnect();
    this.#link(true);
  }

  /** Before the first render: the real width, so that markers are grouped once, not twice. */
  hostUpdate() {
    const host = this.#host;
    if (!this.#measured && host.isConnected) this.#measured = this.#measure(host.getBoundingClientRect().width);
  }

  /** Takes the map's width (CSS px) and marker size; true when they changed. */
  #measure(width: number) {
    const size = parseFloat(getComputedStyle(this.#host).fontSize) * MARKER_EM;
    // Hidden (display: none) is not a width of 0: keep the last layout.
    if (!width || (Math.abs(width - this.#width) < 1 && size === this.#size)) return false;
    this.#width = width;
    this.#size = size;
    return true;
  }

  /**
   * Finds the index named by `for` in the map's document or shadow root and follows its
   * results; watches the root while `for` is set, so that an index added, removed or
   * renamed later is followed (or left) as it happens.
   */
  #link(stop = false) {
    const host = this.#host;
    const id = (this.#for = stop ? '' : host.htmlFor || '');
    const root = host.getRootNode() as Document | ShadowRoot;
    const found = id ? root.getElementById?.(id) : null;
    const index = found && INDEX_LINK in found ? (found as LinkableIndex) : undefined;
    if (id && !this.#watch) {
      this.#watch = new MutationObserver(() => this.#link());
      this.#watch.observe(root, {subtree: true, childList: true, attributeFilter: ['id']});
    } else if (!id) {
      this.#watch?.disconnect();
      this.#watch = undefined;
    }
    if (index === this.#index) return;
    this.#unfollow?.();
    this.#unfollow = this.#results = undefined;
    this.#index = index;
    if (index) {
      this.#unfollow = index[INDEX_LINK].follow(async (results) => {
        this.#results = results;
        // In a task of its own: a keystroke in the index and the map's regrouping at
        // 10,000 ideas would be one long task together.
        await yieldToBrowser();
        host.requestUpdate();
      });
    }
    host.requestUpdate();
  }

  /**
   * The element's content input: a linked index's results replace its own ideas (an empty
   * list for the content controller); so does `for` alone while its index is not here yet.
   */
  #local(): LocalItems | BadInput | undefined {
    const host = this.#host;
    // The first thing of each update: a new `for` is looked up before anything else (in a
    // document: a server render has no page to look in).
    if (host.htmlFor !== this.#for && host.isConnected) this.#link();
    if (this.#index || (host.htmlFor && host.ideas == null && !host.src)) return EMPTY;
    return listInput(host, 'ideas', host.ideas);
  }

  // Layout ----------------------------------------------------------------------------------

  #layout(ideas: readonly Idea[]) {
    // A linked index gives a new list at each of its updates, mostly the same ideas.
    let grouped = this.#groups;
    const last = grouped?.ideas ?? [];
    if (!grouped || last.length !== ideas.length || ideas.some((idea, i) => idea !== last[i])) {
      grouped = this.#groups = {ideas, groups: groupCities(ideas)};
    }
    const {cities, unplaced} = grouped.groups;
    const m = this.#markers;
    if (m?.cities !== cities || m.width !== this.#width || m.size !== this.#size) {
      const markers = clusterCities(cities, this.#width, this.#size + MARKER_GAP);
      this.#markers = {cities, width: this.#width, size: this.#size, markers};
    }
    return {cities, unplaced, markers: this.#markers!.markers};
  }

  /** The chosen city's key: the index's when linked. */
  get #chosenKey() {
    return this.#index ? (this.#results?.city ?? '') : this.#chosen;
  }

  // Texts -----------------------------------------------------------------------------------

  /** A country as the page language names it: the feed's name, or `Intl.DisplayNames` for a code ("CA"). */
  #country(value: LocalizedText) {
    const name = this.#locale.text(value)!.text;
    if (!/^[A-Z]{2}$/.test(name)) return name;
    const lang = this.#locale.lang;
    try {
      if (this.#regions?.[0] !== lang) this.#regions = [lang, new Intl.DisplayNames(lang, {type: 'region'})];
      return this.#regions[1].of(name) ?? name;
    } catch {
      // Not a region code after all ("UN"), or not a language tag.
      return name;
    }
  }

  /**
   * "Montréal, Canada". A name written the other way than our messages is a bidi isolate
   * (FSI…PDI): a Latin name in Arabic text would otherwise take the colon and the count after
   * it into its own run ("Canada: 13" read backwards), and an Arabic name in English text
   * would take the count into its right-to-left run. Assistive technology ignores the marks.
   */
  #place(city: City) {
    const rtl = isRtlLang(uiLocale());
    const isolate = (name: string) => (RTL_FIRST.test(name) !== rtl ? `\u2068${name}\u2069` : name);
    return `${isolate(this.#locale.text(city.city)!.text)}${separator()}${isolate(this.#country(city.country))}`;
  }

  #ideas(n: number) {
    return ideasCount(n, this.#locale.number(n));
  }

  /** "Montréal, Canada: 2 ideas". */
  #cityText(city: City) {
    return t.cityText(this.#place(city), this.#ideas(city.ideas.length));
  }

  /** A marker's name: its city's, or its group's ("Around Toronto, Canada: 3 cities, 12 ideas"). */
  #label(marker: Marker) {
    let label = this.#labels.get(marker);
    if (label === undefined) {
      const [first, ...others] = marker.cities;
      const n = marker.cities.length;
      label = others.length
        ? t.groupText(this.#place(first), t.citiesCount(n, this.#locale.number(n)), this.#ideas(marker.count))
        : this.#cityText(first);
      this.#labels.set(marker, label);
    }
    return label;
  }

  /** The count shown in a marker: "12", "1.2K" (compact where it would not fit). */
  #count(n: number) {
    return n < 1000
      ? this.#locale.number(n)
      : intl(Intl.NumberFormat, this.#locale.lang, {notation: 'compact'}).format(n);
  }

  // What the visitor does ---------------------------------------------------------------------

  /**
   * Chooses a city (or clears the choice: no city, or the chosen one again). Linked, the
   * index filters by it and says so (`cm-filter-change`); alone, the map lists its ideas.
   */
  #choose(city?: City) {
    const host = this.#host;
    const key = city && city.key !== this.#chosenKey ? city.key : '';
    if (this.#index) this.#index[INDEX_LINK].choose(key);
    else this.#chosen = key;
    this.#open = '';
    const en = (text: LocalizedText) => resolveText(text, 'en')!.text;
    fire<CitySelectDetail>(
      host,
      'cm-city-select',
      city && key
        ? {city: en(city.city), country: en(city.country), count: city.ideas.length}
        : {city: '', country: '', count: 0}
    );
    host.requestUpdate();
  }

  /** Enter, Space or a click on a marker: a city is chosen; a group lists its cities under the map. */
  async #activate(marker: Marker) {
    this.#active = marker.key;
    if (marker.cities.length === 1) return this.#choose(marker.cities[0]);
    this.#open = this.#open === marker.key ? '' : marker.key;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (this.#open) this.#query<HTMLElement>('[part=panel] button')?.focus();
  }

  /** Closes the panel (a group's cities, or clears the chosen city) and puts focus back on the map. */
  #close() {
    if (this.#open) this.#open = '';
    else this.#choose();
    this.#focusMap();
  }

  async #focusMap() {
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#query<SVGElement>('svg[tabindex]')?.focus();
  }

  #query<T extends Element>(selector: string) {
    return this.#host.renderRoot.querySelector<T>(selector);
  }

  #markerOf(event: Event): Marker | undefined {
    const option = (event.target as Element).closest?.('[role=option]');
    return option ? this.#markers?.markers[Number(option.id.slice(1))] : undefined;
  }

  #handleKeydown(event: KeyboardEvent, markers: Marker[]) {
    const active = findMarker(markers, this.#active);
    let direction = ARROWS[event.key];
    if (direction) {
      // Mirrored under RTL, as DESIGN.md and the APG ask of left and right.
      if (this.#locale.rtl) direction = MIRRORED[direction] ?? direction;
      const next = active ? markerInDirection(markers, active, direction) : startMarker(markers);
      if (next) this.#active = next.key;
    } else if ((event.key === 'Enter' || event.key === ' ') && active) {
      this.#activate(active);
    } else if (event.key === 'Escape' && (this.#open || this.#chosenKey || this.#hover)) {
      this.#hover = undefined;
      if (this.#open) this.#open = '';
      else if (this.#chosenKey) this.#choose();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') {
      // Type-ahead: the next marker (in list order) whose name starts with that letter.
      const letter = fold(event.key);
      const start = active ? markers.indexOf(active) : -1;
      const next = [...markers.slice(start + 1), ...markers.slice(0, start + 1)].find((m) =>
        fold(this.#locale.text(m.cities[0].city)!.text).startsWith(letter)
      );
      if (!next || !letter) return;
      this.#active = next.key;
    } else return;
    event.preventDefault();
    this.#host.requestUpdate();
  }

  // Rendering -------------------------------------------------------------------------------

  render(own: Idea[]) {
    const host = this.#host;
    const locale = uiLocale();
    // Shown in the page's language from the first frame: the map's messages come with it.
    if (!hasMapMessages(locale)) {
      loadMapMessages(locale).then(() => host.requestUpdate());
      return states.loading(PLACEHOLDER);
    }
    const linked = this.#index && this.#results;
    if (this.#index && (!linked || linked.loading)) return states.loading(PLACEHOLDER);
    const {cities, unplaced, markers} = this.#layout(linked ? linked.ideas : own);
    const labelsFor = `${locale} ${this.#locale.lang}`;
    if (this.#labelsFor !== labelsFor || !markers.every((m) => this.#labels.has(m))) {
      this.#labels = new Map();
      this.#labelsFor = labelsFor;
    }
    const chosen = this.#chosenKey;
    const active = findMarker(markers, this.#active);
    if (!active) this.#active = '';
    const tip = this.#hover && markers.includes(this.#hover) ? this.#hover : this.#focused ? active : undefined;
    // Marker sizes in viewBox units: px × units per px.
    const scale = VIEW_WIDTH / this.#width;
    const r = (this.#size / 2) * scale;
    const label = host.label || t.mapLabel();
    const fontSize = (this.#size / MARKER_EM) * 0.75 * scale;
    return html`<div part="map" class="map">
        <svg
          part="svg"
          viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}"
          font-size=${fontSize}
          role=${markers.length ? 'listbox' : 'img'}
          aria-label=${label}
          aria-describedby=${ifDefined(markers.length ? 'help' : undefined)}
          aria-activedescendant=${ifDefined(this.#focused && active ? `m${markers.indexOf(active)}` : undefined)}
          tabindex=${ifDefined(markers.length ? 0 : undefined)}
          @keydown=${(e: KeyboardEvent) => this.#handleKeydown(e, markers)}
          @focus=${() => {
            // APG listbox: focus lands on the selected option, else on a first one.
            this.#focused = true;
            this.#active ||= (findMarker(markers, chosen) ?? startMarker(markers))?.key ?? '';
            host.requestUpdate();
          }}
          @blur=${() => {
            this.#focused = false;
            host.requestUpdate();
          }}
          @pointermove=${(e: PointerEvent) => {
            const marker = this.#markerOf(e);
            // The tooltip stays while the pointer moves onto it or across the sea (WCAG 1.4.13).
            if (marker && marker !== this.#hover) {
              this.#hover = marker;
              host.requestUpdate();
            }
          }}
          @pointerleave=${() => {
            this.#hover = undefined;
            host.requestUpdate();
          }}
          @click=${(e: Event) => {
            const marker = this.#markerOf(e);
            if (marker) this.#activate(marker);
          }}
        >
          <path part="land" d=${LAND} aria-hidden="true"></path>
          ${markers.map((marker, i) => {
            const selected = marker.cities.some((c) => c.key === chosen);
            return svg`<g
              role="option"
              id="m${i}"
              part="marker${marker.cities.length > 1 ? ' cluster' : ''}${selected ? ' selected' : ''}"
              class="${marker === active ? 'active' : ''} ${selected ? 'selected' : ''}"
              aria-selected=${selected}
              aria-label=${this.#label(marker)}
              transform="translate(${marker.x.toFixed(1)} ${marker.y.toFixed(1)})"
            >
              <circle class="focus" r=${r + 7 * scale}></circle>
              <circle class="ring" r=${r + 3 * scale}></circle>
              <circle class="dot" r=${r}></circle>
              ${marker.cities.length > 1 ? svg`<circle class="inner" r=${r - 3 * scale}></circle>` : nothing}
            </g>`;
          })}
          <g aria-hidden="true">
            ${markers.map((marker) => {
              // Apart from the options: their names say the count in words where a
              // language does (Arabic "فكرتان", two ideas), and a name must hold the
              // visible text of its option (WCAG 2.5.3).
              const count = this.#count(marker.count);
              return svg`<text
                x=${marker.x.toFixed(1)}
                y=${marker.y.toFixed(1)}
                class=${count.length > 3 ? 'small' : ''}
                dy="0.35em"
              >${count}</text>`;
            })}
          </g>
        </svg>
        ${tip ? this.#renderTooltip(tip, r / scale) : nothing}
        <p id="help" part="help">${t.helpText()}</p>
      </div>
      <div class="under">
        ${cities.length ? this.#renderList(cities, chosen) : nothing}
        <p part="unplaced">
          ${unplaced ? t.unplacedText(this.#ideas(unplaced)) : markers.length ? nothing : t.emptyText()}
        </p>
      </div>
      ${this.#renderPanel(markers, cities, chosen)}`;
  }

  /**
   * The name and count of the marker under the pointer or with keyboard focus, beside it.
   * Hidden from assistive technology: the marker's own name says the same.
   */
  #renderTooltip(marker: Marker, radius: number) {
    const x = marker.x / VIEW_WIDTH;
    const y = marker.y / VIEW_HEIGHT;
    // Physical left and top: the world map is not mirrored in a right-to-left page.
    return html`<div
      part="tooltip"
      aria-hidden="true"
      class="${x < 0.2 ? 'west' : x > 0.8 ? 'east' : ''} ${y < 0.3 ? 'below' : ''}"
      style=${styleMap({left: `${x * 100}%`, top: `${y * 100}%`, '--_r': `${radius}px`})}
    >
      ${this.#label(marker)}
    </div>`;
  }

  /**
   * A city as a button that chooses it (pressed when chosen). In a group's list, which the
   * choice closes, focus then goes back to the map.
   */
  #renderCityButton(city: City, chosen: string, inGroup = false) {
    return html`<li>
      <button
        part="city-button"
        aria-pressed=${city.key === chosen}
        @click=${async () => {
          this.#active = city.key;
          this.#choose(city);
          if (inGroup) this.#focusMap();
        }}
      >
        ${this.#cityText(city)}
      </button>
    </li>`;
  }

  /** The list of cities: the map as text, built only while open (300 cities are 900 nodes). */
  #renderList(cities: City[], chosen: string) {
    return html`<details
      part="cities"
      @toggle=${(e: Event) => {
        this.#listOpen = (e.target as HTMLDetailsElement).open;
        this.#host.requestUpdate();
      }}
    >
      <summary>${t.listText(this.#locale.number(cities.length))}</summary>
      ${
        this.#listOpen
          ? html`<ul>
              ${this.#sorted(cities).map((city) => this.#renderCityButton(city, chosen))}
            </ul>`
          : nothing
      }
    </details>`;
  }

  /** Cities in the page language's alphabetical order of their names. */
  #sorted(cities: City[]) {
    const collator = intl(Intl.Collator, this.#locale.lang);
    const names = new Map(cities.map((c) => [c, this.#place(c)]));
    return [...cities].sort((a, b) => collator.compare(names.get(a)!, names.get(b)!));
  }

  /** Under the map: the open group's cities, or (not linked) the chosen city's ideas as links. */
  #renderPanel(markers: Marker[], cities: City[], chosen: string) {
    const group = this.#open ? markers.find((m) => m.key === this.#open && m.cities.length > 1) : undefined;
    const city = !group && !this.#index ? cities.find((c) => c.key === chosen) : undefined;
    if (!group && !city) return nothing;
    const close = html`<button part="close-button" @click=${() => this.#close()}>${t.closeText()}</button>`;
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.#close();
      }
    };
    if (group) {
      return html`<section part="panel" aria-labelledby="panel-title" @keydown=${escape}>
        ${this.#heading({text: this.#label(group)})}
        <ul>
          ${group.cities.map((c) => this.#renderCityButton(c, chosen, true))}
        </ul>
        ${close}
      </section>`;
    }
    const shown = city!.ideas.slice(0, MAX_LINKS);
    const n = city!.ideas.length;
    return html`<section part="panel" aria-labelledby="panel-title" @keydown=${escape}>
      ${this.#heading({text: this.#cityText(city!)})}
      <ul>
        ${shown.map((idea) => {
          const title = this.#locale.text(idea.title, idea.lang)!;
          return html`<li>
            <a part="link" href=${idea.url} lang=${ifDefined(title.lang)} dir=${ifDefined(title.dir)}>${title.text}</a>
          </li>`;
        })}
      </ul>
      ${n > shown.length ? html`<p>${t.shownText(this.#locale.number(shown.length), this.#locale.number(n))}</p>` : nothing}
      ${close}
    </section>`;
  }
}
