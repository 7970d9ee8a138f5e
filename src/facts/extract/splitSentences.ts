import type { ItemSentence } from 'wink-nlp';
import { nlp } from './nlp.js';
import { splitParagraphs } from './splitParagraphs.js';

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  paragraph: number;
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
