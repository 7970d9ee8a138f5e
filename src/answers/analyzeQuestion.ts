import type { Thesaurus } from './synonyms.js';
import { isStopword, normalizeText, stem, words } from './vocabulary.js';

export type Intent = 'quantity' | 'who' | 'why' | 'when' | 'where';

/** One thing the question asks about: a word or a known phrase, with the stems that may stand for it. */
export interface QueryTerm {
  text: string;
  stems: string[];
  /** Stems of its synonyms. */
  expansions: string[];
}

export interface AnalyzedQuestion {
  terms: QueryTerm[];
  intents: Set<Intent>;
  /** Words naming whose statement is asked for: "What did China say…" gives ["china"]. */
  speaker: string[];
}

const INTENT_PATTERNS: [Intent, RegExp][] = [
  ['quantity', /\bhow (?:many|much)\b|\bnumber of\b|\bdeath toll\b|\bcount\b|\bfigures?\b/],
  ['who', /^\W*who\b|\bwhich (?:official|person|group|organi[sz]ation|agency)\b/],
  ['why', /\bwhy\b|\breasons?\b|\bcaused?\b|\btrigger(?:ed)?\b|\bspark(?:ed)?\b/],
  ['when', /\bwhen\b|\bwhat (?:time|day|date)\b/],
  ['where', /\bwhere\b|\blocated\b/],
];

const SPEAKER_PATTERNS = [
  /\b(?:what|who|how|did|does|do|has|have)\s+(?:did|does|do|has|have)?\s*(.+?)\s+(?:say|said|says|claim|claimed|claims|report|reported|think|respond|responded|react|reacted|announce|announced|state|stated)\b/,
  /\baccording to\s+(.+?)(?:[,?.!]|$)/,
  /\b([\p{L}\p{N} -]+?)\s+(?:response|reaction|statement|position|view|comment|comments)\b/u,
];

function findSpeaker(question: string, generic: ReadonlySet<string>): string[] {
  for (const pattern of SPEAKER_PATTERNS) {
    const match = pattern.exec(question);
    if (match?.[1] === undefined) continue;
    const speaker = words(match[1]).filter((word) => !isStopword(word) && !generic.has(word));
    if (speaker.length > 0) return speaker;
  }
  return [];
}

/** Reads a question into the terms it asks about, what kind of answer it wants, and whose words it asks for. */
export function analyzeQuestion(question: string, thesaurus: Thesaurus, generic: ReadonlySet<string>): AnalyzedQuestion {
  const normalized = normalizeText(question);
  const intents = new Set(INTENT_PATTERNS.filter(([, pattern]) => pattern.test(normalized)).map(([intent]) => intent));
  const questionWords = words(normalized);
  const terms: QueryTerm[] = [];
  for (let index = 0; index < questionWords.length;) {
    const phrase = thesaurus.phrases.find((candidate) => candidate.words.every((word, offset) => questionWords[index + offset] === word));
    if (phrase !== undefined) {
      terms.push({
        text: phrase.words.join(' '),
        stems: phrase.words.filter((word) => !isStopword(word)).map(stem),
        expansions: thesaurus.groupStems[phrase.group] ?? [],
      });
      index += phrase.words.length;
      continue;
    }
    const word = questionWords[index] as string;
    index += 1;
    if (isStopword(word) || generic.has(word) || generic.has(stem(word))) continue;
    const wordStem = stem(word);
    const groups = thesaurus.byStem.get(wordStem) ?? [];
    terms.push({ text: word, stems: [wordStem], expansions: [...new Set(groups.flatMap((group) => thesaurus.groupStems[group] ?? []))] });
  }
  return { terms: dedupe(terms), intents, speaker: findSpeaker(normalized, generic) };
}

function dedupe(terms: QueryTerm[]): QueryTerm[] {
  const seen = new Set<string>();
  return terms.filter((term) => !seen.has(term.text) && seen.add(term.text));
}
