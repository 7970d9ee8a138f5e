import { editDistance } from './editDistance.js';

/** Every way to delete one letter from a word, and the word itself: the keys of the symmetric-delete index. */
function deletions(word: string): string[] {
  const keys = [word];
  for (let index = 0; index < word.length; index += 1) keys.push(word.slice(0, index) + word.slice(index + 1));
  return keys;
}

/** How many edits a misspelling of a word this long may hold: short words are too easily another word. */
export const editAllowance = (length: number): number => (length >= 6 ? 2 : length >= 4 ? 1 : 0);

export interface SpellingIndex {
  /** The known word a misspelt one most likely meant, or undefined when none is close enough. */
  correct(word: string): string | undefined;
}

/**
 * A symmetric-delete index (as in SymSpell) over the words the engine knows, ranked by preference: a misspelling and
 * the word it stands for share a key once letters are deleted from each (one from the known word, up to two from the
 * misspelt one), which finds every single edit, transpositions included, and most double edits, without comparing the
 * word against every known word.
 * SymSpell's JavaScript ports are unmaintained, and the index is a few lines over a Map.
 */
export function buildSpellingIndex(
  knownWords: Iterable<string>,
  isFunctionWord: (word: string) => boolean,
  isPreferred: (word: string) => boolean = () => false,
): SpellingIndex {
  const ranks = new Map<string, number>();
  const byKey = new Map<string, string[]>();
  for (const word of knownWords) {
    if (ranks.has(word) || word.length < 3) continue;
    ranks.set(word, ranks.size);
    // The store's own words take two deletions too, so a misspelling that both swaps and drops letters ("aiprot") still
    // meets the word; the rest of what the engine knows, far more words, takes one.
    const keys = isFunctionWord(word) || !isPreferred(word) ? deletions(word) : deletions(word).flatMap(deletions);
    for (const key of new Set(keys)) {
      const bucket = byKey.get(key);
      if (bucket === undefined) byKey.set(key, [word]);
      else bucket.push(word);
    }
  }
  return {
    correct(word) {
      const allowance = editAllowance(word.length);
      if (allowance === 0) return undefined;
      let best: { word: string; distance: number; rank: number } | undefined;
      // Two deletions on the misspelt side and one on the known side reach a transposition plus a dropped letter.
      const keys = new Set(deletions(word).flatMap((key) => (allowance > 1 ? deletions(key) : [key])));
      for (const key of keys) {
        for (const known of byKey.get(key) ?? []) {
          // A common word is only one swapped or changed letter away ("agianst"): a name the dictionary lacks is
          // otherwise too easily read as one ("france" as "face", "beijing" as "being").
          const limit = isFunctionWord(known) ? (known.length === word.length ? 1 : 0) : allowance;
          const distance = editDistance(word, known, limit);
          if (distance > limit) continue;
          const rank = ranks.get(known) as number;
          if (best === undefined || distance < best.distance || (distance === best.distance && rank < best.rank)) {
            best = { word: known, distance, rank };
          }
        }
      }
      return best?.word;
    },
  };
}
