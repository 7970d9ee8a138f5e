import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import type { Answer } from '../../answers/answer.js';
import type { BotContext } from '../botContext.js';
import { truncateAtWord } from '../limits.js';
import { defuseMentions, safeText } from '../safeText.js';
import { COLORS } from './colors.js';
import { fitEmbed } from './embedFit.js';
import { encodeFacts } from './factLinks.js';
import { quoted } from './quoted.js';

const SHORT_QUOTE = 160;
const FOOTERS = {
  llm: { text: 'Phrased by a model from the facts · quotes are verbatim from the article' },
  extractive: { text: 'In the facts’ own words · quotes are verbatim from the article' },
} as const satisfies Record<Answer['mode'], { text: string }>;

export interface MessagePayload {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** The facts the message cites, for the answer ledger; not sent to Discord. */
  factIds: string[];
}

/** Answers come back from the answerer's cache as the same objects, so each is rendered once per store. */
const rendered = new WeakMap<Answer, { storeTag: string; message: MessagePayload }>();

/** An answer as an embed: the answer, a "Sources" section (source, short verbatim quote, fact id), and a button for full quotes. */
export function answerMessage(answer: Answer, context: BotContext): MessagePayload {
  const known = rendered.get(answer);
  if (known?.storeTag === context.storeTag) return known.message;
  const message = renderAnswer(answer, context);
  rendered.set(answer, { storeTag: context.storeTag, message });
  return message;
}

function renderAnswer(answer: Answer, context: BotContext): MessagePayload {
  if (!answer.answered) {
    return {
      embeds: [fitEmbed({ color: COLORS.abstain, title: truncateAtWord(safeText(answer.question), 256), description: answer.answer })],
      components: [],
      factIds: [],
    };
  }
  const sources = answer.citations
    .map(
      (citation, index) =>
        `**[${index + 1}] ${citation.source}**\n${quoted(truncateAtWord(citation.quote, SHORT_QUOTE))} \`${citation.factId}\``,
    )
    .join('\n');
  const embed: APIEmbed = {
    color: COLORS.answer,
    title: truncateAtWord(safeText(answer.question), 256),
    // Defence in depth: a model's sentences are checked for mentions, and whatever is shown is defused anyway.
    description: defuseMentions(answer.answer),
    fields: [{ name: 'Sources', value: sources }],
    footer: FOOTERS[answer.mode],
  };
  const factIds = answer.citations.map((citation) => citation.factId);
  const button: APIButtonComponent = {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: 'Show full quotes',
    custom_id: `quotes:${encodeFacts(context.store, context.storeTag, factIds)}`,
  };
  return {
    embeds: [fitEmbed(embed)],
    components: [{ type: ComponentType.ActionRow, components: [button] }],
    factIds,
  };
}
