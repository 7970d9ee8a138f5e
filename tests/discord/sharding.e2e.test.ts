import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADMIN_PERMISSIONS, APPLICATION_ID, TOKEN } from '../support/botHarness.js';
import { startDiscordStandIn } from '../support/discord/startDiscordStandIn.js';
import type { DiscordStandIn } from '../support/discord/startDiscordStandIn.js';
import { spawnCli } from '../support/runCli.js';
import { registerCommands } from '../../src/discord/registerCommands.js';
import { loadCommands } from '../../src/discord/loadCommands.js';
import { copyDataDir } from '../support/dataDir.js';
import { reviseFact } from '../support/reviseFacts.js';
import { testRedisUrl } from '../support/testRedis.js';

const redisUrl = testRedisUrl();
// Discord puts a guild on shard (id >> 22) % shards: this one is on shard 0 of 2, and on shard 1 of 3.
const GUILD = (1_000_000_000_000n << 22n).toString();
const OTHER_GUILD = (1_000_000_000_001n << 22n).toString();
const CHANNEL = '410000000000000001';
const OTHER_CHANNEL = '410000000000000002';

let standIn: DiscordStandIn;
beforeAll(async () => {
  if (redisUrl === undefined) return;
  standIn = await startDiscordStandIn({
    applicationId: APPLICATION_ID,
    botUser: { id: '100000000000000002', username: 'factdesk', bot: true },
    token: TOKEN,
    guilds: [
      { id: GUILD, name: 'Shard test', ownerId: '300000000000000009', channels: [{ id: CHANNEL, name: 'ask' }] },
      { id: OTHER_GUILD, name: 'Other', ownerId: '300000000000000009', channels: [{ id: OTHER_CHANNEL, name: 'general' }] },
    ],
  });
  const env = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: standIn.apiUrl, LOG_LEVEL: 'silent' as const };
  await registerCommands(env, (await loadCommands()).values());
});
afterAll(() => standIn?.close());

function startCluster(shards: number, extraEnv: Record<string, string> = {}) {
  return spawnCli('src/cli/startSharded.ts', {
    env: {
      ...extraEnv,
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: APPLICATION_ID,
      DISCORD_API_URL: standIn.apiUrl,
      KEYV_URL: redisUrl,
      SHARD_COUNT: String(shards),
      SHARD_SPAWN_DELAY_MS: '0',
      LOG_LEVEL: 'info',
    },
  });
}

describe.skipIf(redisUrl === undefined)('npm run start:sharded', () => {
  test('GIVEN two shards over Redis THEN a setting changed through one shard is seen by another after resharding', async () => {
    const two = startCluster(2);
    await standIn.ready(60_000, 2);
    expect(standIn.lastIdentify?.shard?.[1]).toBe(2);
    const added = await standIn.interact(
      {
        guildId: GUILD,
        channelId: CHANNEL,
        permissions: ADMIN_PERMISSIONS,
        kind: 'slash',
        name: 'config',
        subcommandGroup: 'channels',
        subcommand: 'add',
        options: { channel: CHANNEL },
      },
      { timeoutMs: 10_000 },
    );
    expect(added.data.content).toContain(`<#${CHANNEL}>`);
    two.child.kill('SIGTERM');
    expect((await two.done).code).toBe(0);

    const three = startCluster(3);
    try {
      await standIn.ready(60_000, 3);
      const before = standIn.requests.length;
      await standIn.sendMessage({ guildId: GUILD, channelId: CHANNEL, content: 'why did the protests start?' });
      const reply = await standIn.waitForRequest(
        (request) =>
          standIn.requests.indexOf(request) >= before && request.method === 'POST' && request.path === `/channels/${CHANNEL}/messages`,
        10_000,
      );
      expect(JSON.stringify(reply.body.embeds)).toContain('liquefied petroleum gas');
    } finally {
      three.child.kill('SIGTERM');
      await three.done;
    }
  }, 120_000);

  test('GIVEN /config reload-facts on one shard THEN the other shard reloads too and corrects its own server’s answer', async () => {
    const data = await copyDataDir();
    const two = startCluster(2, { DATA_DIR: data.dir });
    try {
      await standIn.ready(60_000, 2);
      // OTHER_GUILD is on shard 1; the admin's reload goes to shard 0.
      const asked = await standIn.interact(
        { guildId: OTHER_GUILD, channelId: OTHER_CHANNEL, kind: 'slash', name: 'ask', options: { question: 'Did the government resign?' } },
        { timeoutMs: 10_000 },
      );
      expect(JSON.stringify(asked.data.embeds)).toContain('`government.resigned`');
      await reviseFact(data.dir, 'government.resigned', (fact) => {
        fact.retracted = { on: '2026-11-24', reason: 'the resignation was misreported' };
      });
      const reload = await standIn.interact(
        { guildId: GUILD, channelId: CHANNEL, permissions: ADMIN_PERMISSIONS, kind: 'slash', name: 'config', subcommand: 'reload-facts' },
        { timeoutMs: 10_000 },
      );
      const told = await standIn.waitForRequest(
        (request) => request.method === 'PATCH' && request.path.includes(reload.interaction.token),
        10_000,
      );
      expect(told.body.content).toContain('The other shard reloads too.');
      const corrected = await standIn.waitForRequest(
        (request) =>
          request.method === 'PATCH' &&
          request.path.includes(asked.interaction.token) &&
          String(request.body?.content).includes('Retracted on'),
        10_000,
      );
      expect(corrected.body.content).toContain('`government.resigned`');
    } finally {
      two.child.kill('SIGTERM');
      await two.done;
      await data.remove();
    }
  }, 120_000);
});
