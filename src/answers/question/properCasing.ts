const WORD = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

/** Words written with capitals anywhere but at the start of a text: names, as a text spells them ("NATO", "Almaty"). */
function capitalised(texts: Iterable<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.matchAll(WORD)) {
      if (match.index !== 0 && /\p{Lu}/u.test(match[0]) && !names.has(match[0].toLowerCase())) names.set(match[0].toLowerCase(), match[0]);
    }
  }
  return names;
}

/** How the store spells its names, built once per store. */
export const storeNames = (texts: Iterable<string>): ReadonlyMap<string, string> => capitalised(texts);

/**
 * A word as the asker wrote it when they gave it capitals, else as the store spells it, else as it is: "On Tokayev,
 * it reports…", "The article does not say NATO sent troops".
 */
export function properCasing(question: string, names: ReadonlyMap<string, string>): (word: string) => string {
  const typed = capitalised([question]);
  return (text) =>
    text
      .split(' ')
      .map((word) => typed.get(word) ?? names.get(word) ?? word)
      .join(' ');
}
