import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { factHash } from '../../facts/factHash.js';
import type { Fact, Store } from '../../facts/schema.js';

/** A small deterministic generator (mulberry32), so every benchmark run measures the same store. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of a template's longer words replaced by other English words in each generated fact. */
const REPLACED = 0.6;

/**
 * A store of `size` facts for load measurements: the real facts, then facts that keep the shape of a real one but swap
 * most of its words for other English words, the way a larger archive repeats its phrasing but not its subjects. Every
 * real word still appears in hundreds of generated facts, so questions about the real store match many of them.
 */
export function syntheticStore(base: Store, size: number): Store {
  const next = random(20_220_106);
  const english = readFileSync(wordListPath, 'utf8')
    .split('\n')
    .filter((word) => /^[a-z]{4,10}$/.test(word));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const vary = (text: string): string => text.replace(/\b[A-Za-z]{4,}\b/g, (word) => (next() < REPLACED ? pick(english) : word));
  const facts: Fact[] = [...base.facts];
  for (let index = facts.length; index < size; index += 1) {
    const template = pick(base.facts);
    const quote = vary(template.quote);
    const fact = { ...template, id: `${template.id}-v${index}`, claim: vary(template.claim), quote, disputedBy: [] };
    facts.push({ ...fact, hash: factHash(fact) });
  }
  return { ...base, facts };
}
