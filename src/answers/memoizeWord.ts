/**
 * A pure function of one word, remembered: questions reuse a small vocabulary, so reading a word, stemming it or
 * looking up its synonyms is worked out once rather than for every question that uses it. Bounded, since a flood of
 * made-up words must not grow it without end: when full it starts over, which costs one recomputation per word.
 */
export function memoizeWord<T>(compute: (word: string) => T, max = 20_000): (word: string) => T {
  let remembered = new Map<string, T>();
  return (word) => {
    const known = remembered.get(word);
    if (known !== undefined || remembered.has(word)) return known as T;
    const value = compute(word);
    if (remembered.size >= max) remembered = new Map();
    remembered.set(word, value);
    return value;
  };
}
