import type { Token } from './tokens.js';

export interface Phrase {
  text: string;
  start: number;
  end: number;
}

/** Grows a token range over neighbouring words in the given sets ("on" + "Wednesday", "Hours" + "later"). */
export function widen(
  text: string,
  tokens: Token[],
  range: { first: number; last: number },
  leftWords: ReadonlySet<string>,
  rightWords: ReadonlySet<string>,
): Phrase | undefined {
  let { first, last } = range;
  while (first > 0 && leftWords.has(tokens[first - 1]?.text.toLowerCase() ?? '')) first -= 1;
  while (last < tokens.length - 1 && rightWords.has(tokens[last + 1]?.text.toLowerCase() ?? '')) last += 1;
  const firstToken = tokens[first];
  const lastToken = tokens[last];
  if (firstToken === undefined || lastToken === undefined) return undefined;
  return { text: text.slice(firstToken.start, lastToken.end), start: firstToken.start, end: lastToken.end };
}
