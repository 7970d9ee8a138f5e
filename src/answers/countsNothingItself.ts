import type { Fact } from '../facts/schema.js';

/**
 * Whether a fact prints a count straight before its verb, naming nothing counted ("… were killed and more than 300 were
 * injured"): what it counts is what the rest of its sentence names.
 */
export function countsNothingItself(fact: Fact): boolean {
  return fact.quantities.some((quantity) => {
    const at = fact.quote.indexOf(quantity.text);
    return at >= 0 && /^\s+(?:were|was|are|is|have|has|had|died|dead)\b/.test(fact.quote.slice(at + quantity.text.length));
  });
}
