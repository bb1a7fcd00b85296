/**
 * Node 20 and 22 have no Intl.DurationFormat (Chromium 129+ has). The webinar card would
 * fall back to "75 min" on the server and show "1 heure et 15 minutes" in the browser:
 * another text, another width. This stand-in composes the same string from
 * Intl.NumberFormat (unit style) and Intl.ListFormat (type unit), as the spec does for
 * style "long" (checked against Chromium 156 for en, fr, es, de, ar in lab/).
 */
export function installDurationFormat() {
  const I = Intl as unknown as {DurationFormat?: unknown};
  if (I.DurationFormat) return;
  I.DurationFormat = class {
    #locale: string;
    constructor(locale: string, _options?: {style: 'long'}) {
      this.#locale = locale;
    }
    format(d: {hours?: number; minutes?: number}) {
      const parts = (['hours', 'minutes'] as const)
        .filter((u) => d[u])
        .map((u) =>
          new Intl.NumberFormat(this.#locale, {style: 'unit', unit: u.slice(0, -1), unitDisplay: 'long'}).format(d[u]!)
        );
      return new Intl.ListFormat(this.#locale, {type: 'unit', style: 'long'}).format(parts);
    }
  };
}
