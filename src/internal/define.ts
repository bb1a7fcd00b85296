import {VERSION} from './version.js';

// Marks our classes with the library version, shared across copies of the library.
const VERSION_KEY = Symbol.for('cm-widgets.version');
let warned = false;

/**
 * Defines an element unless a tag of that name exists already: two copies of the library
 * on one page (a script tag and an app bundle) must not throw, as Lit's `@customElement`
 * would. When the first copy is another version, say so once: its elements stay in use.
 */
export function define(tag: string, element: CustomElementConstructor) {
  const existing = customElements.get(tag) as (CustomElementConstructor & {[VERSION_KEY]?: string}) | undefined;
  if (!existing) {
    (element as {[VERSION_KEY]?: string})[VERSION_KEY] = VERSION;
    customElements.define(tag, element);
    return;
  }
  const other = existing[VERSION_KEY];
  if (other && other !== VERSION && !warned) {
    warned = true;
    console.warn(
      `cm-widgets: version ${VERSION} is loaded on a page that already has version ${other}; the elements of ${other} stay in use. Load the library once.`
    );
  }
}
