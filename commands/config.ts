import { ChannelType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.js';
import { EPHEMERAL } from '../src/discord/replyFlags.js';
import { NO_MENTIONS } from '../src/discord/safeText.js';
import { configChange } from '../src/discord/configChange.js';

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
    .addSubcommand((sub) => sub.setName('show').setDescription('Show this server’s settings'))
    .addSubcommand((sub) => sub.setName('reset').setDescription('Restore the default settings')),
  async execute(interaction, context) {
    // The default permission can be overridden by a server; the bot checks again itself.
    if (interaction.guildId === null || interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) !== true) {
      await interaction.reply({ content: 'Only members with the **Manage Server** permission can change my settings.', ...EPHEMERAL });
      return;
    }
    const content = await configChange(interaction, interaction.guildId, context);
    await interaction.reply({ content, ...EPHEMERAL, allowedMentions: NO_MENTIONS });
  },
} satisfies SlashCommand;
