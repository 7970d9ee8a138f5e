import type { ItemSentence } from 'wink-nlp';
import { nlp } from './nlp.js';

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

export interface Paragraph {
  index: number;
  text: string;
  start: number;
  end: number;
}

/** Paragraphs are blocks separated by blank lines, as the article file prints them. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const match of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const raw = match[0];
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = match.index + raw.indexOf(trimmed);
    paragraphs.push({ index: paragraphs.length, text: trimmed, start, end: start + trimmed.length });
  }
  return paragraphs;
}

/** Sentences with their offsets in the article; the splitting itself is wink-nlp's. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of splitParagraphs(text)) {
    let cursor = paragraph.start;
    const doc = nlp().readDoc(paragraph.text);
    doc.sentences().each((sentence: ItemSentence) => {
      const sentenceText = sentence.out().trim();
      const start = text.indexOf(sentenceText, cursor);
      if (start < 0 || start >= paragraph.end) {
        throw new Error(`sentence not found verbatim in the article: "${sentenceText}"`);
      }
      const end = start + sentenceText.length;
      sentences.push({ index: sentences.length, text: sentenceText, start, end, paragraph: paragraph.index });
      cursor = end;
    });
  }
  return sentences;
}
