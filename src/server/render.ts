/**
 * Prerendering (Node only): one element, its content and language given, rendered by
 * @lit-labs/ssr into paste-in HTML: the element with its attributes, a declarative shadow
 * root that links cm-widgets.css, and the plain light-DOM fallback.
 *
 * Not hydration: Lit's markers are stripped, and the element takes over on upgrade by
 * replacing the prerendered shadow DOM in one step once its own content is ready (see
 * CmElement). The HTML therefore survives a CMS that strips comments, re-indents markup or
 * re-quotes attributes.
 *
 * The global DOM shim must be installed before this module is evaluated (see cli.ts).
 */
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import {selectItems} from '../content/normalize.js';
import type {ContentKind} from '../content/types.js';
import {server} from '../controllers/locale.js';
import {localization, matchLocale} from '../localization/localize.js';
import {separator} from '../localization/punctuation.js';
import '../index.js';
import {loadMapView} from '../ideas-map/ideas-map.js';
import {loadMapMessages} from '../ideas-map/translations.js';
import {escapeHtml, fallbackHtml} from './fallback.js';

export interface ElementSpec {
  /** The feed key it reads. */
  kind: ContentKind;
  /** The property its content goes to. */
  property: string;
  /** For an element that shows one item: the attribute that names it. */
  idAttribute?: string;
}

/** What each element takes. */
export const ELEMENTS: Record<string, ElementSpec> = {
  'cm-featured-story': {kind: 'stories', property: 'story', idAttribute: 'story-id'},
  'cm-webinar-card': {kind: 'webinars', property: 'webinar', idAttribute: 'webinar-id'},
  'cm-quote-rotator': {kind: 'quotes', property: 'quotes'},
  'cm-ideas-index': {kind: 'ideas', property: 'ideas'},
  'cm-ideas-map': {kind: 'ideas', property: 'ideas'},
};

export interface PrerenderOptions {
  tag: string;
  /** The feed's parsed JSON. */
  feed: unknown;
  /** `id` of the item (single-item elements); the first item without it. */
  id?: string;
  /** The page's language: content texts, dates and numbers in it, our texts in its locale. */
  lang?: string;
  /** Attributes of the element, in order (`src`, `page-size`, …). */
  attributes?: [name: string, value: string][];
  /** URL of cm-widgets.css as the page will see it. */
  css: string;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Lit's hydration markers out (comments and `<?lit$…?>` attribute markers); the `<style>`
 * the renderer writes from `static styles` becomes a link to cm-widgets.css (a strict CSP
 * allows no inline style).
 */
export function cleanUp(out: string, css: string) {
  return (
    out
      .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?lit\$\d+\$>|<\?>/g, '')
      .replace(/ shadowroot="open"/, '')
      .replace(/<style>[\s\S]*?<\/style>/, `<link rel="stylesheet" href="${escapeHtml(css)}">`)
      .replace(/ defer-hydration/g, '')
      // Lit's server writes `.selected=${false}` as selected="false", which selects the option.
      .replace(/ (selected|checked)="false"/g, '')
      .replace(/ (selected|checked)="true"/g, ' $1')
      // Where a stripped marker or an unset attribute stood: `<p class="kicker"  >`.
      .replace(/<([a-z][^<>]*?)\s+>/g, '<$1>')
      .replace(/<([a-z][\w-]*)\s{2,}/g, '<$1 ')
  );
}

/** The paste-in HTML of one element. */
export async function prerender({tag, feed, id, lang = 'en', attributes = [], css}: PrerenderOptions): Promise<string> {
  const spec = ELEMENTS[tag];
  if (!spec) throw new Error(`unknown element <${tag}>: use ${Object.keys(ELEMENTS).join(', ')}`);
  let items = selectItems(feed, spec.kind);
  if (!items) throw new Error(`the feed has no "${spec.kind}" array`);
  if (spec.idAttribute) {
    const item = id ? items.find((i) => String((i as {id?: unknown})?.id) === id) : items[0];
    if (!item) throw new Error(id ? `no item with id "${id}" in "${spec.kind}"` : `the feed has no ${spec.kind}`);
    items = [item];
  }

  server.lang = lang;
  const g = globalThis as {window?: unknown};
  // @lit/localize announces a locale change on `window`, which the DOM shim leaves undefined.
  const shimmed = !g.window;
  if (shimmed) g.window = {dispatchEvent: () => true};
  try {
    const locale = matchLocale(lang);
    await localization()!.setLocale(locale);
    // The map's code and its messages come apart from the rest, in the browser as here.
    if (tag === 'cm-ideas-map') await Promise.all([loadMapView(), locale === 'en' || loadMapMessages(locale)]);
  } finally {
    if (shimmed) delete g.window;
  }

  const attrs = [...attributes];
  if (spec.idAttribute && id && !attrs.some(([n]) => n === spec.idAttribute)) attrs.push([spec.idAttribute, id]);
  for (const [name] of attrs) if (!ATTRIBUTE_NAME.test(name)) throw new Error(`not an attribute name: "${name}"`);
  const open = unsafeStatic([tag, ...attrs.map(([n, v]) => `${n}="${escapeHtml(v)}"`)].join(' '));
  const value = spec.idAttribute ? items[0] : items;
  const result = render(staticHtml`<${open} .${unsafeStatic(spec.property)}=${value}></${unsafeStatic(tag)}>`);
  const out = cleanUp(await collectResult(result), css);
  // The plain fallback after the shadow root: what shows without declarative shadow DOM,
  // and what the element reads when it has no src.
  const close = `</${tag}>`;
  return out.slice(0, out.lastIndexOf(close)) + fallbackHtml(tag, items, lang, separator()) + close;
}
