// The application commands the bot deployed (bulk overwrite, global or per guild). Interactions built by the stand-in
// take their command id and option types from here, as Discord's do, so a handler reading `getInteger` for an
// option deployed as a string fails in the test just as it would in a guild.
import { ApplicationCommandType } from 'discord.js';
import type { APIApplicationCommand } from 'discord.js';
import type { NextSnowflake } from './snowflakes.js';

export interface CommandStore {
  /** PUT …/commands: the new list replaces the old; a command keeping its name and type keeps its id. */
  overwrite(guildId: string | undefined, commands: any[]): APIApplicationCommand[];
  list(guildId: string | undefined): APIApplicationCommand[];
  /** The command an interaction in this guild would carry: the guild's own first, then the global one. */
  find(name: string, type: ApplicationCommandType, guildId: string | undefined): APIApplicationCommand | undefined;
}

export function createCommandStore(applicationId: string, nextId: NextSnowflake): CommandStore {
  const byScope = new Map<string, APIApplicationCommand[]>();
  const scope = (guildId: string | undefined): string => guildId ?? 'global';
  const list = (guildId: string | undefined): APIApplicationCommand[] => byScope.get(scope(guildId)) ?? [];

  return {
    overwrite(guildId, commands) {
      const previous = list(guildId);
      const stored = commands.map((command): APIApplicationCommand => {
        const type = command.type ?? ApplicationCommandType.ChatInput;
        const kept = previous.find((old) => old.name === command.name && old.type === type);
        return {
          ...command,
          id: kept?.id ?? nextId(),
          application_id: applicationId,
          version: nextId(),
          type,
          description: command.description ?? '',
          default_member_permissions: command.default_member_permissions ?? null,
          ...(guildId === undefined ? {} : { guild_id: guildId }),
        };
      });
      byScope.set(scope(guildId), stored);
      return stored;
    },
    list,
    find: (name, type, guildId) =>
      [...(guildId === undefined ? [] : list(guildId)), ...list(undefined)].find(
        (command) => command.name === name && command.type === type,
      ),
  };
}
