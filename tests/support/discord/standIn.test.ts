// Proves the Discord stand-in against a bare discord.js Client: if these pass, the bot's end-to-end tests exercise
// the same REST and gateway traffic discord.js would exchange with Discord.
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Events, GatewayIntentBits, InteractionResponseType, MessageFlags } from 'discord.js';
import type { Interaction, TextChannel } from 'discord.js';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startDiscordStandIn } from './startDiscordStandIn.js';
import type { DiscordStandIn, RecordedRequest } from './startDiscordStandIn.js';

const APPLICATION_ID = '900000000000000001';
const GUILD_ID = '900000000000000010';
const CHANNEL_ID = '900000000000000011';
const TOKEN = 'test-token';
const where = { guildId: GUILD_ID, channelId: CHANNEL_ID };
const isCallback = (request: RecordedRequest): boolean => /^\/interactions\/\d+\/[^/]+\/callback$/.test(request.path);

let standIn: DiscordStandIn;
let client: Client;

async function loggedInClient(): Promise<Client> {
  const bare = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiUrl } });
  await Promise.all([once(bare, Events.ClientReady), bare.login(TOKEN)]);
  return bare;
}

/** Answers interactions the way a command handler would; errors surface in the test instead of vanishing. */
function onInteraction(handle: (interaction: Interaction) => Promise<unknown>): void {
  client.on(Events.InteractionCreate, (interaction) => {
    handle(interaction).catch((error: unknown) => console.error('handler failed', error));
  });
}

beforeEach(async () => {
  standIn = await startDiscordStandIn({
    applicationId: APPLICATION_ID,
    botUser: { id: APPLICATION_ID, username: 'factdesk' },
    guilds: [{ id: GUILD_ID, name: 'Test guild', ownerId: '900000000000000099', channels: [{ id: CHANNEL_ID, name: 'general' }] }],
    token: TOKEN,
  });
  client = await loggedInClient();
  await standIn.ready();
});

afterEach(async () => {
  await client.destroy();
  await standIn.close();
});

describe('Discord stand-in with a bare discord.js client', () => {
  test('GIVEN a logged-in client THEN it identified with its intents and cached the guild and channel', () => {
    expect(standIn.identifyCount).toBe(1);
    expect(standIn.lastIdentify?.intents).toBe(GatewayIntentBits.Guilds);
    expect(client.guilds.cache.get(GUILD_ID)?.name).toBe('Test guild');
    expect(client.channels.cache.get(CHANNEL_ID)?.isTextBased()).toBe(true);
  });

  test('GIVEN a slash command answered with reply THEN interact resolves with the callback body', async () => {
    onInteraction(async (interaction) => {
      if (interaction.isChatInputCommand() && interaction.commandName === 'ping') {
        await interaction.reply({ content: 'pong', allowedMentions: { parse: [] } });
      }
    });

    const result = await standIn.interact({ kind: 'slash', name: 'ping', ...where });

    expect(result.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(result.data.content).toBe('pong');
    expect(result.data.allowed_mentions.parse).toEqual([]);
    expect(standIn.channelMessages(CHANNEL_ID).map((message) => message.content)).toEqual(['pong']);
  });

  test('GIVEN channel.send and message.pin THEN the message is stored and pinned', async () => {
    const channel = client.channels.cache.get(CHANNEL_ID) as TextChannel;

    const sent = await channel.send('The curfew ended on 19 January.');
    await sent.pin();

    const [stored] = standIn.channelMessages(CHANNEL_ID);
    expect(stored?.content).toBe('The curfew ended on 19 January.');
    expect(stored?.author.id).toBe(APPLICATION_ID);
    expect(standIn.pins(CHANNEL_ID)).toEqual([sent.id]);
  });

  test('GIVEN a message with a file THEN the multipart payload_json and the file are recorded', async () => {
    const channel = client.channels.cache.get(CHANNEL_ID) as TextChannel;

    await channel.send({ content: 'sources', files: [{ attachment: Buffer.from('1. Reuters'), name: 'sources.txt' }] });

    const request = await standIn.waitForRequest((each) => each.method === 'POST' && each.path.endsWith('/messages'));
    expect(request.body.content).toBe('sources');
    expect(request.files.map((file) => [file.name, file.text])).toEqual([['sources.txt', '1. Reuters']]);
    expect(standIn.channelMessages(CHANNEL_ID)[0]?.attachments[0]?.filename).toBe('sources.txt');
  });

  test('GIVEN a 429 on the interaction callback THEN discord.js waits, retries and answers once', async () => {
    onInteraction(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('pong');
    });
    standIn.rateLimitNext('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, 300);

    const result = await standIn.interact({ kind: 'slash', name: 'ping', ...where });

    expect(result.data.content).toBe('pong');
    expect(standIn.requests.filter(isCallback).map((request) => request.status)).toEqual([429, 204]);
  });

  test('GIVEN the connection drops while a user runs a command THEN the client resumes and answers the replayed interaction', async () => {
    onInteraction(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('still here');
    });

    standIn.dropConnection();
    // Dispatched while the bot is away: it can only arrive through the RESUME replay.
    const result = await standIn.interact({ kind: 'slash', name: 'ping', ...where });

    expect(result.data.content).toBe('still here');
    expect(standIn.resumeCount).toBe(1);
    expect(standIn.identifyCount).toBe(1);
  });

  test('GIVEN the gateway closes with 4004 THEN discord.js reports the failure and does not reconnect', async () => {
    const shardError = once(client, Events.ShardError);
    const disconnected = once(client, Events.ShardDisconnect);

    standIn.closeWith(4004);

    const [error] = await shardError;
    const [event] = await disconnected;
    expect((error as Error).message).toBe('Authentication failed');
    expect(event.code).toBe(4004);
    await sleep(1_000); // @discordjs/ws reconnects after 500 ms when it means to
    expect(standIn.identifyCount).toBe(1);
    expect(standIn.resumeCount).toBe(0);
  });

  test('GIVEN an autocomplete interaction THEN the choices come back as callback type 8', async () => {
    onInteraction(async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused().toLowerCase();
      const places = ['Almaty', 'Astana', 'Taldykorgan'].filter((place) => place.toLowerCase().startsWith(typed));
      await interaction.respond(places.map((place) => ({ name: place, value: place })));
    });

    const result = await standIn.interact({ kind: 'autocomplete', name: 'ask', options: { place: 'a' }, focused: 'place', ...where });

    expect(result.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(result.data.choices).toEqual([
      { name: 'Almaty', value: 'Almaty' },
      { name: 'Astana', value: 'Astana' },
    ]);
  });

  test('GIVEN a deferred ephemeral reply THEN editReply replaces the thinking message and followUp adds one', async () => {
    onInteraction(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply('answer');
      await interaction.followUp({ content: 'sources', flags: MessageFlags.Ephemeral });
    });

    const result = await standIn.interact({ kind: 'slash', name: 'ask', options: { question: 'When?' }, ...where });
    const followUp = await standIn.waitForRequest((request) => request.method === 'POST' && request.path.startsWith('/webhooks/'));

    expect(result.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const original = await standIn.waitForRequest((request) => request.method === 'PATCH' && request.path.endsWith('/@original'));
    expect(original.body.content).toBe('answer');
    expect(followUp.body.content).toBe('sources');
    expect(standIn.channelMessages(CHANNEL_ID)).toEqual([]); // ephemeral replies are not in channel history
  });

  test('GIVEN a wrong token THEN login rejects as discord.js does against Discord', async () => {
    const intruder = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiUrl } });
    try {
      await expect(intruder.login('wrong-token')).rejects.toThrow(/invalid token/i);
    } finally {
      await intruder.destroy();
    }
  });
});
