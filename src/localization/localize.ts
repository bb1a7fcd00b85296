/**
 * Runtime localization. @lit/localize can be configured once per module instance; we do it
 * lazily, when the first element connects, so a host app that configures @lit/localize
 * itself first keeps its setup and our elements still work (in its locale or in English).
 */
import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';

export type LocaleCode = typeof sourceLocale | (typeof targetLocales)[number];

export const allLocales: readonly LocaleCode[] = [sourceLocale, ...targetLocales];

// Listed one by one (not a template import) so rollup emits one chunk per locale beside
// cm-widgets.js and loads it only when the page needs that language.
const loaders: Record<string, () => Promise<unknown>> = {
  ar: () => import('./generated/locales/ar.js'),
  de: () => import('./generated/locales/de.js'),
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
};

type Api = ReturnType<typeof configureLocalization>;
let api: Api | undefined;
let unavailable = false;

/** Configures @lit/localize unless the page already did; returns our API or undefined. */
export function localization(): Api | undefined {
  if (api || unavailable) return api;
  try {
    api = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
    });
  } catch {
    unavailable = true;
    console.warn(
      'cm-widgets: @lit/localize was already configured by this page, so the widgets cannot load their translations; they show their texts in that configuration’s locale, or in English.'
    );
  }
  return api;
}

/** The locale we have for a BCP 47 tag: exact, then base language, else English. */
export function matchLocale(tag: string | null | undefined): LocaleCode {
  const lower = (tag ?? '').trim().toLowerCase();
  const exact = allLocales.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  return allLocales.find((l) => l.toLowerCase() === base) ?? sourceLocale;
}
