import { DEFAULT_DATA_DIR, readJson } from '../facts/dataFiles.js';
import type { Problem } from '../facts/problem.js';
import { StoreInvalidError } from '../facts/problem.js';
import { ChatWordsFile } from './question/chatWords.js';
import type { Subject } from './subject.js';
import { SubjectFile } from './subject.js';
import { QueryWordsFile, SynonymsFile } from './synonyms.js';

export const SYNONYMS_FILE = 'synonyms.json';
export const QUERY_WORDS_FILE = 'query-words.json';
export const CHAT_WORDS_FILE = 'chat-words.json';
export const SUBJECT_FILE = 'subject.json';

/** The curated words the engine reads beside the store. */
export interface AnswerData {
  synonyms: SynonymsFile;
  queryWords: QueryWordsFile;
  chatWords: ChatWordsFile;
  subject: Subject;
}

/** The curated vocabulary the answer engine reads beside the store; refused like an invalid store. */
export async function loadAnswerData(dataDir: string = DEFAULT_DATA_DIR): Promise<AnswerData> {
  const problems: Problem[] = [];
  const [synonyms, queryWords, chatWords, subject] = await Promise.all([
    readJson(dataDir, SYNONYMS_FILE, SynonymsFile, problems),
    readJson(dataDir, QUERY_WORDS_FILE, QueryWordsFile, problems),
    readJson(dataDir, CHAT_WORDS_FILE, ChatWordsFile, problems),
    readJson(dataDir, SUBJECT_FILE, SubjectFile, problems),
  ]);
  if (synonyms === undefined || queryWords === undefined || chatWords === undefined || subject === undefined) {
    throw new StoreInvalidError(problems);
  }
  return { synonyms, queryWords, chatWords, subject };
}
