import {css, html} from 'lit';
import {property} from 'lit/decorators.js';
import type {Idea} from '../content/types.js';
import {jsonListConverter, type ContentController} from '../controllers/content.js';
import {CmElement} from '../internal/cm-element.js';
import {define} from '../internal/define.js';
import * as states from '../internal/states.js';
import type {MapView} from './map-view.js';

// What every page pays for the map is this file: the element's properties and a
// placeholder the map's size. The rest (content, land outline, markers, keyboard, linking,
// styles, translations) is map-view.ts, which the script-tag build emits beside
// cm-widgets.js and a page loads only when it has a map.
let View: typeof MapView | undefined;
let loaded: Promise<unknown> | undefined;

/**
 * Loads the map's code, once per page. Once it has settled, maps render synchronously (a
 * server render can await it first).
 */
export const loadMapView = () => (loaded ??= import('./map-view.js').then((m) => (View = m.MapView)));

/** The content until the map's code is here: loading. */
const waiting = {resolve() {}, state: {status: 'loading'}} as unknown as ContentController<Idea>;

/**
 * "Good Ideas around the World": the ideas on a world map, a marker per city with its number
 * of ideas, grouped where they would overlap. One tab stop: arrow keys travel from city to
 * city, Enter or Space chooses one, Escape clears; the list of cities is there as text.
 * Linked to an index (`for`), the map shows that index's results and choosing a city filters
 * them; alone, it lists the chosen city's ideas as links. No map service: the land is drawn
 * from Natural Earth (public domain) and comes from beside the script.
 *
 * @tagname cm-ideas-map
 * @summary A world map of the good ideas by city, keyboard and screen reader friendly, optionally linked to an index.
 *
 * @csspart map - The box that holds the map and its tooltip.
 * @csspart svg - The map itself: one tab stop, a listbox of cities.
 * @csspart land - The land outline.
 * @csspart marker - A city's marker (also `cluster` for a group of cities, `selected` for the chosen one).
 * @csspart tooltip - The city name and count shown on hover and keyboard focus.
 * @csspart help - The keys to use, shown while the map has keyboard focus.
 * @csspart unplaced - The line that counts the ideas without a place on the map.
 * @csspart cities - The list of cities with their counts (a disclosure under the map).
 * @csspart city-button - A city in that list, or in a group's list.
 * @csspart panel - What the visitor chose: a city's ideas (without `for`) or a group's cities.
 * @csspart heading - The panel's heading.
 * @csspart link - A link to an idea in the panel.
 * @csspart close-button - The button that closes the panel.
 * @csspart loading - The placeholder shown while the feed or the map loads.
 * @csspart error - The message shown when the content cannot be shown.
 * @csspart retry-button - The Retry button of the error message.
 *
 * @cssprop [--cm-font-family=inherit] - Font.
 * @cssprop [--cm-color-text=inherit] - Text colour (the land is drawn in it, faintly).
 * @cssprop [--cm-color-muted=currentColor at 72 %] - Secondary text (the unplaced count).
 * @cssprop [--cm-color-accent=#a3341a] - Markers (with white counts), links and the focus ring.
 * @cssprop [--cm-color-surface=transparent] - Panel background; tooltip background (else Canvas).
 * @cssprop [--cm-color-border=currentColor at 22 %] - Panel and button borders.
 * @cssprop [--cm-radius=0.5rem] - Corner radius.
 * @cssprop [--cm-space=1rem] - Spacing.
 * @cssprop [--cm-focus-ring=3px solid accent] - Outline of focused controls.
 *
 * @fires {CustomEvent<{city: string, country: string, count: number}>} cm-city-select - The visitor chose a city (Enter, Space, a click, or a city in a list), or cleared the choice (Escape, choosing it again, Close): then the fields are empty and `count` is 0.
 * @fires {CustomEvent<{error: Error, src: string}>} cm-error - The feed could not be loaded or used.
 */
export class CmIdeasMap extends CmElement<Idea> {
  // The placeholder is the map, with room for the line under it: nothing moves when they arrive.
  static override styles = [
    ...CmElement.styles,
    css`
      [part='loading'] {
        padding-block-end: 3.25rem;
      }
      .skeleton {
        block-size: auto;
        aspect-ratio: 1000 / 433;
      }
    `,
  ];

  #view = View && this.#makeView();
  #failed?: unknown;

  /** The ideas to show; take precedence over `src`. As an attribute: JSON. */
  @property({converter: jsonListConverter}) ideas?: Idea[];

  /** URL of a JSON feed: an array of ideas, or an object with an `ideas` array (shared with an index on the same URL). */
  @property() src?: string;

  /**
   * The `id` of a `<cm-ideas-index>` in the same document or shadow root: the map shows its
   * current results, and choosing a city sets its `city` filter. The map's own `src` or
   * `ideas` are used only while no such index is there.
   */
  @property({attribute: 'for'}) htmlFor = '';

  /** The map's accessible name (default: "Map of good ideas", localized). */
  @property() label?: string;

  /** Milliseconds to wait for the feed before showing an error (default 10000). */
  @property({type: Number}) timeout?: number;

  /** @internal The content comes with the map's code (map-view.ts). */
  protected get content() {
    return this.#view?.content ?? waiting;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#load();
  }

  #load() {
    loadMapView().then(
      () => {
        this.#view ??= this.#makeView();
        this.requestUpdate();
      },
      (error) => {
        loaded = undefined;
        this.#failed = error;
        console.error('<cm-ideas-map>:', error);
        this.requestUpdate();
      }
    );
  }

  #makeView() {
    return new View!(this, this.locale, (content) => this.renderHeading(content, 'panel-title', 'panel-title'));
  }

  protected override render() {
    // The map's code did not arrive: a connection problem, with Retry.
    if (!this.#failed) return super.render();
    return states.failed(this.contentName(), {kind: 'network'}, () => {
      this.#failed = undefined;
      this.#load();
    });
  }

  protected override contentName() {
    return this.label || super.contentName();
  }

  protected override renderContent(items: Idea[]) {
    return this.#view!.render(items);
  }

  protected override renderLoading() {
    return html`<div class="skeleton"></div>`;
  }
}

define('cm-ideas-map', CmIdeasMap);

declare global {
  interface HTMLElementTagNameMap {
    'cm-ideas-map': CmIdeasMap;
  }
}
