import { DEFAULT_DATA_DIR, readJson } from '../facts/dataFiles.js';
import type { Problem } from '../facts/problem.js';
import { StoreInvalidError } from '../facts/problem.js';
import { EntitiesFile } from './entities.js';
import type { Lexicon } from './lexicon.js';
import { buildLexicon, loadLexicon } from './lexicon.js';
import { ChatWordsFile } from './question/chatWords.js';
import type { Subject } from './subject.js';
import { SubjectFile } from './subject.js';
import { QueryWordsFile, SynonymsFile } from './synonyms.js';

export const SYNONYMS_FILE = 'synonyms.json';
export const QUERY_WORDS_FILE = 'query-words.json';
export const CHAT_WORDS_FILE = 'chat-words.json';
export const SUBJECT_FILE = 'subject.json';
export const ENTITIES_FILE = 'entities.json';

/** The curated words the engine reads beside the store. */
export interface AnswerData {
  synonyms: SynonymsFile;
  queryWords: QueryWordsFile;
  chatWords: ChatWordsFile;
  subject: Subject;
  entities: EntitiesFile;
  /** WordNet's words for the store's words, built into data/lexicon.json by `npm run lexicon:build`. */
  lexicon: Lexicon;
}

/** The curated vocabulary the answer engine reads beside the store; refused like an invalid store. */
export async function loadAnswerData(dataDir: string = DEFAULT_DATA_DIR): Promise<AnswerData> {
  const problems: Problem[] = [];
  const [synonyms, queryWords, chatWords, subject, entities, lexicon] = await Promise.all([
    readJson(dataDir, SYNONYMS_FILE, SynonymsFile, problems),
    readJson(dataDir, QUERY_WORDS_FILE, QueryWordsFile, problems),
    readJson(dataDir, CHAT_WORDS_FILE, ChatWordsFile, problems),
    readJson(dataDir, SUBJECT_FILE, SubjectFile, problems),
    readJson(dataDir, ENTITIES_FILE, EntitiesFile, problems),
    loadLexicon(dataDir),
  ]);
  if (synonyms === undefined || queryWords === undefined || chatWords === undefined || subject === undefined || entities === undefined) {
    throw new StoreInvalidError(problems);
  }
  return { synonyms, queryWords, chatWords, subject, entities, lexicon: buildLexicon(lexicon) };
}
