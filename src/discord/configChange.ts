import type { ChatInputCommandInteraction } from 'discord.js';
import { UserFacingError } from '../answers/errors.js';
import type { GuildSettings } from '../settings/guildSettings.js';
import type { BotContext } from './botContext.js';

const MAX_CHANNELS = 25;

export function describeSettings(settings: GuildSettings): string {
  const channels =
    settings.answerChannels.length === 0
      ? 'none (I answer only when mentioned)'
      : settings.answerChannels.map((id) => `<#${id}>`).join(', ');
  const pins = Object.keys(settings.summaryPins);
  return [
    `**Answer channels:** ${channels}`,
    `**Visibility:** ${settings.visibility}`,
    `**Pinned summaries:** ${pins.length === 0 ? 'none' : pins.map((id) => `<#${id}>`).join(', ')}`,
    `**Report channel:** ${settings.reportChannel === null ? 'none (reports are kept for `/config reports list`)' : `<#${settings.reportChannel}>`}`,
  ].join('\n');
}

/** Applies one /config subcommand and says what it did. */
export async function configChange(interaction: ChatInputCommandInteraction, guildId: string, { settings }: BotContext): Promise<string> {
  const group = interaction.options.getSubcommandGroup(false);
  const sub = interaction.options.getSubcommand(true);
  if (group === 'channels' && sub === 'list') return describeSettings(await settings.get(guildId)).split('\n')[0] as string;
  if (group === 'channels') {
    const channel = interaction.options.getChannel('channel', true);
    const current = await settings.get(guildId);
    const listed = current.answerChannels.includes(channel.id);
    if (sub === 'add') {
      if (listed) return `I already answer plain questions in <#${channel.id}>.`;
      if (current.answerChannels.length >= MAX_CHANNELS)
        throw new UserFacingError(`I can answer in at most ${MAX_CHANNELS} channels; remove one first.`);
      await settings.update(guildId, (value) => ({ ...value, answerChannels: [...value.answerChannels, channel.id] }));
      return `I'll answer plain questions in <#${channel.id}>. Unanswerable ones stay silent there unless I'm mentioned.`;
    }
    if (!listed) return `<#${channel.id}> was not one of my answer channels.`;
    await settings.update(guildId, (value) => ({ ...value, answerChannels: value.answerChannels.filter((id) => id !== channel.id) }));
    return `I'll no longer answer plain questions in <#${channel.id}> (mentions still work).`;
  }
  if (sub === 'visibility') {
    const mode = interaction.options.getString('mode', true) === 'ephemeral' ? 'ephemeral' : 'public';
    await settings.update(guildId, (value) => ({ ...value, visibility: mode }));
    return mode === 'ephemeral'
      ? 'Command answers are now shown only to the person who asked.'
      : 'Command answers are now shown to everyone.';
  }
  if (sub === 'reset') {
    await settings.reset(guildId);
    return `Settings restored to the defaults.\n${describeSettings(await settings.get(guildId))}`;
  }
  return describeSettings(await settings.get(guildId));
}
