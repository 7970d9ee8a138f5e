import type { DraftSentence } from '../extract/draftSentences.js';
import type { AttributionMention } from '../extract/findAttributions.js';
import type { Span } from '../schema.js';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function sentencesOf(drafts: DraftSentence[], span: Span): DraftSentence[] {
  return drafts.filter((sentence) => overlaps(sentence, span));
}

/**
 * Which drafted source a quote rests on: the last one inside the quote ("He also said that five planes..."),
 * else the last one before it in its sentence ("X said ... and “dozens of attackers were killed”"),
 * else the first one after it (", said Armenian Prime Minister Nikol Pashinyan").
 */
export function chooseMention(sentences: DraftSentence[], span: Span): AttributionMention | undefined {
  const mentions = sentences.flatMap((sentence) => sentence.attributions);
  const inside = mentions.filter((mention) => mention.start >= span.start && mention.end <= span.end);
  const before = mentions.filter((mention) => mention.end <= span.start);
  const after = mentions.filter((mention) => mention.start >= span.end);
  return inside.at(-1) ?? before.at(-1) ?? after[0];
}
