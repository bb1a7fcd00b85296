/**
 * Runtime localization. @lit/localize can be configured once per module instance; we do it
 * lazily, when the first element connects, so a host app that configures @lit/localize
 * itself first keeps its setup and our elements still work (in its locale or in English).
 */
import {configureLocalization} from '@lit/localize';
import {allLocales, sourceLocale, targetLocales} from './generated/locale-codes.js';
import {baseLang} from '../content/text.js';

export type LocaleCode = (typeof allLocales)[number];

export {allLocales};

// Listed one by one (not a template import) so rollup emits one chunk per locale beside
// cm-widgets.js and loads it only when the page needs that language.
const loaders = {
  ar: () => import('./generated/locales/ar.js'),
  de: () => import('./generated/locales/de.js'),
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
};

/**
 * A translation's messages by id, loaded as the elements load them (for tools that write a
 * language's text outside an element: the snippet builder's prerendered HTML).
 */
export const loadTemplates = async (locale: Exclude<LocaleCode, 'en'>) =>
  (await loaders[locale]()).templates as Record<string, unknown>;

type Api = ReturnType<typeof configureLocalization>;
let api: Api | undefined | null;

/** Configures @lit/localize unless the page already did; returns our API or undefined. */
export function localization(): Api | undefined {
  if (api === undefined) {
    try {
      api = configureLocalization({
        sourceLocale,
        targetLocales,
        loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
      });
    } catch {
      api = null;
      console.warn('cm-widgets: @lit/localize is configured by the page: texts show in its locale or in English.');
    }
  }
  return api ?? undefined;
}

/** The locale we have for a BCP 47 tag's language (`fr-CA` → `fr`), else English. */
export function matchLocale(tag: string | null | undefined): LocaleCode {
  const base = baseLang(tag ?? '') as LocaleCode;
  return allLocales.includes(base) ? base : sourceLocale;
}

/** An Intl formatter for `lang`, or for English when `lang` is not a valid tag. */
export function intl<T, O>(Format: new (lang: string, options?: O) => T, lang: string, options?: O): T {
  try {
    return new Format(lang, options);
  } catch {
    return new Format('en', options);
  }
}
