import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { aboutEmbed } from '../src/discord/render/aboutEmbed.js';
import { visibilityFlags } from '../src/discord/replyFlags.js';
import { NO_MENTIONS } from '../src/discord/safeText.js';

export default {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('about').setDescription('What this bot is, what it draws on, and how its citations work'),
  async execute(interaction, context) {
    await interaction.reply({
      embeds: [aboutEmbed(context)],
      ...(await visibilityFlags(context, interaction.guildId)),
      allowedMentions: NO_MENTIONS,
    });
  },
} satisfies SlashCommand;
