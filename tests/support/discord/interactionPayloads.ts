// Builds the INTERACTION_CREATE payloads Discord sends when a user runs a command, picks an autocomplete choice,
// presses a button, submits a modal or uses a message context menu. Tests describe the user's action; this file
// fills in what Discord adds (ids, token, member permissions, app_permissions, resolved objects).
import { ApplicationCommandOptionType, ApplicationCommandType, ComponentType, InteractionType } from 'discord.js';
import { InteractionContextType, Locale, PermissionFlagsBits } from 'discord.js';
import type { APIApplicationCommandInteractionDataOption, APIApplicationCommandOption, APIInteraction } from 'discord.js';
import type { APIInteractionDataResolved, APIInteractionDataResolvedChannel } from 'discord.js';
import type { APIInteractionGuildMember, APIUser } from 'discord.js';
import type { CommandStore } from './commandStore.js';
import { apiChannel, apiMember, apiRoles, apiUser, botPermissions, combinePermissions } from './guildPayloads.js';
import type { GuildEntry, StandInUser } from './guildPayloads.js';
import type { StoredMessage } from './messageStore.js';
import type { NextSnowflake } from './snowflakes.js';

export type OptionValue = string | number | boolean;

/** Where the user acts and who they are; the member's permissions default to what their roles grant. */
export interface InteractionWhere {
  guildId: string;
  channelId: string;
  user?: StandInUser; // DEFAULT_USER when left out
  roles?: string[];
  permissions?: string; // overrides the permissions computed from @everyone and `roles`
  locale?: Locale;
}

interface CommandPath {
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  options?: Record<string, OptionValue>;
}

export type InteractionInput = InteractionWhere &
  (
    | ({ kind: 'slash' } & CommandPath)
    | ({ kind: 'autocomplete'; focused: string } & CommandPath) // `focused` names the option being typed
    | { kind: 'button'; customId: string; message: StoredMessage }
    | { kind: 'select'; customId: string; values: string[]; message: StoredMessage }
    | { kind: 'modal'; customId: string; fields: Record<string, string>; message?: StoredMessage }
    | { kind: 'messageCommand'; name: string; target: StoredMessage }
  );

export const DEFAULT_USER: StandInUser = { id: '300000000000000001', username: 'tester' };

export interface InteractionContext {
  applicationId: string;
  botUser: APIUser;
  nextId: NextSnowflake;
  guild: GuildEntry;
  commands: CommandStore;
  /** The modal the bot showed with this custom id, so a submission mirrors its layout (labels or action rows). */
  shownModal(customId: string): any;
}

export function buildInteraction(input: InteractionInput, context: InteractionContext): APIInteraction {
  const { guild } = context;
  const channel = guild.definition.channels.find((each) => each.id === input.channelId);
  if (!channel) throw new Error(`Stand-in: channel ${input.channelId} is not in guild ${guild.definition.id}`);
  const base = {
    id: context.nextId(),
    application_id: context.applicationId,
    token: `standin-${context.nextId()}-${Math.random().toString(36).slice(2)}`,
    version: 1 as const,
    guild_id: guild.definition.id,
    guild: { id: guild.definition.id, locale: Locale.EnglishUS, features: [] },
    channel: apiChannel(channel, guild.definition.id, 0),
    channel_id: channel.id,
    member: interactionMember(input, context),
    app_permissions: botPermissions(guild),
    locale: input.locale ?? Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { 0: guild.definition.id },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10 * 1024 * 1024,
  };

  switch (input.kind) {
    case 'slash':
    case 'autocomplete': {
      const command = context.commands.find(input.name, ApplicationCommandType.ChatInput, guild.definition.id);
      const focused = input.kind === 'autocomplete' ? input.focused : undefined;
      const resolved: APIInteractionDataResolved = {};
      const data = {
        id: command?.id ?? context.nextId(),
        name: input.name,
        type: ApplicationCommandType.ChatInput as const,
        options: commandOptions(input, command?.options, focused, (type, value) => resolve(type, value, resolved, context)),
        ...(Object.keys(resolved).length > 0 ? { resolved } : {}),
        ...(command?.guild_id === undefined ? {} : { guild_id: command.guild_id }),
      };
      return input.kind === 'slash'
        ? { ...base, type: InteractionType.ApplicationCommand, data }
        : { ...base, type: InteractionType.ApplicationCommandAutocomplete, data };
    }
    case 'messageCommand': {
      const command = context.commands.find(input.name, ApplicationCommandType.Message, guild.definition.id);
      return {
        ...base,
        type: InteractionType.ApplicationCommand,
        data: {
          id: command?.id ?? context.nextId(),
          name: input.name,
          type: ApplicationCommandType.Message,
          target_id: input.target.id,
          resolved: { messages: { [input.target.id]: input.target } },
        },
      };
    }
    case 'button':
      return {
        ...base,
        type: InteractionType.MessageComponent,
        message: input.message,
        data: { custom_id: input.customId, component_type: ComponentType.Button },
      };
    case 'select':
      return {
        ...base,
        type: InteractionType.MessageComponent,
        message: input.message,
        data: { custom_id: input.customId, component_type: ComponentType.StringSelect, values: input.values },
      };
    case 'modal':
      return {
        ...base,
        type: InteractionType.ModalSubmit,
        ...(input.message === undefined ? {} : { message: input.message }),
        data: { custom_id: input.customId, components: modalComponents(input.fields, context.shownModal(input.customId)) },
      };
  }
}

function interactionMember(input: InteractionWhere, context: InteractionContext): APIInteractionGuildMember {
  const { definition } = context.guild;
  const user = apiUser(input.user ?? DEFAULT_USER);
  const roles = input.roles ?? [];
  const rolePermissions = apiRoles(context.guild, context.botUser)
    .filter((role) => role.id === definition.id || roles.includes(role.id))
    .map((role) => role.permissions);
  const isOwner = user.id === definition.ownerId;
  const permissions = input.permissions ?? combinePermissions(isOwner ? [PermissionFlagsBits.Administrator.toString()] : rolePermissions);
  return { ...apiMember(user, roles, context.guild.joinedAt), permissions };
}

type Resolver = (type: ApplicationCommandOptionType, value: OptionValue) => void;

/** The options tree for a command path: group → subcommand → values, typed from the deployed command when known. */
function commandOptions(
  path: CommandPath,
  deployed: APIApplicationCommandOption[] | undefined,
  focused: string | undefined,
  resolve: Resolver,
): APIApplicationCommandInteractionDataOption[] {
  const child = (options: APIApplicationCommandOption[] | undefined, name: string | undefined) =>
    (options?.find((option) => option.name === name) as { options?: APIApplicationCommandOption[] } | undefined)?.options;
  const group = child(deployed, path.subcommandGroup);
  const sub = child(path.subcommandGroup === undefined ? deployed : group, path.subcommand);
  const leaves = path.subcommand === undefined ? deployed : sub;
  const values = Object.entries(path.options ?? {}).map(([name, value]) => {
    const type = leaves?.find((option) => option.name === name)?.type ?? inferType(value);
    resolve(type, value);
    return { name, type, value, ...(name === focused ? { focused: true } : {}) } as APIApplicationCommandInteractionDataOption;
  });
  if (path.subcommand === undefined) return values;
  const subcommand = { name: path.subcommand, type: ApplicationCommandOptionType.Subcommand, options: values };
  if (path.subcommandGroup === undefined) return [subcommand] as APIApplicationCommandInteractionDataOption[];
  return [
    { name: path.subcommandGroup, type: ApplicationCommandOptionType.SubcommandGroup, options: [subcommand] },
  ] as APIApplicationCommandInteractionDataOption[];
}

function inferType(value: OptionValue): ApplicationCommandOptionType {
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'number') {
    return Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
  }
  return ApplicationCommandOptionType.String;
}

/** Discord sends the objects behind user, channel and role options in `resolved`; discord.js reads them there. */
function resolve(
  type: ApplicationCommandOptionType,
  value: OptionValue,
  resolved: APIInteractionDataResolved,
  context: InteractionContext,
): void {
  const id = String(value);
  const { definition } = context.guild;
  if (type === ApplicationCommandOptionType.Channel) {
    const channel = definition.channels.find((each) => each.id === id);
    if (channel) {
      const permissions = botPermissions(context.guild);
      const resolvedChannel = { id, name: channel.name, type: channel.type ?? 0, permissions };
      resolved.channels = { ...resolved.channels, [id]: resolvedChannel as APIInteractionDataResolvedChannel };
    }
  } else if (type === ApplicationCommandOptionType.Role) {
    const role = apiRoles(context.guild, context.botUser).find((each) => each.id === id);
    if (role) resolved.roles = { ...resolved.roles, [id]: role };
  } else if (type === ApplicationCommandOptionType.User) {
    const user = id === context.botUser.id ? context.botUser : apiUser({ id, username: `user-${id}` });
    resolved.users = { ...resolved.users, [id]: user };
  }
}

/** A submission shaped like the modal the bot showed: label components or (legacy) action rows of text inputs. */
function modalComponents(fields: Record<string, string>, shown: any): any[] {
  let lastId = 0; // Discord numbers every component of a modal; the bot's own ids are kept
  const id = (component: any): number => (typeof component?.id === 'number' ? component.id : ++lastId);
  const textInput = (input: any) => ({
    type: ComponentType.TextInput,
    id: id(input),
    custom_id: input.custom_id,
    value: fields[input.custom_id] ?? '',
  });
  const shownComponents: any[] | undefined = shown?.components;
  if (!shownComponents) {
    return Object.keys(fields).map((customId) => ({
      type: ComponentType.ActionRow,
      id: id(undefined),
      components: [textInput({ custom_id: customId })],
    }));
  }
  return shownComponents.map((component) => {
    if (component.type === ComponentType.ActionRow) {
      return { type: component.type, id: id(component), components: component.components.map(textInput) };
    }
    if (component.type === ComponentType.Label) {
      return { type: component.type, id: id(component), component: textInput(component.component) };
    }
    return { type: component.type, id: id(component) };
  });
}
