// Kept apart from sentence splitting so that showing a paragraph never loads the language model.
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
