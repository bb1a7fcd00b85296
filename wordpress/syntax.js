/**
 * The WordPress block and shortcode for a widget, from elements.json: what the snippet
 * builder offers beside the HTML snippet. Pure functions, no dependency; not part of the
 * plugin zip.
 *
 *   import spec from '../wordpress/elements.json' with {type: 'json'};
 *   import {wordpressBlock, wordpressShortcode} from '../wordpress/syntax.js';
 *   wordpressShortcode(spec, 'featured-story', {src: '/content.json', 'story-id': 'two-cheers'});
 *   // → [cm_featured_story src="/content.json" story_id="two-cheers"]
 *   wordpressBlock(spec, 'featured-story', {src: '/content.json', 'story-id': 'two-cheers'});
 *   // → <!-- wp:citiesofmigration/featured-story {"src":"/content.json","storyId":"two-cheers"} /-->
 *
 * `attributes` uses the element's attribute names (`story-id`, `heading-level`). JSON lists
 * (`quotes`, `ideas`, `speakers`) have no block or shortcode form (the plugin takes a feed
 * URL instead) and are left out, as are false booleans, empty values and unknown names;
 * `skipped()` says which.
 */

const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** The attributes of `attributes` that WordPress can carry, typed as the plugin expects. */
function usable(spec, name, attributes) {
  const element = spec.elements[name];
  if (!element) throw new Error(`unknown element "${name}": one of ${Object.keys(spec.elements).join(', ')}`);
  const out = [];
  for (const [attribute, value] of Object.entries(attributes)) {
    const type = element.attributes[attribute]?.type;
    if (!type || type === 'json' || value === undefined || value === null || value === '' || value === false) continue;
    if (type === 'boolean') out.push([attribute, true]);
    else if (type === 'integer') {
      const n = Number(value);
      if (Number.isInteger(n)) out.push([attribute, n]);
    } else out.push([attribute, String(value)]);
  }
  return out;
}

/** The names in `attributes` that have no block or shortcode form. */
export function skipped(spec, name, attributes) {
  const kept = new Set(usable(spec, name, attributes).map(([attribute]) => attribute));
  return Object.keys(attributes).filter(
    (attribute) =>
      !kept.has(attribute) &&
      attributes[attribute] !== false &&
      attributes[attribute] != null &&
      attributes[attribute] !== ''
  );
}

/** `[cm_featured_story src="…" story_id="…"]`: quotes, brackets and angle brackets as entities. */
export function wordpressShortcode(spec, name, attributes = {}) {
  const parts = usable(spec, name, attributes).map(([attribute, value]) => {
    const key = attribute.replace(/-/g, '_');
    if (value === true) return key;
    const text = String(value).replace(
      /["[\]<>]/g,
      (c) => ({'"': '&quot;', '[': '&#91;', ']': '&#93;', '<': '&lt;', '>': '&gt;'})[c]
    );
    return `${key}="${text}"`;
  });
  return `[${['cm_' + name.replace(/-/g, '_'), ...parts].join(' ')}]`;
}

/** `<!-- wp:citiesofmigration/featured-story {…} /-->`, serialized as the block editor does. */
export function wordpressBlock(spec, name, attributes = {}) {
  const entries = usable(spec, name, attributes).map(([attribute, value]) => [camel(attribute), value]);
  const json = entries.length
    ? ' ' +
      JSON.stringify(Object.fromEntries(entries))
        .replace(/--/g, '\\u002d\\u002d')
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\\"/g, '\\u0022')
    : '';
  return `<!-- wp:${spec.namespace}/${name}${json} /-->`;
}
