import { ChannelType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { postSummary } from '../src/discord/postSummary.js';
import { visibilityFlags } from '../src/discord/replyFlags.js';
import { replyAndRecord } from '../src/discord/ledger/replyAndRecord.js';
import { digestMessage } from '../src/discord/render/digestMessage.js';

export default {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('summary')
    .setDescription('An overview of the key figures with their sources; pin it to keep it in view')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
    .addBooleanOption((option) => option.setName('pin').setDescription('Post and pin it (again: update the pinned one)'))
    .addChannelOption((option) =>
      option
        .setName('channel')
        .setDescription('Where to pin it (default: here)')
        .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
    ),
  async execute(interaction, context) {
    if (interaction.options.getBoolean('pin') !== true) {
      await replyAndRecord(interaction, digestMessage(context.store), context, {
        flags: await visibilityFlags(context, interaction.guildId),
      });
      return;
    }
    await postSummary(interaction, interaction.options.getChannel('channel')?.id ?? interaction.channelId, context);
  },
} satisfies SlashCommand;
