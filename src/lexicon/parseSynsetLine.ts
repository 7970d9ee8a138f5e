import type { PartOfSpeech } from './partOfSpeech.js';
import { partOfSpeech } from './partOfSpeech.js';

export interface Pointer {
  /** WordNet's symbol: "~" hyponym, "+" derivationally related form, "!" antonym, "&" similar to, ">" cause… */
  symbol: string;
  offset: number;
  pos: PartOfSpeech;
  /** 1-based word numbers in the source and target synsets; 0 and 0 when the pointer joins whole synsets. */
  sourceWord: number;
  targetWord: number;
}

export interface Synset {
  offset: number;
  pos: PartOfSpeech;
  /** As printed, underscores for spaces and case kept ("Almaty", "pass_away"), adjective markers such as "(p)" removed. */
  lemmas: string[];
  pointers: Pointer[];
}

/**
 * `offset lex_filenum ss_type w_cnt [word lex_id…] p_cnt [symbol offset pos source/target…] [frames] | gloss`
 * (wndb(5WN)); w_cnt and source/target are hexadecimal, p_cnt decimal.
 */
export function parseSynsetLine(line: string): Synset {
  const glossAt = line.indexOf(' | ');
  const fields = (glossAt < 0 ? line : line.slice(0, glossAt)).trim().split(' ');
  const at = (index: number): string => {
    const field = fields[index];
    if (field === undefined) throw new Error(`WordNet: synset line ends early: "${line.slice(0, 80)}"`);
    return field;
  };
  const wordCount = parseInt(at(3), 16);
  const lemmas: string[] = [];
  for (let word = 0; word < wordCount; word += 1) lemmas.push(at(4 + word * 2).replace(/\([a-z]+\)$/, ''));
  const pointerStart = 4 + wordCount * 2;
  const pointers: Pointer[] = [];
  for (let pointer = 0, index = pointerStart + 1; pointer < Number(at(pointerStart)); pointer += 1, index += 4) {
    const sourceTarget = at(index + 3);
    pointers.push({
      symbol: at(index),
      offset: Number(at(index + 1)),
      pos: partOfSpeech(at(index + 2)),
      sourceWord: parseInt(sourceTarget.slice(0, 2), 16),
      targetWord: parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { offset: Number(at(0)), pos: partOfSpeech(at(2)), lemmas, pointers };
}
