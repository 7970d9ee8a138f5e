/**
 * A verbatim quote in curly quotation marks. A span that is itself a quotation in the article (“dozens of attackers
 * were killed”) keeps its own marks rather than gaining a second pair; a shortened one keeps its opening mark and
 * gains the closing one.
 */
export function quoted(text: string): string {
  return `${/^[“"]/.test(text) ? '' : '“'}${text}${/[”"]$/.test(text) ? '' : '”'}`;
}
