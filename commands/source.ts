import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { factChoices } from '../src/discord/factChoices.js';
import { truncateAtWord } from '../src/discord/limits.js';
import { replyAndRecord } from '../src/discord/ledger/replyAndRecord.js';
import { EPHEMERAL, visibilityFlags } from '../src/discord/replyFlags.js';
import { sourceEmbed } from '../src/discord/render/sourceEmbed.js';
import { NO_MENTIONS, safeText } from '../src/discord/safeText.js';

export default {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('source')
    .setDescription('One fact in full: the verbatim quote, its paragraph, who said it, and any correction note')
    .addStringOption((option) =>
      option.setName('fact').setDescription('A fact id, or words from its claim').setRequired(true).setAutocomplete(true),
    ),
  async execute(interaction, context) {
    const wanted = interaction.options.getString('fact', true).trim();
    const fact =
      context.store.facts.find((candidate) => candidate.id === wanted) ??
      context.store.facts.find((candidate) => candidate.id === factChoices(context.store.facts, wanted)[0]?.value);
    if (fact === undefined) {
      await interaction.reply({
        content: `No fact matches “${truncateAtWord(safeText(wanted), 100)}”. Start typing and pick one from the list.`,
        ...EPHEMERAL,
        allowedMentions: NO_MENTIONS,
      });
      return;
    }
    await replyAndRecord(interaction, { embeds: [sourceEmbed(fact, context)], components: [], factIds: [fact.id] }, context, {
      flags: await visibilityFlags(context, interaction.guildId),
    });
  },
  async autocomplete(interaction, context) {
    await interaction.respond(factChoices(context.store.facts, interaction.options.getFocused()));
  },
} satisfies SlashCommand;
