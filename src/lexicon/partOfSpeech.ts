/** WordNet's four parts of speech, by the letter its files use; a satellite adjective ("s") is filed as "a". */
export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';

export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['n', 'v', 'a', 'r'];

/** The suffix of each part's `index.<name>` and `data.<name>` file. */
export const FILE_NAMES: Record<PartOfSpeech, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

export function partOfSpeech(letter: string): PartOfSpeech {
  if (letter === 's') return 'a';
  if (letter === 'n' || letter === 'v' || letter === 'a' || letter === 'r') return letter;
  throw new Error(`WordNet: unknown part of speech "${letter}"`);
}
