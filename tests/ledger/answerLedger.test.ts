import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createAnswerLedger } from '../../src/ledger/answerLedger.js';
import type { LedgerEntry } from '../../src/ledger/ledgerEntry.js';
import { openKeyv } from '../../src/settings/openKeyv.js';
import { captureLogs } from '../support/captureLogs.js';
import { freshGuildId, testRedisUrl } from '../support/testRedis.js';

const redisUrl = testRedisUrl();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function sqliteUrl(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'factdesk-ledger-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return `sqlite://${path.join(dir, 'ledger.sqlite')}`;
}

async function ledgerAt(url: string, ttlMs: number, now?: () => number) {
  const keyv = await openKeyv(url);
  const ledger = createAnswerLedger(keyv, captureLogs().logger, { ttlMs, ...(now === undefined ? {} : { now }) });
  cleanups.push(() => keyv.disconnect());
  return { ledger, keyv };
}

const entry = (guildId: string, messageId: string, fields: Partial<LedgerEntry> = {}): LedgerEntry => ({
  kind: 'reply',
  guildId,
  channelId: '210000000000000001',
  messageId,
  cited: [{ id: 'casualties.security-forces-killed', hash: 'abcdef012345' }],
  storeVersion: 1,
  postedAt: Date.now(),
  editableUntil: null,
  notes: [],
  ...fields,
});

const ours = (entries: LedgerEntry[], guildId: string) => entries.filter((found) => found.guildId === guildId);

describe.each([
  ['SQLite', async () => sqliteUrl()],
  ['Redis', async () => redisUrl as string],
])('the answer ledger in %s', (name, url) => {
  const run = name === 'Redis' && redisUrl === undefined ? test.skip : test;

  run('GIVEN recorded answers THEN all of them are listed with what they cited', async () => {
    const { ledger } = await ledgerAt(await url(), 60_000);
    const guildId = freshGuildId();
    await ledger.record(entry(guildId, '400000000000000001'));
    await ledger.record(entry(guildId, '400000000000000002', { kind: 'digest', cited: [] }));
    const listed = ours(await ledger.entries(), guildId);
    expect(listed.map((found) => found.messageId).sort()).toEqual(['400000000000000001', '400000000000000002']);
    expect(await ledger.get({ guildId, messageId: '400000000000000001' })).toMatchObject({
      cited: [{ id: 'casualties.security-forces-killed' }],
    });
  });

  run('GIVEN the expiry has passed THEN the entry is gone, and rewriting it does not extend its life', async () => {
    const { ledger } = await ledgerAt(await url(), 400);
    const guildId = freshGuildId();
    const posted = entry(guildId, '400000000000000003');
    await ledger.record(posted);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await ledger.record({ ...posted, notes: ['**Corrected on 2026-11-20:** …'] });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(ours(await ledger.entries(), guildId)).toEqual([]);
    expect(await ledger.get({ guildId, messageId: posted.messageId })).toBeUndefined();
  });

  run('GIVEN an entry that no longer parses THEN it is dropped and the rest are listed', async () => {
    const { ledger, keyv } = await ledgerAt(await url(), 60_000);
    const guildId = freshGuildId();
    await keyv.set(`ledger:${guildId}:400000000000000004`, { kind: 'nonsense' });
    await ledger.record(entry(guildId, '400000000000000005'));
    expect(ours(await ledger.entries(), guildId).map((found) => found.messageId)).toEqual(['400000000000000005']);
    expect(await keyv.get(`ledger:${guildId}:400000000000000004`)).toBeUndefined();
  });

  run('GIVEN a command reply known by its interaction THEN it is found by that, and a later page turn keeps one entry', async () => {
    const { ledger } = await ledgerAt(await url(), 60_000);
    const guildId = freshGuildId();
    const reply = entry(guildId, '', { kind: 'interaction', interactionId: '420000000000000001' });
    delete reply.messageId;
    await ledger.record(reply);
    expect(await ledger.get({ guildId, interactionId: '420000000000000001', messageId: '430000000000000001' })).toMatchObject({
      interactionId: '420000000000000001',
    });
    await ledger.record({ ...reply, messageId: '430000000000000001', cited: [] });
    const listed = ours(await ledger.entries(), guildId);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ messageId: '430000000000000001', cited: [] });
    expect(await ledger.get({ guildId, messageId: '430000000000000001' })).toBeUndefined();
  });

  run('GIVEN hundreds of answers at once THEN every one is stored, with its text intact, and a forgotten one is not', async () => {
    const { ledger } = await ledgerAt(await url(), 60_000);
    const guildId = freshGuildId();
    const messageIds = Array.from({ length: 600 }, (_, index) => String(410000000000000000n + BigInt(index)));
    const question = 'Who said "shoot to kill"? \\ 😀 \n Токаев';
    const recorded = messageIds.map((messageId) => ledger.record(entry(guildId, messageId, { question })));
    const forgotten = ledger.forget({ guildId, messageId: messageIds[0] as string });
    expect(await Promise.all(recorded)).toEqual(messageIds.map(() => true));
    await forgotten;
    const listed = ours(await ledger.entries(), guildId);
    expect(listed).toHaveLength(599);
    expect(listed.every((found) => found.question === question)).toBe(true);
    expect(await ledger.get({ guildId, messageId: messageIds[0] as string })).toBeUndefined();
  });

  run('GIVEN answers still waiting for their batch THEN a flush stores them for the next process', async () => {
    const storeUrl = await url();
    const { ledger } = await ledgerAt(storeUrl, 60_000);
    const guildId = freshGuildId();
    void ledger.record(entry(guildId, '400000000000000009'));
    void ledger.record(entry(guildId, '400000000000000010'));
    await ledger.flush();
    const { ledger: next } = await ledgerAt(storeUrl, 60_000);
    expect(
      ours(await next.entries(), guildId)
        .map((found) => found.messageId)
        .sort(),
    ).toEqual(['400000000000000009', '400000000000000010']);
  });

  run('GIVEN settings and reports in the same store THEN the ledger lists only its own entries and leaves theirs alone', async () => {
    const { ledger, keyv } = await ledgerAt(await url(), 60_000);
    const guildId = freshGuildId();
    await keyv.set(`guild:${guildId}`, { visibility: 'ephemeral' });
    await ledger.record(entry(guildId, '400000000000000008'));
    expect(ours(await ledger.entries(), guildId)).toHaveLength(1);
    expect(await keyv.get(`guild:${guildId}`)).toEqual({ visibility: 'ephemeral' });
  });
});

test('GIVEN an unreachable store THEN recording fails quietly, logged once, and the answer is not held up', async () => {
  const logs = captureLogs();
  const keyv = await openKeyv('redis://127.0.0.1:1');
  const ledger = createAnswerLedger(keyv, logs.logger, { ttlMs: 60_000 });
  cleanups.push(() => keyv.disconnect().catch(() => undefined));
  const started = Date.now();
  expect(await ledger.record(entry(freshGuildId(), '400000000000000006'))).toBe(false);
  expect(await ledger.record(entry(freshGuildId(), '400000000000000007'))).toBe(false);
  expect(Date.now() - started).toBeLessThan(3_000);
  expect(logs.lines().filter((line) => String(line.msg).startsWith('answer ledger:'))).toHaveLength(1);
});
