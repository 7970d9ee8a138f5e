import type { Topic } from './schema.js';

const normalize = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

/** A topic by its id, label or one of its aliases, ignoring case: "casualties", "Death toll", "CSTO". */
export function findTopic(topics: readonly Topic[], name: string): Topic | undefined {
  const wanted = normalize(name);
  return (
    topics.find((topic) => topic.id === wanted.replaceAll(' ', '-') || normalize(topic.label) === wanted) ??
    topics.find((topic) => topic.aliases.some((alias) => normalize(alias) === wanted))
  );
}
