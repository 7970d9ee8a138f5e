import type { Thesaurus } from './synonyms.js';

/** The particles a phrasal verb may put after its object: "kicked the protests off", "sign the deal off". */
const PARTICLES = new Set(['off', 'up', 'down', 'out', 'over', 'back', 'away', 'on', 'in']);
const MAX_OBJECT_WORDS = 3;

/**
 * A phrasal verb the thesaurus knows ("kicked off") with its object between verb and particle: "what kicked this whole
 * thing off". Only a verb and a particle, and only a few words apart, so "set" in "set up a curfew off the coast" is no
 * "set off".
 */
export function separatedPhrasalVerb(
  thesaurus: Thesaurus,
  questionWords: readonly string[],
  index: number,
): { phrase: Thesaurus['phrases'][number]; particleAt: number } | undefined {
  const candidates = thesaurus.phrasesByFirstWord.get(questionWords[index] as string) ?? [];
  for (const phrase of candidates) {
    const [, particle] = phrase.words;
    if (phrase.words.length !== 2 || particle === undefined || !PARTICLES.has(particle)) continue;
    for (let at = index + 2; at <= index + 1 + MAX_OBJECT_WORDS && at < questionWords.length; at += 1) {
      if (questionWords[at] === particle) return { phrase, particleAt: at };
    }
  }
  return undefined;
}
