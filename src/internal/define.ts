/**
 * Defines an element unless a tag of that name exists already: two copies of the library on
 * one page (a script tag and an app bundle) must not throw, as Lit's `@customElement` would.
 * The first copy's elements stay in use, silently (README, Decisions).
 */
export function define(tag: string, element: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
