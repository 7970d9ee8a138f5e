/** One line of `index.<pos>`: a lemma and its synsets, most frequent sense first. */
export interface IndexEntry {
  lemma: string;
  offsets: number[];
}

/**
 * `lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…` (wndb(5WN)). Lines that start
 * with a space are the licence header.
 */
export function parseIndexLine(line: string): IndexEntry | undefined {
  if (line.length === 0 || line.startsWith(' ')) return undefined;
  const fields = line.trim().split(' ');
  const lemma = fields[0];
  const synsetCount = Number(fields[2]);
  const pointerCount = Number(fields[3]);
  if (lemma === undefined || !Number.isInteger(synsetCount) || !Number.isInteger(pointerCount)) {
    throw new Error(`WordNet: unreadable index line "${line.slice(0, 80)}"`);
  }
  // After the pointer symbols come sense_cnt and tagsense_cnt, then the offsets.
  const offsets = fields.slice(4 + pointerCount + 2).map(Number);
  if (offsets.length !== synsetCount)
    throw new Error(`WordNet: index line for "${lemma}" lists ${offsets.length} of ${synsetCount} synsets`);
  return { lemma, offsets };
}
