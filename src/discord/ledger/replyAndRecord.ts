import type { ButtonInteraction, MessageFlags, RepliableInteraction } from 'discord.js';
import type { BotContext } from '../botContext.js';
import type { MessagePayload } from '../render/answerMessage.js';
import { sendable } from '../render/sendable.js';
import { recordInteractionReply } from './recordPosted.js';

/**
 * Sends a reply that cites facts, with a "Report a problem" button, and records it in the answer ledger so a later
 * correction can reach it. Uses the reply Discord still expects: the first one, or the edit of a deferred one.
 */
export async function replyAndRecord(
  interaction: RepliableInteraction,
  message: MessagePayload,
  context: BotContext,
  options: { flags?: { flags?: MessageFlags.Ephemeral }; question?: string } = {},
): Promise<void> {
  const payload = sendable(message);
  let messageId: string | undefined;
  if (interaction.deferred) {
    messageId = (await interaction.editReply(payload)).id;
  } else {
    const response = await interaction.reply({ ...payload, ...options.flags, withResponse: true });
    messageId = response.resource?.message?.id;
  }
  await recordInteractionReply(interaction, messageId, message.factIds, context, options.question);
}

/** Shows another page of a message (a button press) and records the facts the message now shows. */
export async function updateAndRecord(interaction: ButtonInteraction, message: MessagePayload, context: BotContext): Promise<void> {
  await interaction.update(sendable(message));
  await recordInteractionReply(interaction, interaction.message.id, message.factIds, context);
}
