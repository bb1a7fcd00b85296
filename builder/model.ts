/**
 * The snippet builder's model, without the DOM: which elements there are and what their
 * attributes take (from custom-elements.json, with the limits and kinds of
 * wordpress/elements.json), how a feed's item becomes attributes, and the snippet itself.
 * A new element in the library appears here by itself: it is in the manifest.
 */
import {CONTENT_TYPES, IDEA, QUOTE, STORY, WEBINAR} from '../src/content/normalize.js';
import {isObject, resolveText} from '../src/content/text.js';
import type {ContentKind, LocalizedText} from '../src/content/types.js';

/** The parts of custom-elements.json the builder reads. */
export interface Manifest {
  modules: {
    declarations?: {
      customElement?: boolean;
      tagName?: string;
      summary?: string;
      attributes?: {name: string; type?: {text: string}; default?: string; description?: string}[];
      cssProperties?: {name: string; default?: string; description?: string}[];
    }[];
  }[];
}

/** wordpress/elements.json: the plugin's description of the elements (kinds, limits, options). */
export interface WordPressSpec {
  namespace: string;
  elements: Record<
    string,
    {
      tag: string;
      feed?: ContentKind;
      itemId?: string;
      localContent?: string[];
      attributes: Record<string, {type: string; min?: number; max?: number; default?: unknown; options?: object}>;
    }
  >;
}

export type Control = 'text' | 'url' | 'textarea' | 'number' | 'boolean' | 'select' | 'json';

/** One attribute of an element, as the builder offers it. */
export interface Attribute {
  name: string;
  control: Control;
  /** The manifest's JSDoc, in English. */
  description?: string;
  default?: string;
  min?: number;
  max?: number;
  /** Only whole numbers. */
  integer?: boolean;
  /** The values of an enumeration. */
  options?: string[];
}

/** One element, as the builder offers it. */
export interface ElementInfo {
  tag: string;
  /** Its name without `cm-`: the WordPress block and shortcode name. */
  name: string;
  summary?: string;
  /** The kind of content it reads, when known. */
  kind?: ContentKind;
  /** The attribute naming the feed item to show (`story-id`), for one-item elements. */
  itemAttribute?: string;
  /** The attribute taking the whole list as JSON (`quotes`, `ideas`), for list elements. */
  listAttribute?: string;
  /** Attributes holding one item's content (`heading`, `href`…), for one-item elements. */
  contentAttributes: string[];
  /** The other attributes: display and behaviour. */
  options: Attribute[];
  /** Every attribute by name. */
  attributes: Map<string, Attribute>;
  /** Its theming custom properties (`--cm-color-accent`…). */
  tokens: {name: string; default?: string; description?: string}[];
}

/** DESIGN.md's order; elements the manifest adds later follow. */
const ORDER = ['cm-featured-story', 'cm-quote-rotator', 'cm-webinar-card', 'cm-ideas-index', 'cm-ideas-map'];

const SPECS: Record<ContentKind, object> = {stories: STORY, quotes: QUOTE, webinars: WEBINAR, ideas: IDEA};

/** The longest delay browsers' timers take (src/content/feed.ts MAX_DELAY). */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * What the elements themselves accept, where it differs from the plugin's narrower fields
 * (the builder flags only what the element would refuse): heading-level (CmElement),
 * interval and index (quote rotator), page-size (ideas index), timeout (ContentController),
 * duration (the normalizer's durationMinutes).
 */
const ELEMENT_LIMITS: Record<string, Pick<Attribute, 'min' | 'max' | 'integer'>> = {
  'heading-level': {min: 2, max: 6, integer: true},
  interval: {min: 3000, max: MAX_DELAY},
  index: {min: 0, max: undefined, integer: true},
  'page-size': {min: 1, max: 200, integer: true},
  timeout: {min: 1, max: MAX_DELAY},
  duration: {min: 0, max: 100_000},
};

/** Item fields whose attribute is not their kebab-case name. */
const FIELD_ATTRIBUTES: Record<string, string> = {title: 'heading', url: 'href', durationMinutes: 'duration'};

/** Attributes that override the item rather than give it: they stay among the options. */
const OVERRIDES = new Set(['kicker', 'kind']);

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The attribute that gives an item's `field`, for an element that has it. */
export const fieldAttribute = (field: string) => FIELD_ATTRIBUTES[field] ?? kebab(field);

function control(type: string | undefined, wp: string | undefined, values: string[]): Control {
  if (wp === 'boolean' || type === 'boolean') return 'boolean';
  if (wp === 'integer' || /^number\b/.test(type ?? '')) return 'number';
  if (wp === 'enum' || values.length) return 'select';
  if (wp === 'json' || /\[\]/.test(type ?? '')) return 'json';
  if (wp === 'url') return 'url';
  if (wp === 'textarea') return 'textarea';
  return 'text';
}

/** Every element of the manifest, with what the builder needs to offer it. */
export function elementsFrom(manifest: Manifest, wordpress: WordPressSpec): ElementInfo[] {
  const out: ElementInfo[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName;
      if (!declaration.customElement || !tag?.startsWith('cm-')) continue;
      const name = tag.slice(3);
      const wp = wordpress.elements[name];
      const kind = wp?.feed ?? CONTENT_TYPES.find((t) => tag.includes(t.noun))?.kind;
      const attributes = new Map<string, Attribute>();
      for (const a of declaration.attributes ?? []) {
        const w = wp?.attributes[a.name];
        // A union of string literals in the manifest ('featured' | 'video'), else the plugin's options.
        const literals = [...(a.type?.text ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);
        const options = w?.options ? Object.keys(w.options) : literals;
        const fallback =
          a.default && /^['"\d]|^(true|false)$/.test(a.default) ? a.default.replace(/^'(.*)'$/, '$1') : undefined;
        attributes.set(a.name, {
          name: a.name,
          control: control(a.type?.text, w?.type, options),
          description: a.description,
          default: w?.default !== undefined ? String(w.default) : fallback || undefined,
          min: w?.min,
          max: w?.max,
          ...ELEMENT_LIMITS[a.name],
          ...(options.length && {options}),
        });
      }
      const fields = kind ? Object.keys(SPECS[kind]) : [];
      const itemAttribute = wp?.itemId ?? [...attributes.keys()].find((n) => n.endsWith('-id'));
      const listAttribute = kind && attributes.get(kind)?.control === 'json' ? kind : undefined;
      const contentAttributes = itemAttribute
        ? fields.map(fieldAttribute).filter((n) => attributes.has(n) && !OVERRIDES.has(n))
        : [];
      const taken = new Set(['src', itemAttribute, listAttribute, ...contentAttributes]);
      out.push({
        tag,
        name,
        summary: declaration.summary,
        kind,
        itemAttribute,
        listAttribute,
        contentAttributes,
        options: [...attributes.values()].filter((a) => !taken.has(a.name)),
        attributes,
        tokens: declaration.cssProperties ?? [],
      });
    }
  }
  const rank = (tag: string) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  return out.sort((a, b) => rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag));
}

/** Why an attribute value would be refused by the element, or nothing when it is fine. */
export function attributeProblem(
  attribute: Attribute,
  value: string | boolean
): 'number' | 'range' | 'json' | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (attribute.control === 'number') {
    if (!(attribute.integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(value.trim())) return 'number';
    const n = Number(value);
    if ((attribute.min !== undefined && n < attribute.min) || (attribute.max !== undefined && n > attribute.max)) {
      return 'range';
    }
  }
  if (attribute.control === 'json') {
    try {
      if (!Array.isArray(JSON.parse(value))) return 'json';
    } catch {
      return 'json';
    }
  }
  return undefined;
}

/** A text of an item as a plain attribute value, in `lang` (attributes take one language). */
const inLanguage = (value: unknown, lang: string) =>
  typeof value === 'string' ? value : isObject(value) ? resolveText(value as LocalizedText, lang)?.text : undefined;

/**
 * The attributes that give one raw feed item to a one-item element (`heading`, `href`…),
 * its texts in `lang`; and the fields no attribute can carry (a story's author and date).
 */
export function itemAttributes(element: ElementInfo, item: unknown, lang: string) {
  const attributes: Record<string, string> = {};
  const lost: string[] = [];
  if (!isObject(item)) return {attributes, lost};
  for (const [field, value] of Object.entries(item)) {
    if (value == null || value === '' || field === 'id' || field === 'lang') continue;
    const name = fieldAttribute(field);
    // `kicker` and `kind` are options too; an item's own carry over all the same.
    if (!element.contentAttributes.includes(name) && !(OVERRIDES.has(name) && element.attributes.has(name))) {
      if (field in SPECS[element.kind!]) lost.push(field);
      continue;
    }
    const text =
      element.attributes.get(name)?.control === 'json'
        ? JSON.stringify(value)
        : typeof value === 'number'
          ? String(value)
          : inLanguage(value, lang);
    if (text) attributes[name] = text;
  }
  return {attributes, lost};
}

/** An attribute value in HTML: single quotes around JSON (readable), double quotes otherwise. */
function attribute(name: string, value: string | true) {
  if (value === true) return name;
  const single = value.includes('"') && !value.includes("'");
  const escaped = value.replace(/&/g, '&amp;').replace(single ? /'/g : /"/g, single ? '&#39;' : '&quot;');
  return single ? `${name}='${escaped}'` : `${name}="${escaped}"`;
}

/** The element's start and end tags with `attributes`, one per line when there are several. */
export function elementHtml(tag: string, attributes: Record<string, string | true>) {
  const parts = Object.entries(attributes).map(([name, value]) => attribute(name, value));
  const inline = `<${tag}${parts.map((p) => ` ${p}`).join('')}></${tag}>`;
  return inline.length <= 100 ? inline : `<${tag}\n${parts.map((p) => `  ${p}\n`).join('')}></${tag}>`;
}

/** The theme tokens as CSS for the page, or nothing when none is set. */
export function tokensCss(tag: string, tokens: Record<string, string>) {
  const set = Object.entries(tokens).filter(([, v]) => v.trim());
  if (!set.length) return '';
  // A value cannot close the rule or the <style> element it sits in.
  const safe = (v: string) => v.replace(/[{};<>]/g, '');
  return `${tag} {\n${set.map(([name, value]) => `  ${name}: ${safe(value.trim())};\n`).join('')}}`;
}

/** The HTML a webmaster pastes: the script tag, the theme tokens if any, the element. */
export function snippetHtml(scriptUrl: string, tag: string, attributes: Record<string, string | true>, css: string) {
  const script = `<script type="module" src="${scriptUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></script>`;
  const style = css ? `\n<style>\n${css}\n</style>` : '';
  return `${script}${style}\n${elementHtml(tag, attributes)}\n`;
}
