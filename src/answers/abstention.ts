import type { Topic } from '../facts/schema.js';
import type { Intent } from './analyzeQuestion.js';

const coveredTopics = (topics: readonly Topic[]): string =>
  topics
    .filter((topic) => topic.id !== 'photos')
    .map((topic) => topic.label)
    .join(', ');

const quoted = (words: readonly string[]): string => words.map((word) => `“${word}”`).join(', ');

/** Short, helpful abstentions: what the store lacks, then what it does cover. */
export const abstentions = {
  nothingAsked: (topics: readonly Topic[]) =>
    `Ask me something about the unrest in Kazakhstan. I can answer questions about ${coveredTopics(topics)}.`,
  uncovered: (words: readonly string[], topics: readonly Topic[]) =>
    `The article says nothing about ${quoted(words)}, so I can't answer that. I can answer questions about ${coveredTopics(topics)}.`,
  unknownSpeaker: (speaker: readonly string[], sources: readonly string[]) =>
    `The article reports nothing said by ${quoted([speaker.join(' ')])}. The sources it quotes are: ${sources.join('; ')}.`,
  unfitting: (intents: ReadonlySet<Intent>, topics: readonly Topic[]) => {
    const missing =
      intents.has('quantity') || intents.has('value')
        ? 'no figure'
        : intents.has('name') || intents.has('countries')
          ? 'no name'
          : intents.has('duration')
            ? 'no length of time'
            : 'no date or time';
    return `The article gives ${missing} for that. I can answer questions about ${coveredTopics(topics)}.`;
  },
  noDirectAnswer: (topics: readonly Topic[]) =>
    `The article has nothing that answers that directly. I can answer questions about ${coveredTopics(topics)}.`,
};
