import type { APIEmbed } from 'discord.js';
import { standingFacts } from '../../facts/standingFacts.js';
import type { BotContext } from '../botContext.js';
import { COLORS } from './colors.js';
import { asOf } from './summaryEmbed.js';
import { fitEmbed } from './embedFit.js';

export function aboutEmbed({ store, answerer }: BotContext): APIEmbed {
  const articles = store.articles.map((article) => `“${article.title}”`).join(', ');
  return fitEmbed({
    color: COLORS.info,
    title: 'About factdesk',
    description: [
      `I answer questions about ${answerer.engine.subject.name} from ${standingFacts(store).length} curated facts drawn from ${articles}.`,
      'Every statement names who said it, and rests on a verbatim quote from the article. Claims stay claims, disputed claims are shown side by side, and numbers keep their qualifiers.',
      'When the article does not cover a question, I say so rather than guess.',
    ].join('\n\n'),
    fields: [
      {
        name: 'Commands',
        value:
          '`/ask` a question · `/facts` a topic · `/source` a fact · `/timeline` · `/summary` (moderators) · `/config` (admins) · right-click a message → Apps → **Find related facts**',
      },
      {
        name: 'Citations',
        value:
          'Each answer lists its sources: who said it, a short verbatim quote and the fact id. **Show full quotes** gives the whole quote; `/source` gives its paragraph and any correction note.',
      },
      {
        name: 'Corrections',
        value: `Facts are versioned (${asOf(store)}). Every answer has a **Report a problem** button for the moderators; when a fact is corrected or retracted, answers that cited it get a note saying so, and pinned summaries are re-rendered.`,
      },
      {
        name: 'Limits',
        value: `One article, as published; nothing after it. Answers are ${answerer.mode === 'llm' ? 'phrased by a model from the facts and checked against them' : 'the facts’ own words'}. Garbled names in the article are corrected, with a note saying what was printed.`,
      },
    ],
  });
}
