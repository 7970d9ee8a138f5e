import type { DataSources } from '../dataFiles.js';
import { draftSentences } from '../extract/draftSentences.js';
import { storeVersionHash } from '../factHash.js';
import type { Problem } from '../problem.js';
import type { Store } from '../schema.js';
import { buildArticleFacts } from './buildArticleFacts.js';
import { nextStoreVersion } from './nextStoreVersion.js';

export interface BuildVersioning {
  /** The committed store the version counts on from, when there is one that parses. */
  previous: Pick<Store, 'version'> | undefined;
  /** "YYYY-MM-DD" in UTC: the date a changed store is stamped with. Passed in so a build is a pure function. */
  today: string;
}

/** The whole store from its sources. Facts keep the order the articles print them in, so a timeline reads straight off. */
export function buildStore({ topics, articles }: DataSources, { previous, today }: BuildVersioning): { store: Store; problems: Problem[] } {
  const knownTopics = new Set(topics.map((topic) => topic.id));
  const problems: Problem[] = [];
  const facts = articles.flatMap((article) => {
    const built = buildArticleFacts(article, draftSentences(article.text), knownTopics);
    problems.push(...built.problems);
    return built.facts.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  });
  const content = {
    articles: articles.map(({ meta, textFile, sha256 }) => ({ ...meta, file: textFile, sha256 })),
    topics,
    facts,
  };
  const store: Store = { version: nextStoreVersion(previous?.version, storeVersionHash(content), today), ...content };
  return { store, problems };
}

/** Stable text for the committed store: the same store always serializes to the same bytes. */
export function serializeStore(store: Store): string {
  return `${JSON.stringify(store, null, 2)}\n`;
}
