/**
 * The prerendered snippet (DESIGN.md, "Prerendered HTML"), made in the browser from the live
 * preview: the element as the preview shows it, in a declarative shadow root that links
 * cm-widgets.css beside the script, and the plain fallback from the same items. It is what
 * `npx cm-widgets render` prints, for a webmaster without Node: the element takes it over
 * without moving anything when the script arrives.
 */
import {loadTemplates, matchLocale} from '../src/localization/localize.js';
import {fallbackHtml} from '../src/server/fallback.js';
import {elementHtml} from './model.js';

export interface PrerenderInput {
  tag: string;
  attributes: Record<string, string | true>;
  scriptUrl: string;
  /** The element in the preview page. */
  element: Element;
  /** The raw items it shows (the fallback's), and the page language. */
  items: readonly unknown[];
  lang: string;
}

/** Between the parts of a line in `lang`, as the elements write it: the translation's (the Arabic comma), else English's. */
export async function separatorFor(lang: string) {
  const locale = matchLocale(lang);
  const translated = locale === 'en' ? undefined : (await loadTemplates(locale)).separator;
  return typeof translated === 'string' ? translated : ', ';
}

/** Waits until the preview element shows its own content, not a loading state. */
async function rendered(element: Element) {
  for (let i = 0; i < 100; i++) {
    await (element as Element & {updateComplete?: Promise<unknown>}).updateComplete;
    const root = element.shadowRoot;
    if (root?.firstElementChild && !root.querySelector('[part=loading]')) return root;
    await new Promise((r) => requestAnimationFrame(r));
  }
  throw new Error('the preview did not render');
}

export async function prerenderedSnippet({tag, attributes, scriptUrl, element, items, lang}: PrerenderInput) {
  const root = await rendered(element);
  const css = scriptUrl.replace(/[^/]*$/, 'cm-widgets.css');
  // Lit's markers out (a CMS strips comments anyway); a calendar file is the visitor's own
  // page's (a blob: URL lives in one page): the element makes it again when it takes over.
  const shadow = root.innerHTML.replace(/<!--[\s\S]*?-->/g, '').replace(/ href="blob:[^"]*"/g, '');
  const open = elementHtml(tag, attributes).replace(new RegExp(`></${tag}>$`), '>');
  const separator = await separatorFor(lang);
  const script = `<script type="module" src="${scriptUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></script>`;
  return (
    `${script}\n${open}<template shadowrootmode="open"><link rel="stylesheet" href="${css.replace(/"/g, '&quot;')}">` +
    `${shadow}</template>${fallbackHtml(tag, items, lang, separator)}</${tag}>\n`
  );
}
