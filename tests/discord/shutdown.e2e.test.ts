import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registerCommands } from '../../src/discord/registerCommands.js';
import { loadCommands } from '../../src/discord/loadCommands.js';
import { APPLICATION_ID, CHANNELS, GUILD_ID, MEMBER_PERMISSIONS, TOKEN } from '../support/botHarness.js';
import { startDiscordStandIn } from '../support/discord/startDiscordStandIn.js';
import type { DiscordStandIn } from '../support/discord/startDiscordStandIn.js';
import { RESIGNED_ANSWER, startOpenAiStandIn } from '../support/openaiStandIn.js';
import type { OpenAiStandIn } from '../support/openaiStandIn.js';
import { spawnCli } from '../support/runCli.js';

const IN_FLIGHT = 12;
let standIn: DiscordStandIn;
let openai: OpenAiStandIn;

beforeAll(async () => {
  standIn = await startDiscordStandIn({
    applicationId: APPLICATION_ID,
    botUser: { id: '100000000000000002', username: 'factdesk', bot: true },
    token: TOKEN,
    guilds: [{ id: GUILD_ID, name: 'News Club', ownerId: '300000000000000009', channels: [{ id: CHANNELS.general, name: 'general' }] }],
  });
  openai = await startOpenAiStandIn();
  await registerCommands(
    { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: standIn.apiUrl, LOG_LEVEL: 'silent' },
    (await loadCommands()).values(),
  );
});
afterAll(async () => {
  await standIn.close();
  await openai.close();
});

describe('graceful shutdown', () => {
  test('GIVEN SIGTERM while answers are in flight THEN every one is answered, then the bot exits 0', async () => {
    // A slow model keeps each answer in flight, deferred, for a while.
    openai.reply({
      kind: 'delay',
      ms: 1_500,
      then: {
        kind: 'json',
        content: RESIGNED_ANSWER,
      },
    });
    const bot = spawnCli('src/cli/start.ts', {
      env: {
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: APPLICATION_ID,
        DISCORD_API_URL: standIn.apiUrl,
        KEYV_URL: 'sqlite:///tmp/factdesk-shutdown-test.sqlite',
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: openai.baseURL,
        OPENAI_TIMEOUT_MS: '5000',
        RATE_LIMIT_PER_MINUTE: '600',
        LOG_LEVEL: 'info',
      },
    });
    await standIn.ready(30_000);
    const deferred = await Promise.all(
      Array.from({ length: IN_FLIGHT }, (_, index) =>
        standIn.interact({
          guildId: GUILD_ID,
          channelId: CHANNELS.general,
          permissions: MEMBER_PERMISSIONS,
          user: { id: `30000000000000${1000 + index}`, username: `user${index}` },
          kind: 'slash',
          name: 'ask',
          options: { question: 'Did the government resign?' },
        }),
      ),
    );
    expect(deferred.every((result) => result.type === 5)).toBe(true);
    bot.child.kill('SIGTERM');
    const result = await bot.done;
    expect(result.code).toBe(0);
    for (const { interaction } of deferred) {
      const edits = standIn.requests.filter(
        (request) => request.method === 'PATCH' && request.path.includes(interaction.token) && request.status < 300,
      );
      expect(edits).toHaveLength(1);
      expect(edits[0]?.body.embeds[0].description).toContain('resigned');
    }
  }, 60_000);
});
