import { MessageFlags } from 'discord.js';
import type { BotContext } from './botContext.js';

/** Command answers are public unless the server's admins chose ephemeral ones. */
export async function visibilityFlags(context: BotContext, guildId: string | null): Promise<{ flags?: MessageFlags.Ephemeral }> {
  if (guildId === null) return {};
  const settings = await context.settings.get(guildId);
  return settings.visibility === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {};
}

export const EPHEMERAL = { flags: MessageFlags.Ephemeral } as const;
