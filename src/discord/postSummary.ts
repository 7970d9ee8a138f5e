import type { ChatInputCommandInteraction, SendableChannels } from 'discord.js';
import { DiscordAPIError, PermissionFlagsBits, RESTJSONErrorCodes } from 'discord.js';
import { UserFacingError } from '../answers/errors.js';
import type { BotContext } from './botContext.js';
import { EPHEMERAL } from './replyFlags.js';
import { summaryEmbed } from './render/summaryEmbed.js';
import { NO_MENTIONS } from './safeText.js';

const NEEDED_TO_POST = [
  ['View Channel', PermissionFlagsBits.ViewChannel],
  ['Send Messages', PermissionFlagsBits.SendMessages],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
] as const;
const NEEDED_TO_PIN = [['Manage Messages', PermissionFlagsBits.ManageMessages]] as const;

const isMissingPermission = (error: unknown): boolean =>
  error instanceof DiscordAPIError &&
  (error.code === RESTJSONErrorCodes.MissingPermissions || error.code === RESTJSONErrorCodes.MissingAccess);

function missing(
  channel: SendableChannels,
  interaction: ChatInputCommandInteraction,
  needed: readonly (readonly [string, bigint])[],
): string[] {
  const permissions =
    channel.id === interaction.channelId
      ? interaction.appPermissions
      : 'guild' in channel && interaction.client.user !== null
        ? channel.permissionsFor(interaction.client.user)
        : null;
  return permissions === null ? [] : needed.filter(([, flag]) => !permissions.has(flag)).map(([name]) => name);
}

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

const refusal = (action: string, channelId: string, names: readonly string[]): UserFacingError =>
  new UserFacingError(
    `I can't ${action} in <#${channelId}>: I need the ${names.map((name) => `**${name}**`).join(', ')} permission${names.length === 1 ? '' : 's'} there.`,
  );

/**
 * Posts the summary as the bot's own channel message and pins it, or edits the one pinned before, so running it again
 * never stacks summaries; a channel message stays editable long after the interaction's token expires.
 */
export async function postSummary(interaction: ChatInputCommandInteraction, channelId: string, context: BotContext): Promise<void> {
  const guildId = interaction.guildId;
  const channel = await interaction.client.channels.fetch(channelId).catch(() => null);
  if (guildId === null || channel === null || !channel.isSendable() || !('guildId' in channel) || channel.guildId !== guildId) {
    throw new UserFacingError('Pick a text channel in this server for the summary.');
  }
  const cannotPost = missing(channel, interaction, NEEDED_TO_POST);
  if (cannotPost.length > 0) throw refusal('post the summary', channel.id, cannotPost);
  const payload = { embeds: [summaryEmbed(context.store)], allowedMentions: NO_MENTIONS };
  const previousId = (await context.settings.get(guildId)).summaryPins[channel.id];
  const previous = previousId === undefined ? undefined : await channel.messages.fetch(previousId).catch(() => undefined);
  if (previous !== undefined) {
    await orRefuse('update the summary', channel.id, NEEDED_TO_POST, () => previous.edit(payload));
    // A summary posted when pinning was refused is pinned once the permission is there.
    if (!previous.pinned) await orRefuse('pin the summary', channel.id, NEEDED_TO_PIN, () => previous.pin());
    await interaction.reply({ content: `Updated the pinned summary in <#${channel.id}>.`, ...EPHEMERAL, allowedMentions: NO_MENTIONS });
    return;
  }
  const posted = await orRefuse('post the summary', channel.id, NEEDED_TO_POST, () => channel.send(payload));
  await context.settings.update(guildId, (current) => ({ ...current, summaryPins: { ...current.summaryPins, [channel.id]: posted.id } }));
  await orRefuse('pin the summary I posted', channel.id, NEEDED_TO_PIN, () => posted.pin());
  await interaction.reply({
    content: `Pinned a summary in <#${channel.id}>. Run this again to update it.`,
    ...EPHEMERAL,
    allowedMentions: NO_MENTIONS,
  });
}
