import type { ChatInputCommandInteraction, SendableChannels } from 'discord.js';
import { DiscordAPIError, PermissionFlagsBits, RESTJSONErrorCodes } from 'discord.js';
import { UserFacingError } from '../answers/errors.js';

export const NEEDED_TO_POST = [
  ['View Channel', PermissionFlagsBits.ViewChannel],
  ['Send Messages', PermissionFlagsBits.SendMessages],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
] as const;
export const NEEDED_TO_PIN = [['Manage Messages', PermissionFlagsBits.ManageMessages]] as const;

export const isMissingPermission = (error: unknown): boolean =>
  error instanceof DiscordAPIError &&
  (error.code === RESTJSONErrorCodes.MissingPermissions || error.code === RESTJSONErrorCodes.MissingAccess);

/** The permissions the bot lacks in a channel, by name; none when Discord did not say what it has there. */
export function missingPermissions(
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

/** A refusal that names the permissions an admin has to grant. */
export const refusal = (action: string, channelId: string, names: readonly string[]): UserFacingError =>
  new UserFacingError(
    `I can't ${action} in <#${channelId}>: I need the ${names.map((name) => `**${name}**`).join(', ')} permission${names.length === 1 ? '' : 's'} there.`,
  );
