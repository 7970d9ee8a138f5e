import { NUMBER_WORDS } from '../facts/extract/parseQuantity.js';
import type { AgentAsked } from './agentAsked.js';
import { agentAsked } from './agentAsked.js';
import { alternativesOf } from './alternatives.js';
import { findSpeakers } from './findSpeakers.js';
import { memoizeWord } from './memoizeWord.js';
import { separatedPhrasalVerb } from './phrasalVerbs.js';
import type { Thesaurus } from './synonyms.js';
import { DISPUTED_TOKEN, groupsOf } from './synonyms.js';
import { escapeRegExp, isCommonWord, isStopword, normalizeText, stem, wordsOfNormalized } from './vocabulary.js';

export type Intent =
  'quantity' | 'value' | 'who' | 'why' | 'when' | 'where' | 'define' | 'duration' | 'name' | 'countries' | 'age' | 'source';

/** The curated question vocabulary, as sets. */
export interface QueryWords {
  generic: ReadonlySet<string>;
  /** One pattern matching any generic phrase, compiled once: see genericPhrasePattern. */
  genericPhrases: RegExp;
  subject: ReadonlySet<string>;
  restrictive: ReadonlySet<string>;
  /** Words too general to decide coverage ("involved", "handle"); searched all the same. */
  broad: ReadonlySet<string>;
  /** "Give me the short version": a question that asks for an overview of the whole story. */
  asksOverview: RegExp;
  /** Words that ask for the other side of a dispute ("contradicted"). */
  dispute: ReadonlySet<string>;
  /** Nouns naming the type of answer after "which"/"what" ("which body approved…"), not what the facts must say. */
  answerKinds: ReadonlySet<string>;
  demonyms: Readonly<Record<string, string>>;
}

/** One thing the question asks about: a word or a known phrase, with the stems that may stand for it. */
export interface QueryTerm {
  text: string;
  stems: string[];
  /** Stems of its synonyms. */
  expansions: string[];
  /** The synonym groups it belongs to. */
  groups: number[];
  /** False for common words: they help ranking but the store need not speak of them. */
  required: boolean;
  /** Index tokens that stand for the term in place of its words: a dispute word is matched by disputed facts. */
  tokens?: string[];
  /**
   * Which of two offered alternatives the term names ("protesters or attackers"), and whether it would be required on
   * its own: either side answers, so neither is required, but the store must speak of one of them.
   */
  alternative?: { side: 0 | 1; required: boolean };
}

export interface AnalyzedQuestion {
  terms: QueryTerm[];
  intents: Set<Intent>;
  /**
   * Words naming whose statements are asked for, one list per speaker: "What did China say…" gives [["china"]], "did
   * Tokayev and the deputy mayor say the same" [["tokayev"], ["deputy", "mayor"]].
   */
  speakers: string[][];
  /** The question as read, lower case: what the form of the answer is checked against. */
  text: string;
  /**
   * Whether the question asks who said what ("what did the police say", "according to whom", "did Tokayev blame…",
   * "who is Pashinyan"): only then does a word only a fact's speaker gives count beside what the fact says was done.
   */
  asksAboutSources: boolean;
  /** The answer kind a "which …" question names ("which alliance" → alliance), when it names one. */
  answerKind?: string;
  /** The noun a "which …" question asks for ("which parts", "which party"), whatever its kind. */
  whichNoun?: string;
  /** Words naming what a "how many" question counts: "How many police officers were killed" gives ["police", "officers"]. */
  counted: string[];
  /** The deed a "who" question asks the doer of ("who cut the internet"), when it asks one. */
  agent?: AgentAsked;
  /** "What happened after the government resigned": the event the question asks what followed, and its clause. */
  followsEvent?: { event: string[]; clause: string };
  /** What the question sets aside ("besides Almaty", "other than the mayor's building"): the answer is something else. */
  besides?: string[];
  /** A count the question states ("someone said 1000 people died"): checked against the store's figures, not required. */
  statedFigure?: string;
}

const COUNTED =
  /\bhow (?:many|much) ((?:[\p{L}\p{N}'-]+ ){0,4}?)(?:did|does|do|were|was|are|is|have|has|had|will|would|could|can|got|in|of|at|on|from)\b/u;

const REPORTED =
  '(?:said|says|say|reported|reports|report|claimed|claims|claim|announced|confirmed|stated|gave|give|provided|called|calls|call)';
/** "According to whom…", "who said…", "which agency reported…": the asker wants to know who the source is. */
const SOURCE_QUESTION = new RegExp(
  `\\baccording to (?:whom|who)\\b|\\bwho (?:first )?${REPORTED}\\b|\\bsources?\\b|\\bwho(?: is|'s) saying\\b|\\bwhich (?:[\\p{L}-]+ ){1,2}${REPORTED}\\b`,
  'u',
);
/** The kind of source a "which … reported" question names is the answer's type, not a thing the facts must mention. */
const SOURCE_KIND = new RegExp(`\\bwhich ((?:[\\p{L}-]+ ){1,2}?)${REPORTED}\\b`, 'u');

const WHICH_NOUN =
  /\bwhich (?:[\p{L}-]+ )?\b(parts?|party|parties|city|cities|areas?|regions?|countries|groups?|sites?|websites?|officials?|buildings?)\b/u;
const KIND = /\b(?:which|what) (?:other )?([\p{L}]+)(?: ([\p{L}]+))?/gu;
/** "Which countries", "which six countries", "what neighbouring nations": the captured word says whether one or several. */
export const COUNTRY_KIND = /\b(?:which|what) (?:[\p{L}-]+ )?(countries|country|nations|nation)\b/u;
const SET_ASIDE =
  /\b(?:besides|other than|apart from|aside from|except(?: for)?|beyond|not counting)\s+((?:[\p{L}\p{N}'-]+\s*){1,3}?)(?=[,?.!]|$|\s(?:what|which|who|whom|when|where|why|how|is|are|was|were|did|do|does|got|get)\b|\s\p{L}+ed\b)/u;

/**
 * "How long after Tokayev's appeal did the CSTO approve…": the appeal is the point the time is counted from, and a fact
 * that says "hours later" counts from the event before it without naming it again.
 */
const REFERENCE_EVENT =
  /\bhow (?:long|soon) (?:after|since|following) ((?:[\p{L}\p{N}'-]+\s+){1,5}?)(?=(?:did|does|do|was|were|is|are|had|has|have|until|till|before)\b)/u;

/**
 * A relative clause on a noun ("the alliance that Tokayev called on", "the spokeswoman who reported the deaths"), up
 * to a comma, the end, or the main clause's verb.
 */
const RELATIVE_CLAUSE =
  /\b(?:the|a|an|that|this) ([\p{L}-]+) (?:who|that|which|whom) ((?:[\p{L}\p{N}'-]+ ?){1,6}?)(?=\s*(?:$|[,?.!;])|\s(?:works?|worked|is|are|was|were|has|have|had)\b)/u;

/** A number counting something ("1000 people", "20 police"); a year ("in 2022") counts nothing. */
const STATED_FIGURE = new RegExp(
  `\\b(\\d[\\d,]*|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:[\\p{L}-]+ )?(?:people|persons|protesters|police|officers|cops|dead|killed|died|deaths|injured|hurt|wounded|arrested|detained|planes|troops|soldiers|peacekeepers|buildings|attackers|rioters|countries|(hours|days|weeks|months|years))\\b`,
  'u',
);
const isYear = (number: string): boolean => /^(?:18|19|20)\d\d$/.test(number);

/** "What happened after the government resigned?": what followed an event, which the fact stating it does not say. */
const FOLLOWS_EVENT = /\b(what (?:happened|came|followed)(?: to [\p{L}\p{N}' -]+?)? (?:after|once|following) ([\p{L}\p{N}' -]+?))\W*$/u;

/** The last word of a terse query of a few words and no question word, when it names the kind of answer wanted. */
const TERSE_SLOT =
  /^(?!.*\b(?:what|which|who|whom|when|where|why|how|is|are|was|were|did|do|does|has|have|had|can|could|will|would)\b)(?:[\p{L}\p{N}'-]+ ){1,4}(day|date|time|nationality|cause|reason|location|place|toll|count|duration|length)\W*$/u;
const SLOT_NOUNS: Readonly<Record<string, Intent>> = {
  day: 'when',
  date: 'when',
  time: 'when',
  nationality: 'countries',
  cause: 'why',
  reason: 'why',
  location: 'where',
  place: 'where',
  toll: 'quantity',
  count: 'quantity',
  duration: 'duration',
  length: 'duration',
};

/** A few words after the question's last comma, with no question of their own: "…, cooking?", "…, just today?". */
const GUESS = /,\s*((?:just |only |like |maybe |or |probably )?[\p{L}'-]+(?: [\p{L}'-]+)?)\W*$/u;
const QUESTION_WORD = /\b(?:what|which|who|whom|when|where|why|how)\b/;

export const SCHEDULE_HOURS = /\b(?:curfew|opening|operating|working|business|office|visiting) hours\b/;

/** "How quick did the CSTO decide after Tokayev asked", "how long did it take … after …": how long after something. */
export const HOW_SOON_AFTER =
  /\b(?:how (?:quick(?:ly)?|fast|soon)|how long (?:did|does|would) it take|how long it took)\b(?=.*\b(?:after|since|following)\b)/;

/** "Which day was the unrest, before the overnight attacks?": what the time is placed against, at the question's end. */
const WHEN_RELATIVE_TO = /\b(?:before|after|following|prior to)\s+((?:[\p{L}\p{N}'-]+\s*){1,5})\W*$/u;

/**
 * What the things counted did, in a count of people or things: "turned" in "how many people turned out", "killed" in
 * "how many people were killed". A "how many" whose counted words are all there is ("how many were killed") has it too.
 */
const COUNT_VERB =
  /\bhow many (?:[\p{L}'-]+ ){0,3}?(?:(?:were|was|are|is|have|has|had|got|get|have been|had been|were being) )?([\p{L}]+(?:ed|en|t))\b/u;
const countedBy = (question: string): string | undefined => COUNT_VERB.exec(question)?.[1];

/** "How many cops lost their lives": with no auxiliary to end it, what is counted is the word after "how many". */
const COUNTED_WITHOUT_VERB = /\bhow (?:many|much) ([\p{L}\p{N}'-]+)/u;

const INTENT_PATTERNS: [Intent, RegExp][] = [
  ['quantity', /\bhow (?:many|much)\b|\bnumber of\b|\bdeath toll\b|\bcount\b|\bfigures?\b/],
  [
    'who',
    /^\W*who\b|\bwhich (?:[\p{L}-]+ )?(?:official|person|group|organi[sz]ation|agency|body|leader|politician|minister|officer|spokes(?:man|woman|person)|guy|lady|man|woman)\b/u,
  ],
  ['why', /\bwhy\b|\bhow come\b|\b(?:led|leads?|leading) to\b|\breasons?\b|\bcaused?\b|\btrigger(?:ed)?\b|\bspark(?:ed)?\b/],
  [
    'when',
    new RegExp(
      `\\bwhen\\b|\\b(?:what|which) (?:(?:was|is) the )?(?:exact |precise |actual |specific )?(?:time|day|date|year|month)\\b|${SCHEDULE_HOURS.source}`,
    ),
  ],
  ['where', /\bwhere\b|\blocated\b/],
  [
    'value',
    /\b(?:what|how much) (?:is|was|were|are) the (?:[\p{L}-]+ )?(?:price|cost|rate|population|level|amount|value|size|percentage)\b|\b(?:how much|what) (?:did|does|do|is|was|were|are|will) (?:[\p{L}-]+ ){1,4}(?:cost|costs|sell for)\b/u,
  ],
  ['countries', COUNTRY_KIND],
  ['source', SOURCE_QUESTION],
  ['age', /\bhow old\b|\bwhat age\b|\bage of\b/],
  ['duration', new RegExp(`\\bhow long\\b|\\bfor how many (?:days|weeks|months|years)\\b|${HOW_SOON_AFTER.source}`)],
  [
    'name',
    /\bname of\b|\b(?:full|first|last|real|whole) name\b|\bnamed?\W*$|\bwho (?:(?:is|was|are|were) )?(?:the|a|an|their|its|his|her)\b|\bwhat(?:'s|s| is| was)? (?:the |an? )?(?:[\p{L}-]+ ){1,2}called\b/u,
  ],
  [
    'define',
    /^\W*(?:what|who) (?:even |exactly |actually |really )?(?:is|are|was|were) (?:even |exactly |actually )?(?:the |an? |that |this )?[\p{L}\p{N}-]+(?: [\p{L}\p{N}-]+)?\W*$|\bstand for\b|\bmeaning of\b|^\W*(?:the |this |that )?[\p{L}\p{N}-]+ (?:is|are) (?:what|who)\W*$/u,
  ],
];

/** Words of telling, and the acts of speech a statement is (blaming, vowing, warning): what a speaker did is speak. */
const SPEECH =
  /\b(?:say|said|says|saying|claim\w*|report\w*|announc\w*|tell|told|confirm\w*|stat(?:e|ed|es|ement|ements)|according|quot\w*|describ\w*|call(?:s|ed)?|blam\w*|accus\w*|den(?:y|ied|ies)|warn\w*|vow\w*|promis\w*|pledg\w*|insist\w*|admit\w*|spokes\w*)\b/;
const SOURCE_INTENTS: readonly Intent[] = ['source', 'who', 'define', 'name'];
const phraseTerm = (phrase: Thesaurus['phrases'][number], thesaurus: Thesaurus): QueryTerm => ({
  text: phrase.words.join(' '),
  stems: phrase.words.filter((word) => !isStopword(word)).map(stem),
  expansions: thesaurus.groupStems[phrase.group] ?? [],
  groups: [phrase.group],
  required: true,
});

/** A hyphenated word the thesaurus knows whole ("russian-led", "moscow-led alliance") is not taken apart. */
const knowsWhole = (thesaurus: Thesaurus, word: string): boolean => thesaurus.byStem.has(stem(word)) || thesaurus.phraseWords.has(word);

/** "first" narrows "first president", but only times "first declared" or "had the emergency first". */
const narrowsNoun = (next: string | undefined): boolean => next !== undefined && !isStopword(next) && !next.endsWith('ed');

function termFor(word: string, next: string | undefined, thesaurus: Thesaurus, { subject, restrictive, broad }: QueryWords): QueryTerm {
  const wordStem = stem(word);
  const groups = groupsOf(thesaurus, word);
  return {
    text: word,
    stems: [wordStem],
    expansions: [...new Set(groups.flatMap((group) => thesaurus.groupStems[group] ?? []))],
    groups,
    // "Was the internet working?": a condition with an opposite is what a yes or no turns on, however common its word;
    // a word too broad to decide coverage ("decided") is none.
    required:
      (restrictive.has(word) && narrowsNoun(next)) ||
      (!isCommonWord(word) && !subject.has(word) && !broad.has(word)) ||
      (!broad.has(word) && groups.some((group) => thesaurus.oppositeOf.has(group))),
  };
}

/** Each word's term, remembered per vocabulary: the same words come back in question after question. */
const rememberedTerms = new WeakMap<QueryWords, WeakMap<Thesaurus, (word: string) => QueryTerm>>();

/** The term for a word; shared between questions, so callers copy it to change it. */
function termOf(word: string, next: string | undefined, thesaurus: Thesaurus, queryWords: QueryWords): QueryTerm {
  // Whether a restrictive word is required depends on the word after it ("first president", "first declared").
  if (queryWords.restrictive.has(word)) return termFor(word, next, thesaurus, queryWords);
  let byThesaurus = rememberedTerms.get(queryWords);
  if (byThesaurus === undefined) rememberedTerms.set(queryWords, (byThesaurus = new WeakMap()));
  let remembered = byThesaurus.get(thesaurus);
  if (remembered === undefined) {
    remembered = memoizeWord((one) => termFor(one, undefined, thesaurus, queryWords));
    byThesaurus.set(thesaurus, remembered);
  }
  return remembered(word);
}

/** Reads a question into the terms it asks about, what kind of answer it wants, and whose words it asks for. */
export function analyzeQuestion(question: string, thesaurus: Thesaurus, queryWords: QueryWords): AnalyzedQuestion {
  const { generic } = queryWords;
  const normalized = normalizeText(question).trim();
  const intents = new Set(INTENT_PATTERNS.filter(([, pattern]) => pattern.test(normalized)).map(([intent]) => intent));
  // "Almaty unrest day", "Tass nationality?": a terse query ends with the kind of answer it wants.
  const slotNoun = TERSE_SLOT.exec(normalized)?.[1];
  const slot = slotNoun === undefined || intents.size > 0 ? undefined : SLOT_NOUNS[slotNoun];
  if (slot !== undefined) intents.add(slot);
  // The kind of thing a "which …" question asks for is the answer's type: "which country" needs a country named, not the
  // word "country".
  // "Which armenian politician…": the kind may follow one word that narrows it.
  // "What do u call the party…, like what body of the CSTO": the first "what" that names a kind names it.
  const answerKind = [...normalized.matchAll(KIND)]
    .flatMap((kindMatch) => [kindMatch[1], kindMatch[2]])
    .find((word) => word !== undefined && queryWords.answerKinds.has(word));
  // "The alliance that Tokayev called on" describes the alliance; in "the party that approved the peacekeepers" the
  // noun only names the kind of answer, and the clause is what is asked.
  const relative = RELATIVE_CLAUSE.exec(normalized);
  // "Who was prime minister in the government that resigned": a clause on what a preposition places the asked thing in
  // says which one that is, and the answer must speak of it.
  const placed = relative !== null && /\b(?:in|of|at|from|under|within)\s+$/.test(normalized.slice(0, relative.index));
  const antecedent = relative?.[1] ?? '';
  const kindOnly = queryWords.answerKinds.has(antecedent) && groupsOf(thesaurus, antecedent).length === 0;
  const namesAThing = !placed && !kindOnly && !generic.has(antecedent) && !queryWords.broad.has(antecedent) && !isCommonWord(antecedent);
  const sourceKind = new Set([
    ...(kindOnly ? [antecedent] : []),
    ...wordsOfNormalized(SOURCE_KIND.exec(normalized)?.[1] ?? ''),
    ...wordsOfNormalized(COUNTRY_KIND.exec(normalized)?.[1] ?? ''),
    ...(answerKind === undefined ? [] : [answerKind]),
  ]);
  const questionWords = wordsOfNormalized(normalized.replace(queryWords.genericPhrases, ' '))
    .filter((word) => !sourceKind.has(word))
    .flatMap((word) => (word.includes('-') && !knowsWhole(thesaurus, word) ? word.split('-') : [word]));
  // "What else besides fuel…": what is set aside is not what the answer must speak of.
  const offered = alternativesOf(normalized);
  const sideOf = new Map(offered?.flatMap((side, index) => side.map((word) => [word, index as 0 | 1] as const)) ?? []);
  // "Someone said 1000 people died, true?" asks about a count: the store's own figures answer it, so it is set aside.
  const figureStated = STATED_FIGURE.exec(normalized);
  const figure = figureStated?.[1];
  // Only where nothing else is asked: "which six countries" asks for countries, "according to whom…" for a source.
  const statedFigure = figure === undefined || isYear(figure) || intents.size > 0 ? undefined : figure;
  // "For three weeks?" states a length of time, which the time a fact gives answers, not a count.
  if (statedFigure !== undefined && figureStated?.[2] === undefined) intents.add('quantity');
  const guess = GUESS.exec(normalized);
  // "What do people use that gas for, cooking?": a guess after the question offers an answer, it asks nothing.
  const guessed =
    guess !== null && !QUESTION_WORD.test(guess[1] ?? '') && QUESTION_WORD.test(normalized.slice(0, guess.index))
      ? wordsOfNormalized(guess[1] ?? '')
      : [];
  const besides = wordsOfNormalized(SET_ASIDE.exec(normalized)?.[1] ?? '').filter((word) => !isStopword(word));
  const setAsideOnly = new Set([
    ...besides,
    ...guessed,
    ...(slot === undefined || slotNoun === undefined ? [] : [slotNoun]),
    ...(statedFigure === undefined ? [] : [statedFigure]),
  ]);
  const setAside = new Set([
    // "Curfew hours?" asks when the curfew is; the hours are the slot, not a word the fact must hold.
    ...(SCHEDULE_HOURS.test(normalized) ? ['hours'] : []),
    ...setAsideOnly,
    ...wordsOfNormalized(REFERENCE_EVENT.exec(normalized)?.[1] ?? ''),
    ...(intents.has('when') || intents.has('duration') ? wordsOfNormalized(WHEN_RELATIVE_TO.exec(normalized)?.[1] ?? '') : []),
  ]);
  const terms: QueryTerm[] = [];
  // The particles of phrasal verbs met further on ("what kicked this whole thing off"), already read with their verb.
  const particlesRead = new Set<number>();
  for (let index = 0; index < questionWords.length;) {
    if (particlesRead.has(index)) {
      index += 1;
      continue;
    }
    const phrase = thesaurus.phrasesByFirstWord
      .get(questionWords[index] as string)
      ?.find((candidate) => candidate.words.every((word, offset) => questionWords[index + offset] === word));
    const separated = phrase === undefined ? separatedPhrasalVerb(thesaurus, questionWords, index) : undefined;
    if (separated !== undefined) {
      particlesRead.add(separated.particleAt);
      terms.push(phraseTerm(separated.phrase, thesaurus));
      index += 1;
      continue;
    }
    if (phrase !== undefined) {
      // "…or did they get worse": a phrase that holds an alternative's word is that alternative.
      const side = phrase.words.map((word) => sideOf.get(word)).find((found) => found !== undefined);
      const term = phraseTerm(phrase, thesaurus);
      terms.push(side === undefined ? term : { ...term, required: false, alternative: { side, required: true } });
      index += phrase.words.length;
      continue;
    }
    const word = questionWords[index] as string;
    // "Did the deputy mayor agree with the president": whether two accounts agree asks whether they dispute each other.
    const disputing = queryWords.dispute.has(`${word} ${questionWords[index + 1] ?? ''}`);
    index += disputing ? 2 : 1;
    if (!disputing && (isStopword(word) || generic.has(word))) continue;
    if (disputing || queryWords.dispute.has(word)) {
      terms.push({ text: word, stems: [], expansions: [], groups: [], required: true, tokens: [DISPUTED_TOKEN] });
      continue;
    }
    const term = termOf(word, questionWords[index], thesaurus, queryWords);
    const side = sideOf.get(word);
    if (side !== undefined) terms.push({ ...term, required: false, alternative: { side, required: term.required } });
    else terms.push(setAside.has(word) ? { ...term, required: false } : term);
  }
  // "The spokeswoman who reported the deaths works for what agency": the relative clause says which spokeswoman, and
  // the fact that answers need not repeat it, as long as the rest of the question still asks for something.
  const describing = new Set(namesAThing ? wordsOfNormalized(relative?.[2] ?? '') : []);
  const describes = (term: QueryTerm): boolean =>
    describing.size > 0 && term.required && term.text.split(' ').some((part) => describing.has(part));
  if (terms.some((term) => term.required && !describes(term))) {
    for (const [at, term] of terms.entries()) if (describes(term)) terms[at] = { ...term, required: false };
  }
  const whichNoun = WHICH_NOUN.exec(normalized)?.[1];
  // "Which city did the protests begin in": the noun is the kind of answer; what happened there is what the fact must say.
  if (whichNoun !== undefined && terms.every((term) => !term.required || term.text === whichNoun)) {
    for (const [at, term] of terms.entries()) {
      if (!term.required && term.alternative === undefined && !queryWords.subject.has(term.text) && !setAside.has(term.text)) {
        terms[at] = { ...term, required: true };
      }
    }
  }
  const countedWords = wordsOfNormalized(COUNTED.exec(normalized)?.[1] ?? COUNTED_WITHOUT_VERB.exec(normalized)?.[1] ?? '');
  // "How many planes tokayev say was seized": the speaker and the telling are not what is counted.
  const speechAt = countedWords.findIndex((word) => SPEECH.test(word));
  const counted = speechAt < 0 ? countedWords : countedWords.slice(0, Math.max(1, speechAt - 1));
  const verb = countedBy(normalized);
  const analyzed: AnalyzedQuestion = {
    // "How many people turned out": what the counted did is what is counted, however common its word.
    terms: dedupe(
      verb === undefined ? terms : terms.map((term) => (term.text === verb && !term.alternative ? { ...term, required: true } : term)),
    ),
    intents,
    speakers: findSpeakers(normalized, queryWords, thesaurus),
    // Whether accounts agree or conflict is a question about who said what.
    asksAboutSources:
      SOURCE_INTENTS.some((intent) => intents.has(intent)) ||
      SPEECH.test(normalized) ||
      terms.some((term) => term.tokens?.includes(DISPUTED_TOKEN) === true),
    counted,
    text: normalized,
  };
  if (answerKind !== undefined) analyzed.answerKind = answerKind;
  if (whichNoun !== undefined) analyzed.whichNoun = whichNoun;
  if (statedFigure !== undefined) analyzed.statedFigure = statedFigure;
  if (besides.length > 0) analyzed.besides = besides;
  const followed = FOLLOWS_EVENT.exec(normalized);
  if (followed !== null) {
    const event = wordsOfNormalized(followed[2] ?? '')
      .filter((word) => !isStopword(word) && !generic.has(word))
      .map(stem);
    if (event.length > 0) analyzed.followsEvent = { event, clause: followed[1] as string };
  }
  const agent = agentAsked(question.trim(), (word) => SPEECH.test(word));
  if (agent !== undefined) analyzed.agent = agent;
  return analyzed;
}

/** The generic phrases ("first name", "what day") as one pattern, built once rather than per question. */
export function genericPhrasePattern(phrases: readonly string[], flags = 'g'): RegExp {
  // Longest first: an alternation takes the first phrase that matches, and "what time" would leave "of day" behind.
  const escaped = [...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return escaped.length === 0 ? /(?!)/ : new RegExp(`\\b(?:${escaped.join('|')})\\b`, flags);
}

function dedupe(terms: QueryTerm[]): QueryTerm[] {
  const seen = new Set<string>();
  return terms.filter((term) => !seen.has(term.text) && seen.add(term.text));
}
