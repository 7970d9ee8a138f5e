import type { ChatInputCommandInteraction } from 'discord.js';
import { UserFacingError } from '../answers/errors.js';
import type { BotContext } from './botContext.js';
import { isMissingPermission, missingPermissions, NEEDED_TO_PIN, NEEDED_TO_POST, refusal } from './channelPermissions.js';
import { EPHEMERAL } from './replyFlags.js';
import { recordChannelMessage } from './ledger/recordPosted.js';
import { digestMessage } from './render/digestMessage.js';
import { sendable } from './render/sendable.js';
import { NO_MENTIONS } from './safeText.js';

/** Runs a Discord call, turning a missing-permission refusal into a message that names the permissions needed. */
async function orRefuse<T>(
  action: string,
  channelId: string,
  needed: readonly (readonly [string, bigint])[],
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isMissingPermission(error))
      throw refusal(
        action,
        channelId,
        needed.map(([name]) => name),
      );
    throw error;
  }
}

/**
 * Posts the summary as the bot's own channel message and pins it, or edits the one pinned before, so running it again
 * never stacks summaries; a channel message stays editable long after the interaction's token expires, which is what
 * lets the bot re-render it whenever the facts change.
 */
export async function postSummary(interaction: ChatInputCommandInteraction, channelId: string, context: BotContext): Promise<void> {
  const guildId = interaction.guildId;
  const channel = await interaction.client.channels.fetch(channelId).catch(() => null);
  if (guildId === null || channel === null || !channel.isSendable() || !('guildId' in channel) || channel.guildId !== guildId) {
    throw new UserFacingError('Pick a text channel in this server for the summary.');
  }
  const cannotPost = missingPermissions(channel, interaction, NEEDED_TO_POST);
  if (cannotPost.length > 0) throw refusal('post the summary', channel.id, cannotPost);
  const digest = digestMessage(context.store);
  const payload = sendable(digest);
  const previousId = (await context.settings.get(guildId)).summaryPins[channel.id];
  const previous = previousId === undefined ? undefined : await channel.messages.fetch(previousId).catch(() => undefined);
  if (previous !== undefined) {
    await orRefuse('update the summary', channel.id, NEEDED_TO_POST, () => previous.edit(payload));
    recordChannelMessage(previous, 'digest', digest.factIds, context);
    // A summary posted when pinning was refused is pinned once the permission is there.
    if (!previous.pinned) await orRefuse('pin the summary', channel.id, NEEDED_TO_PIN, () => previous.pin());
    await interaction.reply({ content: `Updated the pinned summary in <#${channel.id}>.`, ...EPHEMERAL, allowedMentions: NO_MENTIONS });
    return;
  }
  const posted = await orRefuse('post the summary', channel.id, NEEDED_TO_POST, () => channel.send(payload));
  // Recorded before pinning, so a digest whose pin is refused is still kept current.
  recordChannelMessage(posted, 'digest', digest.factIds, context);
  await context.settings.update(guildId, (current) => ({ ...current, summaryPins: { ...current.summaryPins, [channel.id]: posted.id } }));
  await orRefuse('pin the summary I posted', channel.id, NEEDED_TO_PIN, () => posted.pin());
  await interaction.reply({
    content: `Pinned a summary in <#${channel.id}>. Run this again to update it.`,
    ...EPHEMERAL,
    allowedMentions: NO_MENTIONS,
  });
}
