import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/guildSettings.js';
import { openKeyv } from '../../src/settings/openKeyv.js';
import { createSettingsStore, SETTINGS_CACHE_MS } from '../../src/settings/settingsStore.js';
import { captureLogs } from '../support/captureLogs.js';

const GUILD = '111111111111111111';
const CHANNEL = '222222222222222222';
let dir: string;
let url: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'factdesk-settings-'));
  url = `sqlite://${path.join(dir, 'nested', 'settings.sqlite')}`;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('settings in SQLite', () => {
  test('GIVEN a new server THEN it gets the defaults', async () => {
    const settings = createSettingsStore(await openKeyv(url), captureLogs().logger);
    expect(await settings.get(GUILD)).toEqual(DEFAULT_SETTINGS);
    await settings.close();
  });

  test('GIVEN a change THEN it survives closing and reopening the file', async () => {
    const first = createSettingsStore(await openKeyv(url), captureLogs().logger);
    await first.update(GUILD, (current) => ({ ...current, answerChannels: [CHANNEL], visibility: 'ephemeral' }));
    await first.close();
    const second = createSettingsStore(await openKeyv(url), captureLogs().logger);
    expect(await second.get(GUILD)).toMatchObject({ answerChannels: [CHANNEL], visibility: 'ephemeral' });
    await second.close();
  });

  test('GIVEN a corrupt stored value THEN that server is reset to the defaults and it is logged', async () => {
    const keyv = await openKeyv(url);
    await keyv.set(`guild:${GUILD}`, { answerChannels: 'not-a-list', visibility: 'loud' });
    const logs = captureLogs();
    const settings = createSettingsStore(keyv, logs.logger);
    expect(await settings.get(GUILD)).toEqual(DEFAULT_SETTINGS);
    expect(logs.lines().some((line) => line.msg === 'corrupt settings reset to defaults' && line.guildId === GUILD)).toBe(true);
    expect(await keyv.get(`guild:${GUILD}`)).toBeUndefined();
    await settings.close();
  });

  test('GIVEN a change made through another process THEN this one sees it once its moment in memory is over', async () => {
    const here = createSettingsStore(await openKeyv(url), captureLogs().logger);
    const elsewhere = createSettingsStore(await openKeyv(url), captureLogs().logger);
    expect((await here.get(GUILD)).visibility).toBe('public');
    await elsewhere.update(GUILD, (current) => ({ ...current, visibility: 'ephemeral' }));
    await new Promise((resolve) => setTimeout(resolve, SETTINGS_CACHE_MS + 50));
    expect((await here.get(GUILD)).visibility).toBe('ephemeral');
    // A change starts from what is stored, not from what this process last read, so it keeps the other's change.
    await elsewhere.update(GUILD, (current) => ({ ...current, answerChannels: [CHANNEL] }));
    expect(await here.update(GUILD, (current) => ({ ...current, reportChannel: CHANNEL }))).toMatchObject({
      visibility: 'ephemeral',
      answerChannels: [CHANNEL],
      reportChannel: CHANNEL,
    });
    await Promise.all([here.close(), elsewhere.close()]);
  });

  test('GIVEN an invalid change THEN it is refused and nothing is stored', async () => {
    const settings = createSettingsStore(await openKeyv(url), captureLogs().logger);
    await expect(settings.update(GUILD, (current) => ({ ...current, answerChannels: ['#general'] }))).rejects.toThrow();
    expect(await settings.get(GUILD)).toEqual(DEFAULT_SETTINGS);
    await settings.close();
  });
});
