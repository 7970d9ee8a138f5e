import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { isRetracted } from '../facts/isRetracted.js';
import type { Fact } from '../facts/schema.js';
import { truncateAtWord } from './limits.js';

const MAX_CHOICES = 25;

/**
 * Autocomplete choices for a fact: matched on its id and the words of its claim; at most Discord's 25. Retracted facts
 * stay findable, marked, so a reader holding an old answer can see why it no longer stands.
 */
export function factChoices(facts: readonly Fact[], typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const words = typed
    .toLowerCase()
    .slice(0, 100)
    .split(/\s+/)
    .filter((word) => word !== '');
  return facts
    .map((fact) => {
      const haystack = `${fact.id} ${fact.claim}`.toLowerCase();
      return {
        fact,
        score: words.filter((word) => haystack.includes(word)).length + (fact.id.startsWith(typed.trim().toLowerCase()) ? words.length : 0),
      };
    })
    .filter(({ score }) => words.length === 0 || score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CHOICES)
    .map(({ fact }) => ({
      name: truncateAtWord(`${fact.id}${isRetracted(fact) ? ' (retracted)' : ''} · ${fact.claim}`, 100),
      value: fact.id,
    }));
}
