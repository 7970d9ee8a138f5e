// The API objects the stand-in shows the bot for its users and guilds. They are typed with discord-api-types (re-
// exported by discord.js), so a shape that drifts from Discord's breaks the typecheck, not a test far away.
import { ChannelType, GuildDefaultMessageNotifications, GuildExplicitContentFilter, GuildMFALevel } from 'discord.js';
import { GuildNSFWLevel, GuildPremiumTier, GuildVerificationLevel, Locale, PermissionFlagsBits } from 'discord.js';
import type { APIGuild, APIGuildMember, APIRole, APIUser, GatewayGuildCreateDispatchData } from 'discord.js';
import type { APITextChannel, GuildMemberFlags, GuildSystemChannelFlags, RoleFlags } from 'discord.js';

export interface StandInUser {
  id: string;
  username: string;
  bot?: boolean;
  globalName?: string;
}

export interface StandInChannel {
  id: string;
  name: string;
  type?: number; // a ChannelType; GuildText (0) when left out
  parentId?: string;
}

export interface StandInRole {
  id: string;
  name: string;
  permissions: string; // a permission bit field as a decimal string, as Discord sends it
}

export interface StandInGuild {
  id: string;
  name: string;
  ownerId: string;
  channels: StandInChannel[];
  roles?: StandInRole[];
  everyonePermissions?: string; // the @everyone role; DEFAULT_EVERYONE_PERMISSIONS when left out
  botPermissions?: string; // the bot's managed role, as granted by its invite link; DEFAULT_BOT_PERMISSIONS
}

/** A guild as the stand-in holds it: the definition plus what Discord would have made when the bot joined. */
export interface GuildEntry {
  definition: StandInGuild;
  botRoleId: string;
  joinedAt: string;
}

const bits = (...flags: bigint[]): string => flags.reduce((all, flag) => all | flag, 0n).toString();

export const DEFAULT_EVERYONE_PERMISSIONS = bits(
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.AddReactions,
  PermissionFlagsBits.UseApplicationCommands,
);

export const DEFAULT_BOT_PERMISSIONS = bits(
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.ManageMessages,
);

const ALL_PERMISSIONS = bits(...Object.values(PermissionFlagsBits));

/** What a member holding these roles may do guild-wide (channel overwrites are not modelled). */
export function combinePermissions(permissions: string[]): string {
  const combined = permissions.reduce((all, each) => all | BigInt(each), 0n);
  return (combined & PermissionFlagsBits.Administrator) !== 0n ? ALL_PERMISSIONS : combined.toString();
}

export function apiUser(user: StandInUser): APIUser {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.globalName ?? null,
    avatar: null,
    ...(user.bot === undefined ? {} : { bot: user.bot }),
  };
}

export function apiMember(user: APIUser, roles: string[], joinedAt: string): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

export function apiChannel(channel: StandInChannel, guildId: string, position: number): APITextChannel {
  return {
    id: channel.id,
    // Typed as a text channel; another ChannelType number passes through for the rare test that needs one.
    type: (channel.type ?? ChannelType.GuildText) as ChannelType.GuildText,
    guild_id: guildId,
    name: channel.name,
    position,
    parent_id: channel.parentId ?? null,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
  };
}

function apiRole(id: string, name: string, permissions: string, position: number): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position,
    permissions,
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

export function apiRoles(entry: GuildEntry, botUser: APIUser): APIRole[] {
  const { definition } = entry;
  const everyone = apiRole(definition.id, '@everyone', definition.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS, 0);
  const custom = (definition.roles ?? []).map((role, index) => apiRole(role.id, role.name, role.permissions, index + 1));
  const botRole = {
    ...apiRole(entry.botRoleId, botUser.username, definition.botPermissions ?? DEFAULT_BOT_PERMISSIONS, custom.length + 1),
    managed: true,
    tags: { bot_id: botUser.id },
  };
  return [everyone, ...custom, botRole];
}

/** The bot's own permissions in the guild, as sent in `app_permissions` of every interaction. */
export function botPermissions(entry: GuildEntry): string {
  const { definition } = entry;
  return combinePermissions([
    definition.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS,
    definition.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
  ]);
}

export function apiGuild(entry: GuildEntry, botUser: APIUser): APIGuild {
  const { definition } = entry;
  return {
    id: definition.id,
    name: definition.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: definition.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: apiRoles(entry, botUser),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    max_members: 500_000,
  };
}

/** The GUILD_CREATE Discord sends after READY for every guild the bot is in. */
export function guildCreate(entry: GuildEntry, botUser: APIUser): GatewayGuildCreateDispatchData {
  const { definition } = entry;
  return {
    ...apiGuild(entry, botUser),
    joined_at: entry.joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [apiMember(botUser, [entry.botRoleId], entry.joinedAt)],
    channels: definition.channels.map((channel, index) => apiChannel(channel, definition.id, index)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
