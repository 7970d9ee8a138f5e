import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADMIN_PERMISSIONS, CHANNELS, GUILD_ID, MEMBER_PERMISSIONS, startBotHarness } from '../support/botHarness.js';
import type { Harness } from '../support/botHarness.js';
import { SETTINGS_CACHE_MS } from '../../src/settings/settingsStore.js';
import { startTcpProxy } from '../support/tcpProxy.js';
import type { TcpProxy } from '../support/tcpProxy.js';
import { redisPort, testRedisUrl } from '../support/testRedis.js';

const redisUrl = testRedisUrl();
let proxy: TcpProxy;
let harness: Harness;
beforeAll(async () => {
  if (redisUrl === undefined) return;
  proxy = await startTcpProxy(redisPort(redisUrl));
  harness = await startBotHarness({ KEYV_URL: proxy.url('redis') });
}, 30_000);
afterAll(async () => {
  await harness?.close();
  await proxy?.close();
});

const admin = {
  guildId: GUILD_ID,
  channelId: CHANNELS.general,
  permissions: ADMIN_PERMISSIONS,
  user: { id: '300000000000000002', username: 'admin' },
};
const member = { guildId: GUILD_ID, channelId: CHANNELS.general, permissions: MEMBER_PERMISSIONS };

describe.skipIf(redisUrl === undefined)('the bot over Redis', () => {
  test('GIVEN Redis is lost mid-run THEN the bot keeps answering, refuses changes politely, and the settings are back after', async () => {
    await harness.standIn.interact({ ...admin, kind: 'slash', name: 'config', subcommand: 'reset' });
    await harness.standIn.interact({ ...admin, kind: 'slash', name: 'config', subcommand: 'visibility', options: { mode: 'ephemeral' } });
    await proxy.cut();
    // Settings read a moment ago are still served from memory; after that the bot answers with the defaults.
    await new Promise((resolve) => setTimeout(resolve, SETTINGS_CACHE_MS));
    const answer = await harness.standIn.interact({
      ...member,
      kind: 'slash',
      name: 'ask',
      options: { question: 'Did the government resign?' },
    });
    expect(JSON.stringify(answer.data.embeds)).toContain('resigned');
    expect(answer.data.flags).toBeUndefined();
    const refused = await harness.standIn.interact({
      ...admin,
      kind: 'slash',
      name: 'config',
      subcommand: 'visibility',
      options: { mode: 'public' },
    });
    expect(refused.data.content).toContain('Nothing was changed');
    expect(harness.logs.lines().filter((line) => line.msg === 'settings store unavailable; answering with default settings')).toHaveLength(
      1,
    );
    await proxy.restore();
    for (let waited = 0; waited < 15_000; waited += 250) {
      const show = await harness.standIn.interact({ ...admin, kind: 'slash', name: 'config', subcommand: 'show' });
      if (show.data.content.includes('**Visibility:** ephemeral')) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('the settings written before the loss did not come back');
  }, 40_000);
});
