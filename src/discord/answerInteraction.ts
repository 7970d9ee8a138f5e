import type { ChatInputCommandInteraction, MessageContextMenuCommandInteraction } from 'discord.js';
import type { BotContext } from './botContext.js';
import { rateLimitNote } from './rateLimitNote.js';
import { EPHEMERAL, visibilityFlags } from './replyFlags.js';
import { replyAndRecord } from './ledger/replyAndRecord.js';
import { answerMessage } from './render/answerMessage.js';
import { NO_MENTIONS } from './safeText.js';

const ASKED = { related: false } as const;
const RELATED = { related: true } as const;

/**
 * Answers a question for a command: rate limit first, then deferral when a model may take longer than Discord's
 * three-second acknowledgement, then the answer with its sources.
 */
export async function answerInteraction(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  question: string,
  context: BotContext,
  options: { ephemeral?: boolean; related?: boolean } = {},
): Promise<void> {
  const limit = context.rateLimiter.take(interaction.user.id);
  if (!limit.allowed) {
    await interaction.reply({ content: rateLimitNote(limit.retryAfterMs), ...EPHEMERAL, allowedMentions: NO_MENTIONS });
    return;
  }
  const flags = options.ephemeral === true ? EPHEMERAL : await visibilityFlags(context, interaction.guildId);
  if (context.answerer.mode === 'llm') await interaction.deferReply(flags);
  const answer = await context.answerer.answer(question, options.related === true ? RELATED : ASKED);
  await replyAndRecord(interaction, answerMessage(answer, context), context, { flags, question: answer.question });
}
