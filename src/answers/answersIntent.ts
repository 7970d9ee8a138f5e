import type { Fact } from '../facts/schema.js';
import { namesAgent } from './agentAsked.js';
import type { AnalyzedQuestion } from './analyzeQuestion.js';
import { COUNTRY_KIND, HOW_SOON_AFTER, SCHEDULE_HOURS } from './analyzeQuestion.js';
import type { CoveredTerm } from './coverage.js';
import { statedIn } from './coverage.js';
import { namesOtherCountries } from './countryNames.js';
import { countsNothingItself } from './countsNothingItself.js';
import { stem, wordsWithParts } from './vocabulary.js';

interface CountAsked {
  /** The covered words of what is counted. */
  counted: CoveredTerm[];
  /** "What was the price": the figure itself, not "nearly doubling". */
  needsValue: boolean;
  /** "How many people…": a count of things, which no length of time ("three decades") gives. */
  ofThings: boolean;
  /** "Police vs National Guard": one figure for both is no breakdown. */
  breakdown: boolean;
}

const isLength = (quantity: Fact['quantities'][number]): boolean => TIME_UNITS.test(`${quantity.text} ${quantity.counted}`.toLowerCase());

function countsWhatWasAsked(fact: Fact, asked: CountAsked, sentence: ReadonlySet<string> = new Set()): boolean {
  const { counted, needsValue, ofThings, breakdown } = asked;
  const quantities = fact.quantities.filter(
    (quantity) => (!needsValue || quantity.value !== undefined) && !(ofThings && isLength(quantity)),
  );
  if (quantities.length === 0 || (breakdown && quantities.length < 2)) return false;
  if (counted.length === 0) return true;
  const stems = new Set(quantities.flatMap((quantity) => wordsWithParts(`${quantity.text} ${quantity.counted}`).map(stem)));
  // Every thing counted must be counted: eight police officers are not "Armenian soldiers" (Armenian only in the source).
  const concepts = new Map(counted.map((term) => [term.concept, [] as CoveredTerm[]]));
  for (const term of counted) concepts.get(term.concept)?.push(term);
  // A count printed without what it counts ("… were killed and more than 300 were injured") counts what the rest of
  // its sentence names: the injured are police.
  const elliptical = countsNothingItself(fact);
  return [...concepts.values()].every((terms) =>
    terms.some(
      (term) =>
        term.searchStems.some((stemmed) => stems.has(stemmed)) || (elliptical && term.searchTokens.some((token) => sentence.has(token))),
    ),
  );
}

const TIME_UNITS = /\b(?:hours?|days?|weeks?|months?|years?|decades?)\b|-(?:hour|day|week|month|year)\b/;

/** "Police vs National Guard", "how many of each": a figure for each of several things. */
const BREAKDOWN =
  /\bhow many (?:were|was|are|of them) [^,?]+ and how many\b|\b(?:vs|versus|each|respectively|breakdown|broken down|split between|specifically|separately|not counting|excluding|on their own|by themselves|rather than)\b/;

const EXACT = /\b(?:exact|exactly|actual|precise|precisely|specific)\b/;

const AGE = /\byears? old\b|\baged?\b/;

const givesAge = (fact: Fact): boolean => fact.quantities.some((quantity) => AGE.test(`${quantity.text} ${quantity.counted}`));

/** A length of time of what was asked: a two-week state of emergency says nothing of how long Tokayev has been president. */
function givesDuration(fact: Fact, required: readonly CoveredTerm[], sinceSomething: boolean): boolean {
  // "How long after the appeal…" is answered by a time that is a length after something: "hours later".
  const time = fact.time?.toLowerCase();
  if (sinceSomething && time !== undefined && TIME_UNITS.test(time) && /\b(?:later|after)\b/.test(time)) return true;
  // "How long have police been clashing?": "in recent days" is how long, as far as the article says.
  if (!sinceSomething && time !== undefined && ONGOING_FOR.test(time)) return true;
  return fact.quantities.some((quantity) => {
    const text = `${quantity.text} ${quantity.counted}`;
    const stems = new Set(wordsWithParts(text).map(stem));
    return (
      TIME_UNITS.test(text) && (required.length === 0 || required.some((term) => term.searchStems.some((stemmed) => stems.has(stemmed))))
    );
  });
}

/** A time that says how long something has been going on, however roughly. */
const ONGOING_FOR =
  /\b(?:in|over|for) (?:the )?(?:recent|past|last) (?:few |several )?(?:hours|days|weeks|months)\b|\bfor (?:hours|days|weeks|months)\b/;

const SINCE = new RegExp(`\\bhow long (?:after|before|since|later)\\b|${HOW_SOON_AFTER.source}`);

/** "What day…", "which year…": a time such as "earlier" or "hours later" names no date. */
const DATE_QUESTION =
  /\b(?:what|which) (?:(?:was|is) the )?(?:exact |precise |actual |specific )?(?:date|day|year|month)\b|\bwhen exactly\b/;
const DATED =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|\d{1,2}(?:st|nd|rd|th)?)\b/i;

/** "What time of day…" is answered by a part of the day, which a claim may give without a time of its own ("an overnight curfew"). */
const TIME_OF_DAY_QUESTION = new RegExp(
  `\\btime of (?:the )?day\\b|\\b(?:what|which) (?:part of the day|hours?)\\b|${SCHEDULE_HOURS.source}`,
);
const PART_OF_DAY =
  /\b(?:morning|afternoon|evening|night|nights|overnight|nightly|dawn|dusk|midnight|noon|daytime|night-time|nighttime)\b/i;

/** "Who is the deputy mayor?" is not answered by a source the article leaves unnamed. */
const namesSomeone = (fact: Fact): boolean => fact.attribution.kind !== 'article' && !fact.attribution.name.startsWith('Unnamed');

/** What the form of an answer is checked against, beside the question itself. */
export interface FormContext {
  demonyms: Readonly<Record<string, string>>;
  /** The countries the story is in, which a "which countries" answer must name others than. */
  subjectCountries: readonly string[];
  /** The topic whose facts give the story's reasons. */
  whyTopic: string | undefined;
  /** The best match, whose naming someone decides a "who is the…" question. */
  best: Fact | undefined;
  /** What the rest of a fact's sentence says. */
  sentenceOf?: (fact: Fact) => ReadonlySet<string>;
  namesPlaceAsked?: boolean;
  /** Whether a fact's words name a person: "Tokayev declared…" names him, though the article reports it. */
  namesPerson?: (fact: Fact) => boolean;
  /** The index tokens a fact carries. */
  tokensOf?: (fact: Fact) => ReadonlySet<string>;
  /** Every fact of the store, by id. */
  factsById?: ReadonlyMap<string, Fact>;
}

/** Words that give a claim's reason or purpose: "in response to the unrest", "after … asked for help in controlling…". */
const REASON =
  /\b(?:because|over|due to|caused|causes|in response to|after|amid|led by|to quell|in controlling|make|makes|made|since|reflects?|suggested|so that|to help)\b/i;

/** Whether a claim states an event without anything said to come after it ("later", "after …", "followed"). */
function onlyStatesTheEvent(claim: string, event: readonly string[]): boolean {
  const claimStems = new Set(wordsWithParts(claim).map(stem));
  return event.every((eventStem) => claimStems.has(eventStem)) && !/\b(?:after|later|followed|following|then)\b/i.test(claim);
}

/** Words after which a claim gives the reason for what came before them: "began over…", "resigned in response to…". */
const REASON_FOLLOWS = /\b(?:because|over|due to|caused by|in response to|after|amid|led by|since)\b/gi;
/** Words after which it gives what the reason before them led to: "reserves that make it … important". */
const EFFECT_FOLLOWS = /\b(?:make|makes|made|suggested|reflects?)\b/i;

/**
 * Whether a claim speaks of what a "why" question asks about only inside the reason it gives for something else:
 * "the protests began over the near doubling of the price of LPG" says why the protests began, not why the price rose.
 */
function onlyAsTheReason(claim: string, asked: readonly CoveredTerm[]): boolean {
  if (EFFECT_FOLLOWS.test(claim)) return false;
  const markers = [...claim.matchAll(REASON_FOLLOWS)];
  const last = markers.at(-1)?.index;
  if (last === undefined || asked.length === 0) return false;
  const positions = [...claim.matchAll(/[\p{L}\p{N}'-]+/gu)]
    .filter(([word]) => asked.some((term) => term.searchStems.includes(stem(word.toLowerCase()))))
    .map((match) => match.index);
  return positions.length > 0 && positions.every((position) => position > last);
}

/**
 * Whether a fact does what the question's form asks: a "how many" question is answered only by a fact that counts the
 * thing asked about, a "when" question only by one that gives a time, "how long" by a length of time of what was asked,
 * "which countries" by a fact that names one. A "who is the…" question needs its best match to name someone: a name
 * found further down answers some other question, unless what it asks the name of is a place the article names
 * (`namesPlaceAsked`). A question that asks only why ("how come the internet was down?") is answered by a fact of
 * the reasons' topic or one that gives a reason. Checked only for the facts an answer may use, not every match.
 */
export function fitsIntent(question: AnalyzedQuestion, covered: CoveredTerm[], context: FormContext): (fact: Fact) => boolean {
  const { demonyms, subjectCountries, whyTopic, best, sentenceOf = () => new Set(), namesPlaceAsked = false } = context;
  const { namesPerson = () => false, tokensOf = () => new Set(), factsById = new Map<string, Fact>() } = context;
  const { intents } = question;
  // "What's the capital called?" is answered by the place's own name; "what's the deputy mayor's name" by a named source.
  if (intents.has('name') && !namesPlaceAsked && !(best !== undefined && (namesSomeone(best) || namesPerson(best)))) return () => false;
  const counted = covered.filter((term) => term.term.required && question.counted.includes(term.term.text));
  const lasting = covered.filter((term) => term.term.required && !question.counted.includes(term.term.text));
  const needsDate = DATE_QUESTION.test(question.text);
  const timeOfDay = TIME_OF_DAY_QUESTION.test(question.text);
  // "When does the curfew end?": an overnight curfew says when it holds, not when it ends or began.
  const asksBoundary =
    /\b(?:end|ends|ended|over|lift|lifted|finish|finished|stop|stopped|expire|expires|start|started|begin|began|until)\b/.test(
      question.text,
    );
  const count: CountAsked = {
    counted: [],
    // "The actual number", "exactly how many": "an unspecified number" or "dozens" is no figure.
    needsValue: EXACT.test(question.text),
    ofThings: question.counted.length > 0 && !question.counted.some((word) => TIME_UNITS.test(word)),
    breakdown: BREAKDOWN.test(question.text),
  };
  // "Police vs National Guard among the dead" asks one figure split, as a fact speaking of both gives it combined;
  // "dead vs injured", which no fact speaks of together, asks two figures, each a fact of its own.
  const sides = ([0, 1] as const).map((side) => covered.filter((term) => term.term.alternative?.side === side));
  const speaksOfBothSides = (fact: Fact): boolean => sides.every((terms) => terms.some((term) => statedIn(tokensOf(fact), term)));
  if (count.breakdown && sides.every((terms) => terms.length > 0) && ![...factsById.values()].some(speaksOfBothSides)) {
    count.breakdown = false;
  }
  const reasonAsked = intents.has('why') && intents.size === 1;
  const asked = covered.filter((term) => term.term.required);
  // "Which countries are in the CSTO" asks for a list: "the Russian-led coalition" names one country, not its members.
  const asksForSeveral = ['countries', 'nations'].includes(COUNTRY_KIND.exec(question.text)?.[1] ?? '');
  const { agent } = question;
  const deed = agent === undefined ? undefined : covered.find((term) => term.term.text.split(' ')[0] === agent.verb);
  const deedStems = deed === undefined ? undefined : new Set(deed.searchStems);
  // "Which parts of the country…" is not answered by "some parts of the country", nor "which party" by "the same party".
  const vaguely =
    question.whichNoun === undefined
      ? undefined
      : new RegExp(
          `\\b(?:some|the same|a|an|certain|unspecified|other) (?:[\\p{L}-]+ )?(?:${question.whichNoun}|${stem(question.whichNoun)})`,
          'u',
        );
  return (fact) =>
    // "Who cut the internet?" is not answered by "NetBlocks said … an internet blackout", which names no one who did.
    (agent === undefined || deedStems === undefined || namesAgent(fact.claim, deedStems, agent.object) !== false) &&
    (!intents.has('quantity') || countsWhatWasAsked(fact, { ...count, counted }, sentenceOf(fact))) &&
    // "What was the price…" wants the figure itself; "nearly doubling" describes a change, not a price.
    (!intents.has('value') || countsWhatWasAsked(fact, { ...count, counted: [], needsValue: true })) &&
    (!intents.has('when') ||
      (fact.time !== undefined && (!needsDate || DATED.test(fact.time))) ||
      // "When is the curfew?": "an overnight curfew" gives its time, though no date.
      (!needsDate && !asksBoundary && fact.time === undefined && PART_OF_DAY.test(fact.claim)) ||
      (timeOfDay && PART_OF_DAY.test(`${fact.time ?? ''} ${fact.claim}`))) &&
    (!intents.has('duration') || givesDuration(fact, lasting, SINCE.test(question.text))) &&
    (!intents.has('age') || givesAge(fact)) &&
    (!intents.has('countries') || namesOtherCountries(fact.claim, subjectCountries, demonyms) >= (asksForSeveral ? 2 : 1)) &&
    (vaguely === undefined || !vaguely.test(fact.claim.toLowerCase())) &&
    // "What happened after the government resigned?" is not answered by "the government resigned…" alone.
    (question.followsEvent === undefined || !onlyStatesTheEvent(fact.claim, question.followsEvent.event)) &&
    (!reasonAsked ||
      (((whyTopic !== undefined && fact.topics.includes(whyTopic)) || REASON.test(fact.claim)) && !onlyAsTheReason(fact.claim, asked)));
}
