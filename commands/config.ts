import { ChannelType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { EPHEMERAL } from '../src/discord/replyFlags.js';
import { NO_MENTIONS } from '../src/discord/safeText.js';
import { configChange } from '../src/discord/configChange.js';
import { listReports, setReportChannel } from '../src/discord/configReports.js';
import { reloadOtherShards } from '../src/discord/corrections/reloadOtherShards.js';
import { describeReload } from '../src/discord/describeReload.js';

export default {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('config')
    .setDescription('Where and how the bot answers in this server (admins)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setDMPermission(false)
    .addSubcommandGroup((group) =>
      group
        .setName('channels')
        .setDescription('Channels where plain questions are answered without a mention')
        .addSubcommand((sub) =>
          sub
            .setName('add')
            .setDescription('Answer plain questions in a channel')
            .addChannelOption((option) =>
              option.setName('channel').setDescription('The channel').setRequired(true).addChannelTypes(ChannelType.GuildText),
            ),
        )
        .addSubcommand((sub) =>
          sub
            .setName('remove')
            .setDescription('Stop answering plain questions in a channel')
            .addChannelOption((option) =>
              option.setName('channel').setDescription('The channel').setRequired(true).addChannelTypes(ChannelType.GuildText),
            ),
        )
        .addSubcommand((sub) => sub.setName('list').setDescription('List the channels')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('visibility')
        .setDescription('Whether command answers are shown to everyone or only to the asker')
        .addStringOption((option) =>
          option
            .setName('mode')
            .setDescription('public or ephemeral')
            .setRequired(true)
            .addChoices({ name: 'public', value: 'public' }, { name: 'ephemeral', value: 'ephemeral' }),
        ),
    )
    .addSubcommandGroup((group) =>
      group
        .setName('reports')
        .setDescription('Where “Report a problem” reports go, and the latest ones')
        .addSubcommand((sub) =>
          sub
            .setName('channel')
            .setDescription('Post reports in a channel (leave the channel out to stop posting them)')
            .addChannelOption((option) =>
              option
                .setName('channel')
                .setDescription('The moderators’ channel')
                .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
            ),
        )
        .addSubcommand((sub) => sub.setName('list').setDescription('Show the latest reports')),
    )
    .addSubcommand((sub) =>
      sub.setName('reload-facts').setDescription('Read the fact store again and correct earlier answers whose facts changed'),
    )
    .addSubcommand((sub) => sub.setName('show').setDescription('Show this server’s settings'))
    .addSubcommand((sub) => sub.setName('reset').setDescription('Restore the default settings')),
  async execute(interaction, context) {
    // The default permission can be overridden by a server; the bot checks again itself.
    if (interaction.guildId === null || interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) !== true) {
      await interaction.reply({ content: 'Only members with the **Manage Server** permission can change my settings.', ...EPHEMERAL });
      return;
    }
    const group = interaction.options.getSubcommandGroup(false);
    const sub = interaction.options.getSubcommand(true);
    if (group === 'reports' && sub === 'list') {
      await interaction.reply({ embeds: [await listReports(interaction.guildId, context)], ...EPHEMERAL, allowedMentions: NO_MENTIONS });
      return;
    }
    if (sub === 'reload-facts') {
      // Correcting earlier answers can take longer than Discord's three seconds.
      await interaction.deferReply(EPHEMERAL);
      const outcome = await context.reloadFacts();
      const otherShards = outcome.ok ? await reloadOtherShards(interaction.client) : 0;
      await interaction.editReply({ content: describeReload(outcome, interaction.guildId, otherShards), allowedMentions: NO_MENTIONS });
      return;
    }
    const content =
      group === 'reports'
        ? await setReportChannel(interaction, interaction.guildId, context)
        : await configChange(interaction, interaction.guildId, context);
    await interaction.reply({ content, ...EPHEMERAL, allowedMentions: NO_MENTIONS });
  },
} satisfies SlashCommand;
