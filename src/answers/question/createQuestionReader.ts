import { eng as englishStopwords } from 'stopword';
import type { FactIndex } from '../factIndex.js';
import type { AnswerData } from '../loadAnswerData.js';
import { commonWords, isCommonWord, isStopword, words } from '../vocabulary.js';
import { COUNTRY_NAMES } from '../countryNames.js';
import { englishDictionary } from './englishDictionary.js';
import type { QuestionReader } from './readQuestion.js';
import { createQuestionReader as readerOver } from './readQuestion.js';
import { buildSpellingIndex } from './spellingIndex.js';

/**
 * The question reader for one store: every word the engine knows, in order of preference for correcting a misspelling
 * to (the store's own words first, then the thesaurus, then the question vocabulary and function words).
 */
export function createQuestionReader({ synonyms, queryWords, chatWords, lexicon }: AnswerData, index: FactIndex): QuestionReader {
  const generic = new Set(queryWords.generic);
  const subject = new Set(queryWords.subject);
  const known = [
    ...index.spellings,
    ...synonyms.groups.flat().flatMap((member) => words(member)),
    // WordNet's word for a word that names the whole story ("kazakstan") is read as a misspelling of it, not a word of its own.
    ...lexicon.relatedWords.filter(
      (word) => !lexicon.storeWordsFor(word).every((storeWord) => generic.has(storeWord) || subject.has(storeWord)),
    ),
    ...queryWords.generic,
    ...queryWords.subject,
    ...queryWords.restrictive,
    ...Object.keys(queryWords.demonyms),
    // A country is a name the dictionary lacks, and a question about one must not be read as another word.
    ...COUNTRY_NAMES.flatMap((name) => words(name)),
    ...englishStopwords,
    ...commonWords,
    ...Object.values(chatWords.spellings).flatMap((spelt) => spelt.split(' ')),
    ...chatWords.chatter.flatMap((phrase) => phrase.split(' ')),
    ...chatWords.messengers,
  ];
  const knownWords = new Set(known);
  const storeWords = index.spellings;
  return readerOver({
    chat: chatWords,
    isKnown: (word) => knownWords.has(word),
    isContentWord: (word) => !isStopword(word) && !generic.has(word) && !isCommonWord(word),
    spelling: buildSpellingIndex(known, (word) => !storeWords.has(word) && (isStopword(word) || isCommonWord(word) || generic.has(word))),
    dictionary: englishDictionary,
  });
}
