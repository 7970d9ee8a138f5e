import type { LexiconFile } from '../answers/lexicon.js';

/** One map of the file, as it is written there. */
export function serializeSection(entries: Record<string, string[]>): string {
  const lines = Object.entries(entries).map(([term, storeWords]) => `    ${JSON.stringify(term)}: ${JSON.stringify(storeWords)}`);
  return lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n  }`;
}

/** One entry a line: a rebuild's diff shows which words came and went, and the file stays small. */
export function serializeLexicon(lexicon: LexiconFile): string {
  return [
    '{',
    `  "description": ${JSON.stringify(lexicon.description)},`,
    `  "source": ${JSON.stringify(lexicon.source)},`,
    `  "related": ${serializeSection(lexicon.related)},`,
    `  "narrower": ${serializeSection(lexicon.narrower)},`,
    `  "antonyms": ${serializeSection(lexicon.antonyms)}`,
    '}',
    '',
  ].join('\n');
}
