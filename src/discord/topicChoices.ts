import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { Topic } from '../facts/schema.js';
import { truncateAtWord } from './limits.js';

const MAX_CHOICES = 25;

/** Autocomplete choices for a topic: matched on id, label and aliases, label first; at most Discord's 25. */
export function topicChoices(topics: readonly Topic[], typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const wanted = typed.trim().toLowerCase().slice(0, 100);
  const score = (topic: Topic): number => {
    if (wanted === '') return 1;
    if (topic.id.startsWith(wanted) || topic.label.toLowerCase().startsWith(wanted)) return 3;
    if (topic.label.toLowerCase().includes(wanted) || topic.aliases.some((alias) => alias.startsWith(wanted))) return 2;
    return topic.aliases.some((alias) => alias.includes(wanted)) || topic.description.toLowerCase().includes(wanted) ? 1 : 0;
  };
  return topics
    .map((topic) => ({ topic, score: score(topic) }))
    .filter(({ score: value }) => value > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CHOICES)
    .map(({ topic }) => ({ name: truncateAtWord(`${topic.label} (${topic.aliases.slice(0, 3).join(', ')})`, 100), value: topic.id }));
}
