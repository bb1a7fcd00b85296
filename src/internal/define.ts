import {VERSION} from './version.js';

// Marks our classes with the library version, shared across copies of the library.
const VERSION_KEY = Symbol.for('cm-widgets.version');
let warned = false;

/**
 * Defines an element unless a tag of that name exists already: two copies of the library
 * on one page (a script tag and an app bundle) must not throw, as Lit's `@customElement`
 * would. When the first copy is another version, say so once: its elements stay in use.
 */
export function define(tag: string, element: CustomElementConstructor & {[VERSION_KEY]?: string}) {
  const other = (customElements.get(tag) as typeof element | undefined)?.[VERSION_KEY];
  if (!customElements.get(tag)) customElements.define(tag, Object.assign(element, {[VERSION_KEY]: VERSION}));
  else if (other && other !== VERSION && !warned) {
    warned = true;
    console.warn(
      `cm-widgets: version ${VERSION} loaded after version ${other}, whose elements stay in use. Load the library once.`
    );
  }
}
