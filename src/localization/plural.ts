/**
 * Plurals for every count the elements show, through `Intl.PluralRules`.
 *
 * Each count has one message per CLDR plural category, each with an explicit id
 * (`ideas-count-one`, `ideas-count-few`…), so every language can give each of its forms:
 * English and German use `one` and `other`; French `one` (0 and 1), `many` (a million) and
 * `other`; Arabic all six. A form a language never selects still needs a translation (the
 * extractor lists every id in every locale), usually a copy of its `other` form.
 *
 * The number is not a lit-localize placeholder but the token `{count}`, replaced after
 * the message is chosen: a placeholder must appear in every translation, while some forms
 * name the number in words instead (Arabic `one` "فكرة واحدة", `two` "فكرتان"), exactly
 * as ICU MessageFormat lets `#` be left out.
 */
import {intl, localization} from './localize.js';

export type PluralCategory = Intl.LDMLPluralRule;

/** Message functions by category; `other` is required and stands in for any missing one. */
export type PluralForms = Partial<Record<PluralCategory, () => string>> & {other: () => string};

/**
 * The locale our messages are shown in: the plural form must agree with the language of
 * the text, which is English on a page whose language we have no translation for (and
 * while a page's app has configured @lit/localize itself).
 */
export const uiLocale = (): string => localization()?.getLocale() ?? 'en';

/** The plural category of `n` in `locale` (the messages' locale by default). */
export const pluralCategory = (n: number, locale = uiLocale()) => intl(Intl.PluralRules, locale).select(n);

/**
 * The message for `n`: the form of its plural category, else `other`, with `{count}` as
 * `count` (the number formatted for the page).
 */
export function plural(n: number, forms: PluralForms, count: string): string {
  return (forms[pluralCategory(n)] ?? forms.other)().replaceAll('{count}', count);
}
