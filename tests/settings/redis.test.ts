import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/guildSettings.js';
import { openKeyv } from '../../src/settings/openKeyv.js';
import { createSettingsStore, RETRY_AFTER_MS, SETTINGS_CACHE_MS } from '../../src/settings/settingsStore.js';
import { captureLogs } from '../support/captureLogs.js';
import { startTcpProxy } from '../support/tcpProxy.js';
import type { TcpProxy } from '../support/tcpProxy.js';
import { freshGuildId, redisPort, testRedisUrl } from '../support/testRedis.js';

const redisUrl = testRedisUrl();
const CHANNEL = '222222222222222222';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function storeVia(url: string) {
  const logs = captureLogs();
  const settings = createSettingsStore(await openKeyv(url), logs.logger);
  cleanups.push(() => settings.close().catch(() => undefined));
  return { settings, logs };
}

async function proxy(): Promise<TcpProxy> {
  const started = await startTcpProxy(redisPort(redisUrl as string));
  cleanups.push(() => started.close());
  return started;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await wait(100)) if (await check()) return;
  throw new Error('condition not met in time');
}

const outageLogs = (logs: ReturnType<typeof captureLogs>) =>
  logs.lines().filter((line) => line.msg === 'settings store unavailable; answering with default settings');

describe.skipIf(redisUrl === undefined)('settings in a real Redis', () => {
  test('GIVEN two processes’ stores on one Redis THEN a setting written through one is read through the other', async () => {
    const guild = freshGuildId();
    const shardA = await storeVia(redisUrl as string);
    const shardB = await storeVia(redisUrl as string);
    await shardA.settings.update(guild, (current) => ({ ...current, answerChannels: [CHANNEL] }));
    expect((await shardB.settings.get(guild)).answerChannels).toEqual([CHANNEL]);
  });

  test('GIVEN Redis unreachable at start THEN defaults at once, changes refused clearly, one log line; then it recovers', async () => {
    const guild = freshGuildId();
    const path = await proxy();
    await path.cut();
    const { settings, logs } = await storeVia(path.url('redis'));
    expect(await settings.get(guild)).toEqual(DEFAULT_SETTINGS);
    const started = Date.now();
    for (let read = 0; read < 20; read += 1) expect(await settings.get(guild)).toEqual(DEFAULT_SETTINGS);
    expect(Date.now() - started).toBeLessThan(500);
    await expect(settings.update(guild, (current) => ({ ...current, visibility: 'ephemeral' }))).rejects.toThrow('Nothing was changed');
    expect(outageLogs(logs)).toHaveLength(1);
    await path.restore();
    await wait(RETRY_AFTER_MS);
    await eventually(async () => {
      try {
        await settings.update(guild, (current) => ({ ...current, visibility: 'ephemeral' }));
        return true;
      } catch {
        return false;
      }
    });
    expect((await settings.get(guild)).visibility).toBe('ephemeral');
    expect(logs.lines().some((line) => line.msg === 'settings store available again')).toBe(true);
  }, 30_000);

  test('GIVEN Redis lost mid-run THEN defaults while it is gone, and the settings written before are there after', async () => {
    const guild = freshGuildId();
    const path = await proxy();
    const { settings, logs } = await storeVia(path.url('redis'));
    await settings.update(guild, (current) => ({ ...current, answerChannels: [CHANNEL] }));
    await path.cut();
    // What was just written is served from memory for a moment; then the outage shows.
    expect((await settings.get(guild)).answerChannels).toEqual([CHANNEL]);
    await wait(SETTINGS_CACHE_MS);
    expect(await settings.get(guild)).toEqual(DEFAULT_SETTINGS);
    expect(await settings.get(guild)).toEqual(DEFAULT_SETTINGS);
    expect(outageLogs(logs)).toHaveLength(1);
    await path.restore();
    await eventually(async () => (await settings.get(guild)).answerChannels.includes(CHANNEL));
  }, 30_000);
});
