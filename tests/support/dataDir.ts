import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_DIR = path.join(PROJECT_DIR, 'data');
export const SECOND_ARTICLE_DIR = path.join(PROJECT_DIR, 'tests/fixtures/second-article');

/** A scratch copy of the project's data folder, so a test can break or extend it without touching the real one. */
export async function copyDataDir(options: { withSecondArticle?: boolean } = {}): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'factdesk-data-'));
  await cp(DATA_DIR, dir, { recursive: true });
  if (options.withSecondArticle === true) await cp(SECOND_ARTICLE_DIR, dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function editJson(file: string, edit: (value: any) => void): Promise<void> {
  const value: unknown = JSON.parse(await readFile(file, 'utf8'));
  edit(value);
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}
