import { DEFAULT_DATA_DIR, readJson } from '../facts/dataFiles.js';
import type { Problem } from '../facts/problem.js';
import { StoreInvalidError } from '../facts/problem.js';
import type { QueryWordsFile as QueryWords, SynonymsFile as Synonyms } from './synonyms.js';
import { QueryWordsFile, SynonymsFile } from './synonyms.js';

export const SYNONYMS_FILE = 'synonyms.json';
export const QUERY_WORDS_FILE = 'query-words.json';

/** The curated vocabulary the answer engine reads beside the store; refused like an invalid store. */
export async function loadAnswerData(dataDir: string = DEFAULT_DATA_DIR): Promise<{ synonyms: Synonyms; queryWords: QueryWords }> {
  const problems: Problem[] = [];
  const synonyms = await readJson(dataDir, SYNONYMS_FILE, SynonymsFile, problems);
  const queryWords = await readJson(dataDir, QUERY_WORDS_FILE, QueryWordsFile, problems);
  if (synonyms === undefined || queryWords === undefined) throw new StoreInvalidError(problems);
  return { synonyms, queryWords };
}
