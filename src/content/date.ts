/** Dates of the content: ISO 8601 strings, checked by the normalizer. */

/**
 * A date without a time ("2018-11-05") is a calendar day, the same everywhere: not UTC
 * midnight, which visitors west of UTC would see as the day before.
 */
export const isCalendarDay = (iso: string) => /^\d{4}-\d\d-\d\d$/.test(iso);
