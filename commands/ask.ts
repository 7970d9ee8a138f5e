import { SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../src/answers/answer.js';
import { decodeFacts } from '../src/discord/render/factLinks.js';
import { quotesEmbed } from '../src/discord/render/quotesMessage.js';
import { answerInteraction } from '../src/discord/answerInteraction.js';
import { replyAndRecord } from '../src/discord/ledger/replyAndRecord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { EPHEMERAL } from '../src/discord/replyFlags.js';

export default {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the story; every answer cites who said it')
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('Your question, e.g. "why did the protests start?"')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    ),
  async execute(interaction, context) {
    await answerInteraction(interaction, interaction.options.getString('question', true), context);
  },
  components: {
    async quotes(interaction, [tag, encoded], context) {
      const ids = decodeFacts(context.store, context.storeTag, tag, encoded);
      if (ids === undefined || ids.length === 0) {
        await interaction.reply({
          content: 'These sources have changed since this answer was given. Ask again for the current ones.',
          ...EPHEMERAL,
        });
        return;
      }
      const facts = ids.flatMap((id) => context.store.facts.filter((fact) => fact.id === id));
      await replyAndRecord(interaction, { embeds: [quotesEmbed(facts)], components: [], factIds: ids }, context, { flags: EPHEMERAL });
    },
  },
} satisfies SlashCommand;
