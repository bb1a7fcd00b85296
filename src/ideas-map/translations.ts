/**
 * The map's messages come with the map, not with every page. `npm run localize` moves them
 * (ids `map-…`) out of each locale module into one of their own
 * (scripts/split-map-locales.mjs); the map merges it into the locale module's `templates`,
 * the very object @lit/localize reads its messages from, before it shows anything in that
 * language. A module import is loaded once per page: the locale module here is the one
 * the page already has (or is about to get).
 */
type Templates = {templates: Record<string, unknown>};

const loaders: Record<string, () => Promise<[Templates, Templates]>> = {
  ar: () =>
    Promise.all([import('../localization/generated/locales/ar.js'), import('../localization/generated/map/map-ar.js')]),
  de: () =>
    Promise.all([import('../localization/generated/locales/de.js'), import('../localization/generated/map/map-de.js')]),
  es: () =>
    Promise.all([import('../localization/generated/locales/es.js'), import('../localization/generated/map/map-es.js')]),
  fr: () =>
    Promise.all([import('../localization/generated/locales/fr.js'), import('../localization/generated/map/map-fr.js')]),
};

/** Per locale: settled once its map messages are merged (or have failed: English then). */
const merged = new Map<string, Promise<void>>();
const ready = new Set<string>(['en']);

/** Whether the map's messages in `locale` (a locale code of ours) are in place. */
export const hasMapMessages = (locale: string) => ready.has(locale) || !loaders[locale];

/** Merges the map's messages in `locale` into its templates, once. */
export function loadMapMessages(locale: string): Promise<void> {
  let done = merged.get(locale);
  if (!done) {
    done = loaders[locale]()
      .then(([core, map]) => void Object.assign(core.templates, map.templates))
      .catch((e: Error) =>
        console.warn(`cm-widgets: could not load the map's "${locale}" translations (${e?.message}).`)
      )
      .finally(() => ready.add(locale));
    merged.set(locale, done);
  }
  return done;
}
