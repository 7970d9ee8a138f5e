import type { APIEmbed } from 'discord.js';
import { splitParagraphs } from '../../facts/extract/splitParagraphs.js';
import type { Fact } from '../../facts/schema.js';
import type { BotContext } from '../botContext.js';
import { COLORS } from './colors.js';
import { fitEmbed } from './embedFit.js';
import { quoted } from './quoted.js';

const KIND_LABELS: Record<Fact['attribution']['kind'], string> = {
  person: 'person',
  organization: 'organization',
  'government-body': 'government body',
  'news-agency': 'news agency',
  watchdog: 'watchdog',
  photographer: 'photographer',
  article: "the article's own reporting",
};

/** A fact's correction or retraction, as the curator recorded it. */
function revision(fact: Fact): { name: string; value: string }[] {
  const { status } = fact;
  if (status.state === 'corrected') {
    return [{ name: `Corrected on ${status.on}`, value: `${status.changed}. Why: ${status.reason}` }];
  }
  if (status.state === 'retracted') return [{ name: `Retracted on ${status.on}`, value: `This fact no longer stands: ${status.reason}` }];
  return [];
}

export function sourceEmbed(fact: Fact, { store, articleTexts }: BotContext): APIEmbed {
  const article = store.articles.find((candidate) => candidate.id === fact.articleId);
  const text = articleTexts.get(fact.articleId) ?? '';
  const paragraph = splitParagraphs(text).find((candidate) => candidate.start <= fact.span.start && fact.span.end <= candidate.end);
  const { attribution } = fact;
  const who =
    attribution.kind === 'article'
      ? KIND_LABELS.article
      : `${attribution.name}${attribution.role === undefined ? '' : `, ${attribution.role}`} (${KIND_LABELS[attribution.kind]})`;
  return fitEmbed({
    color: fact.status.state === 'retracted' ? COLORS.abstain : COLORS.info,
    title: fact.status.state === 'retracted' ? `${fact.id} (retracted)` : fact.id,
    description: fact.claim,
    fields: [
      ...revision(fact),
      { name: 'Quote (verbatim)', value: quoted(fact.quote) },
      {
        name: 'Who said it',
        value: `${who}; printed as “${attribution.asPrinted}”, ${attribution.verb}${fact.time === undefined ? '' : `, ${fact.time}`}`,
      },
      ...(fact.stance === 'attributed'
        ? [{ name: 'Status', value: 'A claim by this source, as the article reports it; not established by the article.' }]
        : []),
      ...(paragraph === undefined ? [] : [{ name: `Paragraph ${paragraph.index}`, value: paragraph.text }]),
      ...fact.corrections.map((correction) => ({
        name: 'Correction note',
        value: `Printed: “${correction.printed}”. Read as: “${correction.readAs}”. ${correction.note}`,
      })),
      ...(fact.disputedBy.length > 0 ? [{ name: 'Disputed by', value: fact.disputedBy.map((id) => `\`${id}\``).join(', ') }] : []),
    ],
    footer: { text: `From “${article?.title ?? fact.articleId}”, characters ${fact.span.start}–${fact.span.end}` },
  });
}
