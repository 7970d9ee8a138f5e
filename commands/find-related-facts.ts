import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../src/answers/answer.js';
import { truncateAtWord } from '../src/discord/limits.js';
import { answerInteraction } from '../src/discord/answerInteraction.js';
import type { MessageMenuCommand } from '../src/discord/command.js';
import { EPHEMERAL } from '../src/discord/replyFlags.js';

export default {
  kind: 'message-menu',
  data: new ContextMenuCommandBuilder().setName('Find related facts').setType(ApplicationCommandType.Message),
  async execute(interaction, context) {
    const text = interaction.targetMessage.content.trim();
    if (text === '') {
      await interaction.reply({ content: 'That message has no text to look up.', ...EPHEMERAL });
      return;
    }
    // Only the person who asked sees the result: it is about someone else's message.
    await answerInteraction(interaction, truncateAtWord(text, MAX_QUESTION_LENGTH), context, { ephemeral: true, related: true });
  },
} satisfies MessageMenuCommand;
