import type { Fact, Topic } from '../facts/schema.js';
import type { Intent } from './analyzeQuestion.js';
import { continued } from './composeExtractive.js';

/** The topics as the bot lists what it covers; callers pass the engine's listed topics (photo captions answer nothing alone). */
const coveredTopics = (topics: readonly Topic[]): string => topics.map((topic) => topic.label).join(', ');

const quoted = (words: readonly string[]): string => words.map((word) => `“${word}”`).join(', ');

const joinedWithAnd = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) as string}`;

/** A claim as the second half of "…; it reports that …": the article's own voice loses its "The article reports that". */
function reportedAs(fact: Fact): string {
  const ownVoice = /^The article (reports|says|describes)( that)? /.exec(fact.claim);
  if (ownVoice !== null) return `it ${ownVoice[1] as string}${ownVoice[2] ?? ''} ${fact.claim.slice(ownVoice[0].length)}`;
  return `it reports that ${continued(fact.claim)}`;
}

/** What the store does say nearest the question, both sides of a dispute together, or what it covers when nothing is near. */
function whatItDoesSay(about: readonly string[], nearest: readonly Fact[], topics: readonly Topic[]): string {
  const [first, ...others] = nearest;
  if (first === undefined || about.length === 0) return `I can answer questions about ${coveredTopics(topics)}.`;
  const also = others.map((fact) => ` It also ${reportedAs(fact).slice('it '.length)}`).join('');
  return `On ${joinedWithAnd(about)}, ${reportedAs(first)}${also}`;
}

const INTENT_GAPS: [Intent, string][] = [
  ['age', 'no age'],
  ['quantity', 'no figure'],
  ['value', 'no figure'],
  ['name', 'no name'],
  ['countries', 'no name of a country'],
  ['duration', 'no length of time'],
  ['when', 'no date or time'],
  ['why', 'no reason'],
];

/**
 * What the article does not say of a question: the premise it took for granted ("The article does not say Tokayev
 * fled."), or else the words it never uses ("The article does not mention “terminal”.").
 */
export const notStated = (missing: readonly string[], premise: string | undefined): string =>
  premise === undefined ? `The article does not mention ${quoted(missing)}.` : `The article does not say ${premise}.`;

/** Short, precise abstentions: what the article lacks, then what it does say on the rest of the question. */
export const abstentions = {
  nothingAsked: (subject: string, topics: readonly Topic[]) =>
    `Ask me something about ${subject}. I can answer questions about ${coveredTopics(topics)}.`,
  /** Words the article never uses: "The article does not mention “terminal”. On the airport, it reports that…". */
  notMentioned: (
    missing: readonly string[],
    premise: string | undefined,
    about: readonly string[],
    nearest: readonly Fact[],
    topics: readonly Topic[],
  ) => `${notStated(missing, premise)} ${whatItDoesSay(about, nearest, topics)}`,
  /** Two alternatives offered, the article speaking of neither: "The article mentions neither “summer” nor “winter”." */
  neitherMentioned: (sides: readonly [string[], string[]], about: readonly string[], nearest: readonly Fact[], topics: readonly Topic[]) =>
    `The article mentions neither ${quoted([sides[0].join(' ')])} nor ${quoted([sides[1].join(' ')])}. ${whatItDoesSay(about, nearest, topics)}`,
  /** Words the article uses, but never of one another: "The article does not say Tokayev resigned. On …". */
  notLinked: (asked: readonly string[], premise: string | undefined, nearest: readonly Fact[], topics: readonly Topic[]) =>
    `${premise === undefined ? `The article says nothing that links ${joinedWithAnd(quoted(asked).split(', '))}.` : `The article does not say ${premise}.`} ${whatItDoesSay(asked, nearest, topics)}`,
  unknownSpeaker: (speaker: readonly string[], sources: readonly string[]) =>
    `The article reports nothing said by ${quoted([speaker.join(' ')])}. The sources it quotes are: ${sources.join('; ')}.`,
  /** The facts speak of what was asked but not in the form asked: "The article gives no date or time for that. On …". */
  unfitting: (intents: ReadonlySet<Intent>, about: readonly string[], nearest: readonly Fact[], topics: readonly Topic[]) => {
    const gap = INTENT_GAPS.find(([intent]) => intents.has(intent))?.[1] ?? 'no date or time';
    return `The article gives ${gap} for that. ${whatItDoesSay(about, nearest, topics)}`;
  },
  /**
   * What was asked, which the facts near it do not say: a deed's doer ("The article does not say who cut the
   * internet. On …"), or what came after an event ("…what happened after the government resigned.").
   */
  notSaid: (clause: string, about: readonly string[], nearest: readonly Fact[], topics: readonly Topic[]) =>
    `The article does not say ${clause}. ${whatItDoesSay(about, nearest, topics)}`,
  noDirectAnswer: (topics: readonly Topic[]) =>
    `The article has nothing that answers that directly. I can answer questions about ${coveredTopics(topics)}.`,
};
