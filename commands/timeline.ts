import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { visibilityFlags } from '../src/discord/replyFlags.js';
import { timelinePage } from '../src/discord/render/timelinePage.js';
import { replyAndRecord, updateAndRecord } from '../src/discord/ledger/replyAndRecord.js';

export default {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('timeline').setDescription('The events in the order the article reports them, each attributed'),
  async execute(interaction, context) {
    await replyAndRecord(interaction, timelinePage(context.store, 0), context, {
      flags: await visibilityFlags(context, interaction.guildId),
    });
  },
  components: {
    async timeline(interaction, [page], context) {
      await updateAndRecord(interaction, timelinePage(context.store, Number(page)), context);
    },
  },
} satisfies SlashCommand;
