import { z } from 'zod';
import { morphyCandidates } from '../lexicon/morphy.js';
import { EntityKind } from './entities.js';
import { stem, words } from './vocabulary.js';

export const SynonymsFile = z
  .object({
    groups: z.array(z.array(z.string().min(1)).min(2)).min(1),
    /**
     * Pairs of groups that state opposite conditions ("operating normally" and "blackout"), each named by its first
     * member: a fact stating one answers a yes/no question about the other, but never with a yes.
     */
    opposites: z.array(z.tuple([z.string().min(1), z.string().min(1)])).default([]),
  })
  .superRefine(({ groups, opposites }, context) => {
    const firsts = new Set(groups.map((members) => members[0]));
    for (const [at, pair] of opposites.entries()) {
      for (const name of pair) {
        if (!firsts.has(name)) context.addIssue({ code: 'custom', path: ['opposites', at], message: `no group starts with "${name}"` });
      }
    }
  });
export type SynonymsFile = z.infer<typeof SynonymsFile>;

export const QueryWordsFile = z.object({
  description: z.string().optional(),
  generic: z.array(z.string().min(1)),
  genericPhrases: z.array(z.string().min(1)).default([]),
  subject: z.array(z.string().min(1)).default([]),
  restrictive: z.array(z.string().min(1)).default([]),
  broad: z.array(z.string().min(1)).default([]),
  overview: z.array(z.string().min(1)).default([]),
  dispute: z.array(z.string().min(1)).default([]),
  answerKinds: z.array(z.string().min(1)).default([]),
  entityKinds: z.partialRecord(EntityKind, z.array(z.string().min(1))).default({}),
  demonyms: z.record(z.string(), z.string()).default({}),
});
export type QueryWordsFile = z.infer<typeof QueryWordsFile>;

/** Synonym groups indexed both ways: a word's stem, or a phrase, to the stems of every word the group uses. */
export interface Thesaurus {
  /** Stem of a one-word member to the indices of its groups. */
  byStem: Map<string, number[]>;
  /**
   * A one-word member itself to its groups: a question's word that a group lists is read in that group alone, where
   * its stem may be shared with another ("protesters" and "protests" both stem to "protest").
   */
  byWord: Map<string, number[]>;
  /** The words a one-word member inflects ("grabbed" → "grab") to its groups: a question may use the base form. */
  byBase: Map<string, number[]>;
  /** Multi-word members as word sequences ("death toll"), longest first, with their groups. */
  phrases: { words: string[]; group: number }[];
  /** The same phrases by their first word, longest first: a question looks up only those its words can start. */
  phrasesByFirstWord: Map<string, { words: string[]; group: number }[]>;
  /** Every word any phrase uses ("moscow-led" in "moscow-led alliance"). */
  phraseWords: Set<string>;
  /** Per group, the stems of its one-word members. */
  groupStems: string[][];
  /** Per group, the groups stating the opposite condition. */
  oppositeOf: Map<number, number[]>;
}

export function buildThesaurus({ groups, opposites = [] }: { groups: string[][]; opposites?: [string, string][] }): Thesaurus {
  const byStem = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const byBase = new Map<string, number[]>();
  const phrases: Thesaurus['phrases'] = [];
  const groupStems = groups.map((members, group) => {
    // Only one-word members expand a search: the words of "riot police" alone would find rioters.
    const stems = new Set<string>();
    for (const member of members) {
      const memberWords = words(member);
      if (memberWords.length === 1) {
        const key = stem(memberWords[0] as string);
        stems.add(key);
        byStem.set(key, [...(byStem.get(key) ?? []), group]);
        byWord.set(memberWords[0] as string, [...(byWord.get(memberWords[0] as string) ?? []), group]);
        for (const base of inflectionBases(memberWords[0] as string)) {
          const listed = byBase.get(base) ?? [];
          if (!listed.includes(group)) byBase.set(base, [...listed, group]);
        }
      } else if (memberWords.length > 1) {
        phrases.push({ words: memberWords, group });
      }
    }
    return [...stems];
  });
  phrases.sort((a, b) => b.words.length - a.words.length);
  const phrasesByFirstWord = new Map<string, Thesaurus['phrases']>();
  for (const phrase of phrases) {
    const first = phrase.words[0] as string;
    phrasesByFirstWord.set(first, [...(phrasesByFirstWord.get(first) ?? []), phrase]);
  }
  const phraseWords = new Set(phrases.flatMap((phrase) => phrase.words));
  const oppositeOf = new Map<number, number[]>();
  for (const pair of opposites) {
    const [one, other] = pair.map((name) => groups.findIndex((members) => members[0] === name)) as [number, number];
    if (one === -1 || other === -1) continue;
    oppositeOf.set(one, [...(oppositeOf.get(one) ?? []), other]);
    oppositeOf.set(other, [...(oppositeOf.get(other) ?? []), one]);
  }
  return { byStem, byWord, byBase, phrases, phrasesByFirstWord, phraseWords, groupStems, oppositeOf };
}

/** The token a synonym group is indexed and searched by: one posting list for all its members. */
export const groupToken = (group: number): string => `#${group}`;

/** The token every fact on one side of a dispute carries: "who contradicted…" asks for such facts. */
export const DISPUTED_TOKEN = '#disputed';

export const isGroupToken = (token: string): boolean => token.startsWith('#');

/** Group tokens for the known phrases a list of words contains ("tear gas" in "…tear gas shells…"). */
export function phraseTokens(thesaurus: Thesaurus, textWords: readonly string[]): string[] {
  const tokens = new Set<string>();
  textWords.forEach((first, index) => {
    for (const { words: phrase, group } of thesaurus.phrasesByFirstWord.get(first) ?? []) {
      if (phrase.every((word, offset) => textWords[index + offset] === word)) tokens.add(groupToken(group));
    }
  });
  return [...tokens];
}

/**
 * The words a regular or irregular inflection may come from ("foreigners" → "foreigner", "seized" → "seize"): WordNet's
 * detachment rules for nouns and verbs, which undo neither a "y" turned "ied" ("tried") nor a doubled consonant
 * ("grabbed", "planning"), so those two are undone here.
 */
function inflectionBases(word: string): string[] {
  const bases = [...morphyCandidates(word, 'n'), ...morphyCandidates(word, 'v')].filter((base) => base !== word);
  if (word.endsWith('ied')) bases.push(`${word.slice(0, -3)}y`);
  for (const base of [...bases]) if (/([b-df-hj-np-tv-z])\1$/.test(base)) bases.push(base.slice(0, -1));
  return [...new Set(bases)];
}

/**
 * The synonym groups a word belongs to: those that list it, or list the word it inflects. A stem alone is not enough:
 * "foreigners" stems to "foreign", but foreigners are people, not foreign countries.
 */
export function groupsOf(thesaurus: Thesaurus, word: string): number[] {
  const listed = thesaurus.byWord.get(word);
  if (listed !== undefined) return listed;
  const bases = inflectionBases(word);
  for (const base of bases) {
    const groups = thesaurus.byWord.get(base);
    if (groups !== undefined) return groups;
  }
  // The word, or the word it inflects, is what a member inflects: "grab" for "grabbed", "agree" for "agreed".
  for (const base of [word, ...bases]) {
    const groups = thesaurus.byBase.get(base);
    if (groups !== undefined) return groups;
  }
  return [];
}
