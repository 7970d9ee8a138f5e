import type { Phrase } from './phrases.js';
import { widen } from './phrases.js';
import type { Analysis } from './tokens.js';

const LEFT = new Set(['at', 'least', 'more', 'than', 'over', 'nearly', 'almost', 'about', 'around', 'an', 'unspecified']);
const NONE = new Set<string>();

/** Counts as printed with their qualifiers ("at least eight", "more than 300"), from wink-nlp's CARDINAL entities. */
export function findQuantities(text: string, { tokens, entities }: Analysis): Phrase[] {
  return entities
    .filter((entity) => entity.type === 'CARDINAL')
    .map((entity) => widen(text, tokens, entity, LEFT, NONE))
    .filter((phrase): phrase is Phrase => phrase !== undefined);
}
