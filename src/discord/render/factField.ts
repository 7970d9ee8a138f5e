import type { APIEmbedField } from 'discord.js';
import { formatSource } from '../../facts/formatSource.js';
import type { Fact } from '../../facts/schema.js';
import { truncateAtWord } from '../limits.js';
import { quoted } from './quoted.js';

const SHORT_QUOTE = 200;

/** A fact as an embed field: its source as the name; its claim, a short verbatim quote and its id as the value. */
export function factField(fact: Fact, prefix = ''): APIEmbedField {
  const disputed = fact.disputedBy.length > 0 ? `\n⚖️ Disputed by \`${fact.disputedBy.join('`, `')}\`` : '';
  return {
    name: `${prefix}${formatSource(fact.attribution)}${fact.time === undefined ? '' : ` · ${fact.time}`}`,
    value: `${fact.claim}\n> ${quoted(truncateAtWord(fact.quote, SHORT_QUOTE))}\n\`${fact.id}\`${disputed}`,
  };
}
