import { baseForm, isIrregularParticiple } from './baseForms.js';
import { isStopword, stem, wordsOfNormalized } from './vocabulary.js';

/** Who did something, as a "who …" question asks it: the deed's verb, what it was done to, and the question's clause. */
export interface AgentAsked {
  /** The verb as the question has it: "killed" in "who killed the police officers". */
  verb: string;
  /** Stems of the content words after the verb: what was done to ("police", "officer"). */
  object: string[];
  /** The clause from "who" on, for the abstention: "who killed the police officers". */
  clause: string;
}

/** Words of being and becoming: after one, a participle is a passive ("were killed") or a state ("became inaccessible"). */
const BE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'became',
  'become',
  'becomes',
  'remained',
  'remains',
  'got',
  'get',
  'gets',
]);
/** Words an auxiliary may stand apart from its verb by: "have repeatedly clashed", "was later restored". */
const BETWEEN = new Set(['also', 'later', 'earlier', 'then', 'not', 'never', 'already', 'just', 'still', 'since', 'allegedly']);
/** After these a verb's base form is a verb: "would send", "to storm", "did cut". */
const BEFORE_BASE_VERB = new Set(['to', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'do', 'does']);
/** Words between "who" and the deed: "who has seized…", "who else would send…". */
const BEFORE_DEED = new Set(['else', 'has', 'had', 'have', 'would', 'will', 'could', 'can', 'first', 'actually', 'really', 'exactly']);
/** Telling and knowing, before an embedded "who": "did NetBlocks say who cut the internet", "do we know who…". */
const EMBEDDING =
  /\b(?:say|said|says|mention(?:s|ed)?|explain(?:s|ed)?|reveal(?:s|ed)?|tell|tells|told|know|knows|known|specify|specif(?:y|ied|ies)|report(?:s|ed)?|confirm(?:s|ed)?|name(?:s|d)?|identif(?:y|ied|ies)) who\b/;

/**
 * The deed a "who" question asks the doer of: "who cut the internet", "who is leading the terrorist bands", and the
 * same embedded in a yes/no question ("did NetBlocks say who cut the internet?"). "Who is the president", "who was
 * killed" (the victims, not the doers) and "who said …" (a source) ask something else.
 */
export function agentAsked(question: string, isSpeech: (word: string) => boolean): AgentAsked | undefined {
  const lower = question.toLowerCase();
  if (!lower.includes('who')) return undefined;
  const at = /^\W*who\b/.test(lower) ? lower.indexOf('who') : EMBEDDING.exec(lower)?.index;
  if (at === undefined) return undefined;
  const clause = lower.slice(lower.indexOf('who', at)).replace(/[?!.\s]+$/, '');
  const clauseWords = wordsOfNormalized(clause).slice(1);
  // "Who did Tokayev ask for help?", "who does he blame": the one asked about is the deed's object, not its doer.
  if (['did', 'does', 'do'].includes(clauseWords[0] ?? '')) return undefined;
  let index = 0;
  while (BEFORE_DEED.has(clauseWords[index] ?? '')) index += 1;
  const verb = clauseWords[index];
  if (verb === undefined) return undefined;
  // "Who is leading…" asks the doer; "who was killed", "who is the president" do not.
  const progressive = BE.has(verb) && /ing$/.test(clauseWords[index + 1] ?? '');
  const deed = progressive ? (clauseWords[index + 1] as string) : verb;
  if ((BE.has(verb) && !progressive) || isStopword(deed) || isSpeech(deed)) return undefined;
  const after = clauseWords.slice(clauseWords.indexOf(deed) + 1).filter((word) => !isStopword(word));
  return { verb: deed, object: after.map(stem), clause };
}

/** Nouns of doers by their suffix: "attackers", "chairman", "president", "participant" (but not "government"). */
const AGENT_NOUN = /(?:er|or|man|ist|(?<!m)ent|ant)s?$|men$/;

/** After these a word is a noun: "the killing of…", "its blackout". */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);
/** …and so it is after these, unless it ends in "-ing": "in attacks on…", but "in controlling the protests". */
const BEFORE_NOUN = new Set([...DETERMINERS, 'of', 'in', 'on', 'at', 'for', 'with', 'from']);

/** A verb by its form: "killed", "taken", "using", "sent", or "borders" where no article or preposition makes it a noun. */
const isVerbForm = (word: string, previous: string): boolean =>
  (/ing$/.test(word) && !DETERMINERS.has(previous)) ||
  /(?:ed|en)$/.test(word) ||
  isIrregularParticiple(word) ||
  baseForm(word) !== word ||
  (/[^s]s$/.test(word) && !BEFORE_NOUN.has(previous));

/**
 * Whether a claim names who did the deed: it says the deed in the active voice ("President Tokayev declared…", "police
 * … using tear gas", "it would send"), or in the passive with its doer after "by" ("seized by rioters"), or as a noun
 * with its doer beside it ("help from unspecified other countries", "the rule of the same party"). A passive without
 * "by" ("were killed", "was restored"), a state ("became inaccessible") or a bare noun ("an internet blackout") names
 * none. The doer must not be what the question says the deed was done to: "led by terrorist bands" does not say who
 * leads the bands. A claim that does not say the deed at all is not judged here.
 */
export function namesAgent(claim: string, deedStems: ReadonlySet<string>, object: readonly string[]): boolean | undefined {
  let found = false;
  for (const clause of claim.toLowerCase().split(/[,;:()]|\.(?:\s|$)/)) {
    const clauseWords = wordsOfNormalized(clause);
    for (const [index, word] of clauseWords.entries()) {
      if (!deedStems.has(stem(word))) continue;
      found = true;
      // "Nikol Pashinyan, chairman of the CSTO council", "the country's president": a noun for the doer names one.
      if (AGENT_NOUN.test(word)) return true;
      let before = index - 1;
      while (BETWEEN.has(clauseWords[before] ?? '')) before -= 1;
      const previous = clauseWords[before] ?? '';
      const following = clauseWords.slice(index + 1, index + 5);
      const doerAfter = (marker: string): boolean => {
        const at = following.indexOf(marker);
        if (at === -1) return false;
        const doer = following.slice(at + 1).map(stem);
        return doer.length > 0 && !object.some((objectStem) => doer.includes(objectStem));
      };
      if (isVerbForm(word, previous) || BEFORE_BASE_VERB.has(previous)) {
        if (!BE.has(previous) || word.endsWith('ing')) return true;
        if (doerAfter('by')) return true;
        continue;
      }
      // A noun: its doer is said by "by" near it ("seized by rioters in the attack"), "from" or "of" after it.
      const near = clauseWords.slice(Math.max(0, index - 4), index);
      if (near.includes('by') || doerAfter('by') || doerAfter('from') || doerAfter('of')) return true;
    }
  }
  return found ? false : undefined;
}
