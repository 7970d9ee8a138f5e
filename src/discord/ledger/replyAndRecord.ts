import type { ButtonInteraction, MessageFlags, RepliableInteraction } from 'discord.js';
import type { BotContext } from '../botContext.js';
import type { MessagePayload } from '../render/answerMessage.js';
import { replyPayload, sendable } from '../render/sendable.js';
import { recordInteractionReply } from './recordPosted.js';

/**
 * Sends a reply that cites facts, with a "Report a problem" button, and records it in the answer ledger so a later
 * correction can reach it. Uses the reply Discord still expects: the first one, or the edit of a deferred one. The
 * first reply does not ask for the message back (`withResponse`): the ledger knows it by its interaction, and having
 * Discord send the message back, and discord.js build it, cost about a fifth of the bot's throughput under load.
 */
export async function replyAndRecord(
  interaction: RepliableInteraction,
  message: MessagePayload,
  context: BotContext,
  options: { flags?: { flags?: MessageFlags.Ephemeral }; question?: string } = {},
): Promise<void> {
  let messageId: string | undefined;
  if (interaction.deferred) messageId = (await interaction.editReply(sendable(message))).id;
  else await interaction.reply(replyPayload(interaction, message, options.flags));
  recordInteractionReply(interaction, { interactionId: interaction.id, messageId }, message.factIds, context, options.question);
}

/** Shows another page of a message (a button press) and records the facts the message now shows. */
export async function updateAndRecord(interaction: ButtonInteraction, message: MessagePayload, context: BotContext): Promise<void> {
  await interaction.update(replyPayload(interaction, message));
  // The page is the same message, so it keeps the entry of the command that first showed it.
  const first = interaction.message.interactionMetadata?.id;
  recordInteractionReply(interaction, { messageId: interaction.message.id, interactionId: first }, message.factIds, context);
}
