/**
 * Which words of a text a search matched, without the DOM: the text cut into runs, the
 * matching words marked, so the element can wrap them in `<mark>`.
 */
import {fold} from '../content/fold.js';

/** A run of text, marked when it is a word the query matched. */
export interface Run {
  text: string;
  mark?: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The text as runs, each word that starts with one of the folded query `words` marked whole
 * ("integr" marks "Intégration"). Undefined when nothing matches: the text stays one string.
 */
export function highlight(text: string, words: readonly string[]): Run[] | undefined {
  // Word by word only where the text as a whole has a match (of the few cards on screen).
  const folded = ` ${fold(text)}`;
  if (!words.some((w) => folded.includes(` ${w}`))) return undefined;
  const runs: Run[] = [];
  let at = 0;
  for (const {0: word, index} of text.matchAll(WORD)) {
    const foldedWord = fold(word);
    if (words.some((w) => foldedWord.startsWith(w))) {
      if (index > at) runs.push({text: text.slice(at, index)});
      runs.push({text: word, mark: true});
      at = index + word.length;
    }
  }
  if (at < text.length) runs.push({text: text.slice(at)});
  return runs;
}
