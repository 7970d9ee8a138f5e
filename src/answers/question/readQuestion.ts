import { NUMBER_WORDS } from '../../facts/extract/parseQuantity.js';
import { memoizeWord } from '../memoizeWord.js';
import { normalizeText } from '../vocabulary.js';
import type { ChatWordsFile } from './chatWords.js';
import type { Dictionary } from './englishDictionary.js';
import { QUESTION_WORDS, questionWordSlip } from './questionWordTypo.js';
import type { SpellingIndex } from './spellingIndex.js';

/** A question as the engine understands it, apart from how it was typed. */
export interface ReadQuestion {
  /** What is asked: lower case, chat spellings written out, misspellings corrected, chatter removed. */
  text: string;
  /** Clauses that set a scene around the question ("my cousin lives in Almaty"): they may rank facts, never decide coverage. */
  context: string;
  /** Whether it asks for a yes or a no: "did the government resign?", "…, is that true?". */
  yesNo: boolean;
  /**
   * What a scene clause takes for granted, as a statement: "since Tokayev resigned, who runs the country?" presumes
   * "tokayev resigned". Undefined when no clause opens with "since", "now that" and the like.
   */
  presumed?: string;
}

export interface QuestionReaderWords {
  chat: ChatWordsFile;
  /** Whether the engine knows a word (the store's, the thesaurus's, the question vocabulary's): it is never corrected. */
  isKnown: (word: string) => boolean;
  /** Whether a word carries content, as against a function or question word: a clause without one asks nothing. */
  isContentWord: (word: string) => boolean;
  spelling: SpellingIndex;
  /** A real English word the engine does not know is left as it is; read only when such a word turns up. */
  dictionary: () => Dictionary;
}

export interface QuestionReader {
  read(question: string): ReadQuestion;
}

const RUN_TOGETHER_SHORT_WORDS = new Set('at in on of to is it do be by no so up us we he me my or as an if'.split(' '));
/** Small numbers as the article writes them, from the words the fact extractor reads as numbers: 5 → "five". */
const SMALL_NUMBERS = new Map(
  Object.entries(NUMBER_WORDS)
    .filter(([, value]) => value <= 20)
    .map(([word, value]) => [value, word]),
);
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+/g;
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u{200D}/gu;
/** "Hello from Berlin": where a greeting comes from is part of the greeting. */
const GREETING_FROM = /\b(?:hello|hi|hey|hiya|howdy|greetings|cheers)\s+from\s+[\p{L}-]+/giu;
const EMOTICON = /(?<=^|\s)(?:[:;=8][-'^]?[)(\][dpo3/\\|*]+|<3|\^\^|xd)(?=\s|$)/gi;
/** A number in brackets is a footnote, a counter or a list marker ("(2)", "[3]"): it asks nothing. */
const BRACKETED_NUMBER = /[([{]\s*#?\d+\s*[)\]}]/g;
const TOKEN = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*|[.!?;:,()]|\s[-–—]+\s/gu;
const CLAUSE_END = /^[.!?;:,()]$|^\s[-–—]+\s$/;
const AUXILIARIES = new Set('is are was were did do does has have had can could will would should shall may might'.split(' '));
const QUESTION_OPENERS = new Set([...QUESTION_WORDS, ...AUXILIARIES, 'any']);
/** Openings of a clause that states what the question takes as known: "since…", "now that…", "given that…". */
const PRESUMING = [['since'], ['now', 'that'], ['given', 'that'], ['seeing', 'that'], ['because']];
/** Openings of a clause that sets a condition: it points where the question points, but is not checked as a fact. */
const SETTING = [...PRESUMING, ['if']];

/** Reporting verbs a clause may open with when the asker is the one who saw or heard. */
const SEEN = new Set(['saw', 'seen', 'heard', 'read']);

/**
 * Words that point back to what was said before: "Tokayev, who is he?" asks about Tokayev. "There" is not one: "what is
 * LPG used for over there?" points at the place the story is, not at what came before.
 */
const POINTERS = new Set('it he she they them that this these those his her its their him each both'.split(' '));
/** "Who was it that said…": a cleft question's "it that" points at what follows, not back at what was said before. */
const CLEFT = /\b(?:was|is) it (?:that|who)\b/;
const withoutCleft = (words: readonly string[]): string[] => words.join(' ').replace(CLEFT, ' ').split(' ');
/** "In which city…", "of what": where a question word may follow. */
const PREPOSITIONS = new Set('in on at of from by for to about with'.split(' '));
const OPENING_DETERMINERS = new Set('my a an our his her their the some'.split(' '));

interface Clause {
  words: string[];
  /** Ended with a question mark. */
  asked: boolean;
  /** Followed by a tag asking whether it holds: "…lasts a month, yes?", "…, right?". */
  tagged?: boolean;
}

/** A clause that only narrows the one before it: "exact number killed, not just 'dozens'?". */
const NARROWING = /^(?:not (?:just|only|merely|simply)|rather than|instead of|and not|but not)\b/;

/** Clauses with each narrowing one read as part of the clause it narrows, which is asked if either was. */
function withNarrowingJoined(clauses: readonly Clause[]): Clause[] {
  const joined: Clause[] = [];
  for (const clause of clauses) {
    const previous = joined.at(-1);
    if (previous !== undefined && NARROWING.test(clause.words.join(' '))) {
      joined[joined.length - 1] = { ...previous, words: [...previous.words, ...clause.words], asked: previous.asked || clause.asked };
    } else joined.push(clause);
  }
  return joined;
}

/** One word after a statement that asks whether it holds. */
const TAGS = new Set(['yes', 'yeah', 'right', 'no', 'correct', 'true', 'eh', 'innit']);

const startsWith = (words: readonly string[], phrase: readonly string[], at = 0): boolean =>
  phrase.every((word, offset) => words[at + offset] === word);

/** Whether a clause opens by setting a condition or a presumption ("if…", "since…"). */
const setsScene = (words: readonly string[]): boolean => SETTING.some((opening) => startsWith(words, opening, 0));

/** Phrases as words by their first word, longest first, so a clause looks up only those its words can start. */
function phrasesOf(list: readonly string[]): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of list.map((entry) => entry.split(' ')).sort((a, b) => b.length - a.length)) {
    byFirst.set(phrase[0] as string, [...(byFirst.get(phrase[0] as string) ?? []), phrase]);
  }
  return byFirst;
}

const phraseAt = (phrases: Map<string, string[][]>, words: readonly string[], at = 0): string[] | undefined =>
  phrases.get(words[at] ?? '')?.find((phrase) => startsWith(words, phrase, at));

/** Reads a question apart from how it was typed: chat spelling, typos, greetings and sign-offs, and the scene around it. */
export function createQuestionReader(words: QuestionReaderWords): QuestionReader {
  const { chat, isKnown, isContentWord, spelling } = words;
  const chatter = phrasesOf(chat.chatter);
  const confirmations = phrasesOf(chat.confirmations);
  const reportingVerbs = phrasesOf(chat.reportingVerbs);
  const messengers = new Set(chat.messengers);
  const media = phrasesOf(chat.media);
  const openers = new Set(chat.openers);
  // A Map, not the record itself: a question may say "constructor" or "__proto__".
  const spellings = new Map(Object.entries(chat.spellings));

  /**
   * The words one typed word stands for: itself when known, its chat spelling, or the known word it misspells. Callers
   * share the remembered lists and must not change them.
   */
  const rewrite = memoizeWord(rewriteWord);
  function rewriteWord(word: string): string[] {
    const spelt = spellings.get(word) ?? spellings.get(word.replaceAll("'", ''));
    if (spelt !== undefined) return spelt.split(' ');
    // The article writes small numbers out ("five planes"); a question may not ("5 planes").
    if (/^\d+$/.test(word)) return [SMALL_NUMBERS.get(Number(word)) ?? word];
    if (isKnown(word) || /\d/.test(word)) return [word];
    const dictionary = words.dictionary();
    if (dictionary.has(word)) return [word];
    // "blamin", "protestin'": a dropped final g.
    if (word.endsWith('in') && (isKnown(`${word}g`) || dictionary.has(`${word}g`))) return [`${word}g`];
    return runTogether(word) ?? [spelling.correct(word) ?? word];
  }

  // A two-letter part must be a word people run into the next one ("at", "of"); "nato" is not "na" and "to".
  const splitPart = (part: string): boolean => (part.length === 2 ? RUN_TOGETHER_SHORT_WORDS.has(part) : isKnown(part));

  /** "howmany", "atleast": two words the engine knows, typed without the space between them. */
  function runTogether(word: string): string[] | undefined {
    for (let at = 2; at <= word.length - 2; at += 1) {
      const [left, right] = [word.slice(0, at), word.slice(at)];
      if (splitPart(left) && splitPart(right)) return [left, right];
    }
    return undefined;
  }

  /** "wich city…", "in wich city": a question word with a letter dropped or two swapped, where a question word goes. */
  function openingWord(rewritten: string[], before: string | undefined): string[] {
    const [word] = rewritten;
    if (rewritten.length !== 1 || word === undefined || spellings.has(word)) return rewritten;
    if (before !== undefined && !PREPOSITIONS.has(before)) return rewritten;
    return [questionWordSlip(word) ?? word];
  }

  function withoutChatter(clauseWords: string[]): string[] {
    const kept: string[] = [];
    for (let index = 0; index < clauseWords.length;) {
      const phrase = phraseAt(chatter, clauseWords, index);
      if (phrase === undefined) {
        const word = clauseWords[index] as string;
        // Dropped only at the start, where nothing hangs on them: "ok so who contradicted…", not "why was it so costly".
        if (kept.length > 0 || !openers.has(word)) kept.push(word);
        index += 1;
      } else {
        index += phrase.length;
      }
    }
    return kept;
  }

  function clausesOf(question: string): Clause[] {
    // An emoji ends a clause as a full stop would: "my dad flies in next week 😟 is the airport working?".
    const cleaned = normalizeText(question)
      .replace(LINK, ' ')
      .replace(GREETING_FROM, ' , ')
      .replace(EMOJI, ' , ')
      .replace(EMOTICON, ' , ')
      .replace(BRACKETED_NUMBER, ' ');
    const clauses: Clause[] = [];
    let current: string[] = [];
    const close = (asked: boolean): void => {
      const kept = withoutChatter(current);
      const previous = clauses.at(-1);
      if (asked && current.length === 1 && TAGS.has(current[0] as string) && previous !== undefined) {
        previous.tagged = true;
        previous.asked = true;
      } else if (kept.length > 0) {
        clauses.push({ words: kept, asked });
      }
      current = [];
    };
    for (const token of cleaned.match(TOKEN) ?? []) {
      if (CLAUSE_END.test(token)) close(token === '?');
      else current.push(...openingWord(rewrite(token), current.at(-1)));
    }
    close(false);
    return clauses;
  }

  /** The statement a scene clause opening with "since" or the like takes for granted. */
  function presumedBy(clause: string[]): string | undefined {
    const opening = PRESUMING.find((words) => startsWith(clause, words, 0));
    const statement = opening === undefined ? [] : clause.slice(opening.length);
    return statement.some(isContentWord) ? statement.join(' ') : undefined;
  }

  /** "my cousin in Almaty says the airport is shut": what the messenger says, or nothing when the clause only sets a scene. */
  function messengerSays(clause: Clause): { says: string[] } | { scene: true } | undefined {
    const start = OPENING_DETERMINERS.has(clause.words[0] ?? '') ? 1 : 0;
    // "My history teacher wants to know…": one word may say which teacher.
    const described = start === 1 && messengers.has(clause.words[start + 1] ?? '') ? 1 : 0;
    const opener = clause.words[start + described] ?? '';
    // "saw on twitter that…": the asker is the messenger, left unsaid.
    const unsaidAsker = start === 0 && SEEN.has(opener) && phraseAt(media, clause.words, 2) !== undefined;
    if (!unsaidAsker && !messengers.has(opener) && !(start === 0 && (opener === 'i' || opener === 'someone' || opener === 'somebody'))) {
      return undefined;
    }
    for (let index = unsaidAsker ? 0 : start + described + 1; index < clause.words.length; index += 1) {
      const verb = phraseAt(reportingVerbs, clause.words, index);
      if (verb === undefined) continue;
      let rest = clause.words.slice(index + verb.length);
      const medium = ['on', 'in'].includes(rest[0] ?? '') ? phraseAt(media, rest, 1) : undefined;
      if (medium !== undefined) rest = rest.slice(1 + medium.length);
      if (rest[0] === 'that') rest = rest.slice(1);
      return rest.length > 0 ? { says: rest } : { scene: true };
    }
    return opener === 'i' ? undefined : { scene: true };
  }

  /** "If it started with fuel why did it get so big": the presumption ends where the question word begins. */
  function presumptionApart(clause: Clause): Clause[] {
    if (!setsScene(clause.words)) return [clause];
    const at = clause.words.findIndex((word, index) => index > 1 && QUESTION_WORDS.includes(word));
    if (at === -1) return [clause];
    return [
      { words: clause.words.slice(0, at), asked: false },
      { ...clause, words: clause.words.slice(at) },
    ];
  }

  /** "Kazakhstan is the 5th biggest country?": a statement asked with a question mark asks whether it holds. */
  function assertsAsQuestion(clause: Clause): boolean {
    const [first, ...rest] = clause.words;
    return (
      clause.asked &&
      first !== undefined &&
      !QUESTION_OPENERS.has(first) &&
      rest.some((word) => AUXILIARIES.has(word)) &&
      !clause.words.some((word) => QUESTION_WORDS.includes(word))
    );
  }

  function read(question: string): ReadQuestion {
    let yesNo = false;
    const asked: string[][] = [];
    const scene: string[][] = [];
    const said: string[][] = [];
    let confirming = false;
    for (const clause of withNarrowingJoined(clausesOf(question)).flatMap(presumptionApart)) {
      const confirmation = phraseAt(confirmations, clause.words);
      if (confirmation !== undefined) {
        const rest = clause.words.slice(confirmation.length);
        const claimed = rest[0] === 'that' ? rest.slice(1) : rest;
        if (claimed.length === 0 || rest[0] === 'that') {
          yesNo = true;
          if (claimed.length === 0) confirming = true;
          else said.push(claimed);
          continue;
        }
      }
      const messenger = messengerSays(clause);
      if (messenger !== undefined) {
        // "My teacher wants to know how long…": what the messenger asks is the question, not a claim to confirm.
        if ('says' in messenger)
          (messenger.says.slice(0, 2).some((word) => QUESTION_WORDS.includes(word)) ? asked : said).push(messenger.says);
        else scene.push(clause.words);
        continue;
      }
      const opensQuestion = QUESTION_OPENERS.has(clause.words[0] ?? '');
      if (opensQuestion || clause.asked) asked.push(clause.words);
      else scene.push(clause.words);
      if (AUXILIARIES.has(clause.words[0] ?? '') || assertsAsQuestion(clause) || clause.tagged === true) yesNo = true;
    }
    if (said.length > 0 && asked.length === 0) yesNo = true;
    const askedWords = asked.flat();
    // "If it started with fuel, why did it get so big": what a presumption points to, the question points to as well.
    const presuming = scene.some(setsScene);
    const standsAlone =
      (presuming && asked.length > 0) || (askedWords.some(isContentWord) && !withoutCleft(askedWords).some((word) => POINTERS.has(word)));
    // A question that stands alone is the question, and the clauses around it a scene. One that points back ("is that
    // true?", "who is he?"), or no question at all, takes in everything said.
    const [questionClauses, contextClauses] =
      standsAlone && !confirming ? [[...asked, ...said], scene] : [[...said, ...scene, ...asked], []];
    const joined = (clauses: string[][]): string => clauses.map((clause) => clause.join(' ')).join(', ');
    const read: ReadQuestion = { text: joined(questionClauses), context: joined(contextClauses), yesNo };
    const presumed = contextClauses.map(presumedBy).find((statement) => statement !== undefined);
    if (presumed !== undefined) read.presumed = presumed;
    return read;
  }

  return { read };
}
