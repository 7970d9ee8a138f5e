import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { visibilityFlags } from '../src/discord/replyFlags.js';
import { timelinePage } from '../src/discord/render/timelinePage.js';
import { NO_MENTIONS } from '../src/discord/safeText.js';

export default {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('timeline').setDescription('The events in the order the article reports them, each attributed'),
  async execute(interaction, context) {
    await interaction.reply({
      ...timelinePage(context.store, 0),
      ...(await visibilityFlags(context, interaction.guildId)),
      allowedMentions: NO_MENTIONS,
    });
  },
  components: {
    async timeline(interaction, [page], context) {
      await interaction.update({ ...timelinePage(context.store, Number(page)), allowedMentions: NO_MENTIONS });
    },
  },
} satisfies SlashCommand;
