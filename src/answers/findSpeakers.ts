import type { Thesaurus } from './synonyms.js';
import { isStopword, words } from './vocabulary.js';

/** The words that name no speaker of their own: general words, and kinds of speaker ("group", "official"). */
interface SpeakerVocabulary {
  generic: ReadonlySet<string>;
  answerKinds: ReadonlySet<string>;
}

const REPORTING = '(?:say|said|says|claim|claimed|claims|report|reported|announce|announced|tell|told)';
const SPEAKER_PATTERNS = [
  new RegExp(`\\b(?:what|who|how|when|why|where)\\s+(?:did|does|do|has|have|had)\\s+(.+?)\\s+${REPORTING}\\b`),
  new RegExp(`^\\W*(?:did|does|do|has|have|had)\\s+(.+?)\\s+${REPORTING}\\b`),
  // "Compare what Tokayev and the deputy mayor said…": a reported question, with no auxiliary.
  new RegExp(`\\b(?:compare|contrast)\\s+what\\s+(.+?)\\s+(?:said|say|says|claimed|reported|told)\\b`),
  // "According to the interior ministry how many…": the source ends where the question begins.
  /\baccording to\s+(?!whom?\b)(.+?)(?=[,?.!]|$|\s(?:how|what|who|whom|when|where|why|which|did|does|do|is|are|was|were|has|have|had)\b)/,
];

/**
 * Whose statements a question asks for, one list of words per speaker: "what did China say" → [["china"]], "did Tokayev
 * and the deputy mayor say the same thing" → [["tokayev"], ["deputy", "mayor"]]; none when it asks for no one's.
 */
export function findSpeakers(question: string, queryWords: SpeakerVocabulary, thesaurus: Thesaurus): string[][] {
  for (const pattern of SPEAKER_PATTERNS) {
    const match = pattern.exec(question);
    if (match?.[1] === undefined) continue;
    // "What does the size of the protests tell us?" asks what it shows: a thing, not a speaker, tells us something.
    if (/\b(?:does|do)\b/.test(match[0]) && /^\s+(?:us|me|you)\b/.test(question.slice(match.index + match[0].length))) continue;
    const speakers = match[1]
      .split(/\s(?:and|&)\s/)
      .map((part) => speakerWords(words(part), queryWords, thesaurus))
      .filter((speaker) => speaker.length > 0);
    if (speakers.length > 0) return speakers;
  }
  return [];
}

/** "What did each one say": words that point back at speakers named before, naming none themselves. */
const POINTING_BACK = new Set(['one', 'ones', 'each', 'both', 'either', 'side', 'sides']);

function speakerWords(all: string[], { generic, answerKinds }: SpeakerVocabulary, thesaurus: Thesaurus): string[] {
  const content = all.filter((word) => !isStopword(word) && !POINTING_BACK.has(word));
  // A known phrase is the speaker whole, its general words too: "the city official" is the deputy mayor.
  const phrase = content.join(' ');
  if (content.length > 1 && thesaurus.phrasesByFirstWord.get(content[0] as string)?.some((known) => known.words.join(' ') === phrase)) {
    return content;
  }
  const speaker = content.filter((word) => !generic.has(word));
  // "The Russia-led group" is the Russian-led coalition: the kind of speaker ("group", "official") is not its name.
  const named = speaker.filter((word) => !answerKinds.has(word));
  return named.length > 0 ? named : speaker;
}
