import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

export interface Dictionary {
  has(word: string): boolean;
}

/** The words as one string of sorted lines, and where each line starts (with the end of the last one after it). */
function readSortedLines(): { text: string; starts: Uint32Array } {
  const sorted = readFileSync(wordListPath, 'latin1')
    .split('\n')
    .filter((line) => line !== '')
    .sort();
  const starts = new Uint32Array(sorted.length + 1);
  let offset = 0;
  sorted.forEach((line, index) => {
    starts[index] = offset;
    offset += line.length + 1;
  });
  starts[sorted.length] = offset;
  return { text: sorted.join('\n'), starts };
}

let loaded: Dictionary | undefined;

/**
 * The English dictionary of the word-list package (274,000 words, inflections included), read on first use: only a
 * question with a word the engine does not know needs it. Held as one sorted string and the offsets of its lines,
 * about 4 MB, where a Set of the same words takes three times that.
 */
export function englishDictionary(): Dictionary {
  if (loaded !== undefined) return loaded;
  const { text, starts } = readSortedLines();
  const lineAt = (index: number): string => text.slice(starts[index], (starts[index + 1] as number) - 1);
  loaded = {
    has(word) {
      let low = 0;
      let high = starts.length - 2;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const line = lineAt(middle);
        if (line === word) return true;
        if (line < word) low = middle + 1;
        else high = middle - 1;
      }
      return false;
    },
  };
  return loaded;
}
