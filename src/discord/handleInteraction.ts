import { randomUUID } from 'node:crypto';
import type { Interaction, InteractionReplyOptions } from 'discord.js';
import { UserFacingError } from '../answers/errors.js';
import type { BotContext } from './botContext.js';
import type { Command } from './command.js';
import { EPHEMERAL } from './replyFlags.js';
import { openReportForm } from './reports/openReportForm.js';
import { REPORT_ID } from './reports/reportButton.js';
import { submitReport } from './reports/submitReport.js';
import { NO_MENTIONS } from './safeText.js';

type Repliable = Extract<Interaction, { reply: unknown }>;

/** Tells the user what went wrong, by whichever means the interaction's state still allows. */
async function tellUser(interaction: Repliable, content: string): Promise<void> {
  const message: InteractionReplyOptions = { content, ...EPHEMERAL, allowedMentions: NO_MENTIONS };
  if (interaction.deferred) await interaction.editReply({ content, allowedMentions: NO_MENTIONS, embeds: [], components: [] });
  else if (interaction.replied) await interaction.followUp(message);
  else await interaction.reply(message);
}

function describe(interaction: Interaction): Record<string, unknown> {
  const name =
    interaction.isCommand() || interaction.isAutocomplete()
      ? interaction.commandName
      : interaction.isMessageComponent() || interaction.isModalSubmit()
        ? interaction.customId
        : undefined;
  return {
    interaction: interaction.id,
    type: interaction.type,
    name,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    userId: interaction.user.id,
  };
}

async function route(interaction: Interaction, commands: ReadonlyMap<string, Command>, context: BotContext): Promise<void> {
  if (interaction.isAutocomplete()) {
    const command = commands.get(interaction.commandName);
    if (command?.kind === 'slash' && command.autocomplete !== undefined) await command.autocomplete(interaction, context);
    else await interaction.respond([]);
    return;
  }
  if (interaction.isChatInputCommand()) {
    const command = commands.get(interaction.commandName);
    if (command?.kind !== 'slash') throw new UserFacingError('I don’t know that command any more; it may have been removed.');
    await command.execute(interaction, context);
    return;
  }
  if (interaction.isMessageContextMenuCommand()) {
    const command = commands.get(interaction.commandName);
    if (command?.kind !== 'message-menu') throw new UserFacingError('I don’t know that command any more; it may have been removed.');
    await command.execute(interaction, context);
    return;
  }
  if (interaction.isModalSubmit()) {
    const [prefix, messageId] = interaction.customId.split(':');
    if (prefix !== REPORT_ID || messageId === undefined) throw new UserFacingError('This form no longer works. Try again.');
    await submitReport(interaction, messageId, context);
    return;
  }
  if (interaction.isButton()) {
    if (interaction.customId === REPORT_ID) {
      await openReportForm(interaction, context);
      return;
    }
    const [prefix = '', ...args] = interaction.customId.split(':');
    const handler = [...commands.values()].map((command) => command.components?.[prefix]).find((candidate) => candidate !== undefined);
    if (handler === undefined) throw new UserFacingError('This button no longer works. Run the command again.');
    await handler(interaction, args, context);
  }
}

/**
 * The one error boundary for interactions: an expected error shows its own user-safe text; anything else gets a short
 * message with an error id, and is logged with that id and the interaction's context.
 */
export async function handleInteraction(
  interaction: Interaction,
  commands: ReadonlyMap<string, Command>,
  context: BotContext,
): Promise<void> {
  const started = Date.now();
  try {
    await route(interaction, commands, context);
    // Checked first: describing every interaction only to drop the line is a cost on the busiest path.
    if (context.logger.isLevelEnabled('debug'))
      context.logger.debug({ ...describe(interaction), ms: Date.now() - started }, 'interaction handled');
  } catch (error) {
    if (interaction.isAutocomplete()) {
      context.logger.error({ err: error, ...describe(interaction) }, 'autocomplete failed');
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
      return;
    }
    if (!interaction.isRepliable()) return;
    if (error instanceof UserFacingError) {
      await tellUser(interaction, error.message).catch((replyError: unknown) =>
        context.logger.warn({ err: replyError, ...describe(interaction) }, 'could not tell the user'),
      );
      return;
    }
    const errorId = randomUUID().slice(0, 8);
    context.logger.error({ err: error, errorId, ...describe(interaction) }, 'interaction failed');
    await tellUser(
      interaction,
      `Something went wrong on my side. If it keeps happening, tell the server's admins: error id \`${errorId}\`.`,
    ).catch((replyError: unknown) => context.logger.warn({ err: replyError, errorId }, 'could not tell the user'));
  }
}
