import type { APIEmbed } from 'discord.js';
import { formatSource } from '../../facts/formatSource.js';
import { isRetracted } from '../../facts/isRetracted.js';
import type { Fact } from '../../facts/schema.js';
import { COLORS } from './colors.js';
import { fitEmbed } from './embedFit.js';
import { quoted } from './quoted.js';

/** The full verbatim quotes behind an answer, each with its source and fact id. */
export function quotesEmbed(facts: readonly Fact[]): APIEmbed {
  return fitEmbed({
    color: COLORS.info,
    title: 'Full quotes',
    fields: facts.map((fact) => ({
      name: `${formatSource(fact.attribution)} · ${fact.id}${isRetracted(fact) ? ' (retracted)' : ''}`,
      value:
        fact.status.state === 'retracted'
          ? `~~${quoted(fact.quote)}~~\nRetracted on ${fact.status.on}: ${fact.status.reason}`
          : quoted(fact.quote),
    })),
    footer: { text: 'Verbatim from the article; see /source for the paragraph and any correction note' },
  });
}
