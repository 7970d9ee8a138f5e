import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { z } from 'zod';
import type { BotContext } from './botContext.js';

export type ComponentHandler = (interaction: ButtonInteraction, args: string[], context: BotContext) => Promise<void>;

interface CommandBase {
  data: { name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
  /** Buttons this command renders, by the first part of their custom id ("facts:casualties:1" → "facts"). */
  components?: Record<string, ComponentHandler>;
}

export interface SlashCommand extends CommandBase {
  kind: 'slash';
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

export interface MessageMenuCommand extends CommandBase {
  kind: 'message-menu';
  execute(interaction: MessageContextMenuCommandInteraction, context: BotContext): Promise<void>;
}

export type Command = SlashCommand | MessageMenuCommand;

/** The shape every module in commands/ must export as default; checked when the commands are loaded. */
export const CommandModule = z.object({
  kind: z.enum(['slash', 'message-menu']),
  data: z.object({ name: z.string().min(1), toJSON: z.function() }),
  execute: z.function(),
  autocomplete: z.function().optional(),
  components: z.record(z.string(), z.function()).optional(),
});
