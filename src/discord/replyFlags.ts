import { MessageFlags } from 'discord.js';
import type { BotContext } from './botContext.js';

export const EPHEMERAL = { flags: MessageFlags.Ephemeral } as const;
const PUBLIC = {} as const;

/** Command answers are public unless the server's admins chose ephemeral ones. */
export async function visibilityFlags(context: BotContext, guildId: string | null): Promise<{ flags?: MessageFlags.Ephemeral }> {
  if (guildId === null) return PUBLIC;
  const settings = await context.settings.get(guildId);
  return settings.visibility === 'ephemeral' ? EPHEMERAL : PUBLIC;
}
