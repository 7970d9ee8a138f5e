import type { Span } from '../schema.js';

/** The span of the n-th occurrence (1-based) of a quote in the article, or undefined when it is not there verbatim. */
export function locateQuote(text: string, quote: string, occurrence = 1): Span | undefined {
  let start = -1;
  for (let seen = 0; seen < occurrence; seen += 1) {
    start = text.indexOf(quote, start + 1);
    if (start < 0) return undefined;
  }
  return { start, end: start + quote.length };
}
