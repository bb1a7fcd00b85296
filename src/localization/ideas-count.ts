/**
 * "1 idea" / "12 ideas", shared by the ideas index (its result count) and the map (each
 * city's count): one message per CLDR plural category, chosen by the plural rules of the
 * language the messages are in (Arabic has all six forms). See plural.ts.
 */
import {msg} from '@lit/localize';
import {plural} from './plural.js';

/** The count of `n` ideas; `count` is `n` formatted for the page. */
export const ideasCount = (n: number, count: string) =>
  // {count} becomes the number; a form may leave it out where it names the number in
  // words (Arabic one: "فكرة واحدة", two: "فكرتان").
  plural(
    n,
    {
      zero: () =>
        msg('{count} ideas', {id: 'ideas-count-zero', desc: 'Results count, plural form “zero” (Arabic: 0).'}),
      one: () =>
        msg('{count} idea', {id: 'ideas-count-one', desc: 'Results count, plural form “one” (French: 0 and 1).'}),
      two: () => msg('{count} ideas', {id: 'ideas-count-two', desc: 'Results count, plural form “two” (Arabic: 2).'}),
      few: () =>
        msg('{count} ideas', {id: 'ideas-count-few', desc: 'Results count, plural form “few” (Arabic: 3–10).'}),
      many: () =>
        msg('{count} ideas', {id: 'ideas-count-many', desc: 'Results count, plural form “many” (Arabic: 11–99).'}),
      other: () =>
        msg('{count} ideas', {
          id: 'ideas-count-other',
          desc: 'Results count, plural form “other”. {count} is the number.',
        }),
    },
    count
  );
