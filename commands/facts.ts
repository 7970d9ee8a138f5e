import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { replyAndRecord, updateAndRecord } from '../src/discord/ledger/replyAndRecord.js';
import { EPHEMERAL, visibilityFlags } from '../src/discord/replyFlags.js';
import { topicChoices } from '../src/discord/topicChoices.js';
import { topicPage } from '../src/discord/render/topicPage.js';
import { NO_MENTIONS, safeText } from '../src/discord/safeText.js';
import { findTopic } from '../src/facts/findTopic.js';
import { truncateAtWord } from '../src/discord/limits.js';

export default {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('facts')
    .setDescription('The facts on one topic, each with its source and a short quote')
    .addStringOption((option) =>
      option.setName('topic').setDescription('A topic, e.g. casualties').setRequired(true).setAutocomplete(true),
    ),
  async execute(interaction, context) {
    const name = interaction.options.getString('topic', true);
    const topic = findTopic(context.store.topics, name);
    if (topic === undefined) {
      const known = context.store.topics.map((candidate) => `\`${candidate.id}\``).join(', ');
      await interaction.reply({
        content: `I have no topic called “${truncateAtWord(safeText(name), 100)}”. Topics: ${known}.`,
        ...EPHEMERAL,
        allowedMentions: NO_MENTIONS,
      });
      return;
    }
    await replyAndRecord(interaction, topicPage(context.store, topic, 0), context, {
      flags: await visibilityFlags(context, interaction.guildId),
    });
  },
  async autocomplete(interaction, context) {
    await interaction.respond(topicChoices(context.store.topics, interaction.options.getFocused()));
  },
  components: {
    async facts(interaction, [topicId, page], context) {
      const topic = context.store.topics.find((candidate) => candidate.id === topicId);
      if (topic === undefined) {
        await interaction.reply({ content: 'That topic no longer exists. Run /facts again.', ...EPHEMERAL });
        return;
      }
      await updateAndRecord(interaction, topicPage(context.store, topic, Number(page)), context);
    },
  },
} satisfies SlashCommand;
