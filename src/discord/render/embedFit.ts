import type { APIEmbed, APIEmbedField } from 'discord.js';
import { EMBED_LIMITS, truncateAtWord } from '../limits.js';

const fieldLength = (field: APIEmbedField): number => field.name.length + field.value.length;

/** An embed cut to Discord's limits at word boundaries: each part to its own limit, then fields dropped to fit the total. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title !== undefined) fitted.title = truncateAtWord(fitted.title, EMBED_LIMITS.title);
  if (fitted.description !== undefined) fitted.description = truncateAtWord(fitted.description, EMBED_LIMITS.description);
  if (fitted.footer !== undefined) fitted.footer = { ...fitted.footer, text: truncateAtWord(fitted.footer.text, EMBED_LIMITS.footer) };
  const fields = (fitted.fields ?? []).slice(0, EMBED_LIMITS.fields).map((field) => ({
    ...field,
    name: truncateAtWord(field.name, EMBED_LIMITS.fieldName),
    value: truncateAtWord(field.value, EMBED_LIMITS.fieldValue),
  }));
  const fixed = (fitted.title?.length ?? 0) + (fitted.footer?.text.length ?? 0) + (fitted.author?.name.length ?? 0);
  let budget = EMBED_LIMITS.total - fixed;
  if (fitted.description !== undefined) {
    fitted.description = truncateAtWord(
      fitted.description,
      Math.max(1, Math.min(EMBED_LIMITS.description, budget - fields.reduce((sum, field) => sum + Math.min(fieldLength(field), 200), 0))),
    );
    budget -= fitted.description.length;
  }
  const kept: APIEmbedField[] = [];
  for (const field of fields) {
    if (fieldLength(field) > budget) break;
    kept.push(field);
    budget -= fieldLength(field);
  }
  if (fitted.fields !== undefined) fitted.fields = kept;
  return fitted;
}

export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + fieldLength(field), 0)
  );
}
