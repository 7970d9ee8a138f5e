import { editDistance } from './editDistance.js';

/** How many edits a misspelling of a word this long may hold: short words are too easily another word. */
export const editAllowance = (length: number): number => (length >= 6 ? 2 : length >= 4 ? 1 : 0);

interface Bucket {
  words: string[];
  /** Per word, which letters of a to z it uses, one bit each. */
  letters: number[];
}

function lettersOf(word: string): number {
  let letters = 0;
  for (let at = 0; at < word.length; at += 1) {
    const code = word.charCodeAt(at) - 97;
    letters |= code >= 0 && code < 26 ? 1 << code : 1 << 26;
  }
  return letters;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

export interface SpellingIndex {
  /** The known word a misspelt one most likely meant, or undefined when none is close enough. */
  correct(word: string): string | undefined;
}

/**
 * The words the engine knows, bucketed by first letter and length, ranked by preference. A misspelling is compared
 * only with the words that start with its first or second letter (so the first two letters may be swapped) and are
 * within its edit allowance in length, by optimal string alignment distance with an early exit. On a store of 100,000
 * distinct words that is a few thousand cheap comparisons, made only for a word neither the engine nor the dictionary
 * knows; the buckets hold references to the words and nothing else, where a symmetric-delete index (SymSpell) over the
 * same words took hundreds of megabytes and seconds to build.
 */
export function buildSpellingIndex(knownWords: Iterable<string>, isFunctionWord: (word: string) => boolean): SpellingIndex {
  const ranks = new Map<string, number>();
  const buckets = new Map<string, Bucket[]>();
  for (const word of knownWords) {
    if (ranks.has(word) || word.length < 3) continue;
    ranks.set(word, ranks.size);
    const byLength = buckets.get(word[0] as string) ?? [];
    buckets.set(word[0] as string, byLength);
    const bucket = (byLength[word.length] ??= { words: [], letters: [] });
    bucket.words.push(word);
    bucket.letters.push(lettersOf(word));
  }
  return {
    correct(word) {
      const allowance = editAllowance(word.length);
      if (allowance === 0) return undefined;
      let best: { word: string; distance: number; rank: number } | undefined;
      const letters = lettersOf(word);
      for (const letter of new Set([word[0] as string, word[1] as string])) {
        const byLength = buckets.get(letter) ?? [];
        for (let length = word.length - allowance; length <= word.length + allowance; length += 1) {
          const bucket = byLength[length];
          if (bucket === undefined) continue;
          for (let at = 0; at < bucket.words.length; at += 1) {
            // Each edit changes which letters a word uses by two at most: most words are ruled out by that alone.
            if (bitCount(letters ^ (bucket.letters[at] as number)) > 2 * allowance) continue;
            const known = bucket.words[at] as string;
            // A common word is only one edit away ("agianst", "wich"): a name the dictionary lacks is otherwise too
            // easily read as one ("france" as "face", "beijing" as "being").
            const limit = isFunctionWord(known) ? 1 : allowance;
            const distance = editDistance(word, known, limit);
            if (distance > limit) continue;
            const rank = ranks.get(known) as number;
            if (best === undefined || distance < best.distance || (distance === best.distance && rank < best.rank)) {
              best = { word: known, distance, rank };
            }
          }
        }
      }
      return best?.word;
    },
  };
}
