import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { Curation } from './curation.js';
import type { Problem } from './problem.js';
import { zodProblems } from './problem.js';
import type { ArticleMeta, Topic } from './schema.js';
import { ArticleMeta as ArticleMetaSchema, Topics } from './schema.js';
import { fromProjectRoot } from '../config/projectRoot.js';

export const DEFAULT_DATA_DIR = fromProjectRoot('data');
export const STORE_FILE = 'store.json';
export const TOPICS_FILE = 'topics.json';

export interface ArticleSource {
  meta: ArticleMeta;
  /** Paths relative to the data folder, as problems name them. */
  textFile: string;
  curationFile: string;
  text: string;
  sha256: string;
  curation: Curation;
}

export interface DataSources {
  topics: Topic[];
  articles: ArticleSource[];
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export async function readJson<T>(dataDir: string, file: string, schema: z.ZodType<T>, problems: Problem[]): Promise<T | undefined> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path.join(dataDir, file), 'utf8'));
  } catch (error) {
    problems.push({ file, message: error instanceof SyntaxError ? `not valid JSON: ${error.message}` : 'cannot be read' });
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...zodProblems(file, parsed.error.issues));
    return undefined;
  }
  return parsed.data;
}

/**
 * Reads what the build turns into the store: the topics, and for each `articles/<id>.meta.json`
 * the article text `articles/<id>.txt` and its curation `curation/<id>.json`.
 */
export async function readDataSources(dataDir: string): Promise<{ sources: DataSources; problems: Problem[] }> {
  const problems: Problem[] = [];
  const topics = (await readJson(dataDir, TOPICS_FILE, Topics, problems)) ?? [];
  const metaFiles = (await readdir(path.join(dataDir, 'articles'))).filter((file) => file.endsWith('.meta.json')).sort();
  const articles: ArticleSource[] = [];
  for (const metaName of metaFiles) {
    const id = metaName.slice(0, -'.meta.json'.length);
    const metaFile = `articles/${metaName}`;
    const textFile = `articles/${id}.txt`;
    const curationFile = `curation/${id}.json`;
    const meta = await readJson(dataDir, metaFile, ArticleMetaSchema, problems);
    const curation = await readJson(dataDir, curationFile, Curation, problems);
    let text: string | undefined;
    try {
      text = await readFile(path.join(dataDir, textFile), 'utf8');
    } catch {
      problems.push({ file: textFile, message: `missing: every ${metaFile} needs its article text` });
    }
    if (meta === undefined || curation === undefined || text === undefined) continue;
    if (meta.id !== id) problems.push({ file: metaFile, field: 'id', message: `must be "${id}", the file's name` });
    if (curation.articleId !== id) problems.push({ file: curationFile, field: 'articleId', message: `must be "${id}"` });
    articles.push({ meta, textFile, curationFile, text, sha256: sha256(text), curation });
  }
  return { sources: { topics, articles }, problems };
}
