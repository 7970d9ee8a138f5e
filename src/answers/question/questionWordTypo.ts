import { isStopword } from '../vocabulary.js';

/** The words a question opens with to ask for something other than yes or no. */
export const QUESTION_WORDS: readonly string[] = ['what', 'which', 'when', 'where', 'who', 'whom', 'whose', 'why', 'how'];

/**
 * "which" → "wich", "whcih": the word with one letter past the first left out, or two neighbouring letters swapped.
 * The first letter stays: "where" without its w is "here".
 */
function slipsOf(word: string): string[] {
  const slips: string[] = [];
  for (let at = 1; at < word.length; at += 1) slips.push(word.slice(0, at) + word.slice(at + 1));
  for (let at = 0; at + 1 < word.length; at += 1)
    slips.push(word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2));
  return slips;
}

/** Each slip to the one question word it can come from; a slip two question words share ("ho": how, who) is left out. */
const FROM_SLIP: ReadonlyMap<string, string> = (() => {
  const sources = new Map<string, Set<string>>();
  for (const word of QUESTION_WORDS) {
    for (const slip of slipsOf(word)) if (slip.length > 1 && slip !== word) sources.set(slip, (sources.get(slip) ?? new Set()).add(word));
  }
  // "were" is "where" without its h, but a word of its own first.
  return new Map(
    [...sources]
      .filter(([slip, from]) => from.size === 1 && !QUESTION_WORDS.includes(slip) && !isStopword(slip))
      .map(([slip, from]) => [slip, [...from][0] as string]),
  );
})();

/**
 * The question word a clause's opening word is a slip of ("wich city…", "hwo said…"), when it is one. The dictionary
 * cannot catch these: "wich" and "wen" are words, but rare ones, and no question opens with them. Only a dropped or
 * swapped letter counts; a changed one would read "now" as "how".
 */
export const questionWordSlip = (word: string): string | undefined => FROM_SLIP.get(word);
