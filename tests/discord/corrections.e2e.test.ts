import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Harness } from '../support/botHarness.js';
import {
  addAnswerChannel,
  ADMIN_PERMISSIONS,
  ADMIN_USER,
  CHANNELS,
  GUILD_ID,
  MEMBER_PERMISSIONS,
  startBotHarness,
} from '../support/botHarness.js';
import { copyDataDir, DATA_DIR } from '../support/dataDir.js';
import type { RecordedRequest, StoredMessage } from '../support/discord/startDiscordStandIn.js';
import { reviseFact } from '../support/reviseFacts.js';

// Corrections reaching earlier answers: the bot remembers what each message cited, and when a fact changes between
// two starts (or on /config reload-facts) it edits what it still can and counts what it cannot.

const COUNTED = 'casualties.law-enforcement-killed-at-least-eight';
const COUNT_QUESTION = 'How many law enforcement officers were killed?';
const RESIGNED = 'government.resigned';
const RESIGNED_QUESTION = 'Did the government resign?';
const SIXTEEN_MINUTES = 16 * 60_000;
/** The shipped store's version: each revision below makes the next one. */
const SHIPPED_VERSION: number = JSON.parse(readFileSync(path.join(DATA_DIR, 'store.json'), 'utf8')).version.number;

const member = { guildId: GUILD_ID, channelId: CHANNELS.general, permissions: MEMBER_PERMISSIONS };
const admin = { ...member, permissions: ADMIN_PERMISSIONS, user: ADMIN_USER };

let harness: Harness;
let data: Awaited<ReturnType<typeof copyDataDir>>;

beforeAll(async () => {
  data = await copyDataDir();
  harness = await startBotHarness({}, { dataDir: data.dir });
  await addAnswerChannel(harness.standIn, CHANNELS.answers);
}, 30_000);
afterAll(async () => {
  await harness.close();
  await data.remove();
});

/** The interaction each command reply answered: the bot knows a reply by it, and edits it through its token. */
const answered = new Map<string, { id: string; token: string }>();
const interactionOf = (message: StoredMessage) => {
  const interaction = answered.get(message.id);
  if (interaction === undefined) throw new Error(`${message.id} is not a command reply`);
  return interaction;
};
const ask = async (question: string): Promise<StoredMessage> => {
  const reply = await harness.standIn.interact({ ...member, kind: 'slash', name: 'ask', options: { question } });
  expect(JSON.stringify(reply.data.embeds)).not.toBe('[]');
  const message = harness.standIn.channelMessages(CHANNELS.general).at(-1);
  if (message === undefined) throw new Error('no reply posted');
  answered.set(message.id, { id: reply.interaction.id, token: reply.interaction.token });
  return message;
};
const askInAnswerChannel = async (question: string): Promise<StoredMessage> => {
  const before = harness.standIn.requests.length;
  await harness.say(CHANNELS.answers, question);
  const post = await harness.standIn.waitForRequest(
    (request) =>
      harness.standIn.requests.indexOf(request) >= before &&
      request.method === 'POST' &&
      request.path === `/channels/${CHANNELS.answers}/messages`,
    5_000,
  );
  expect(post.status).toBe(200);
  const message = harness.standIn.channelMessages(CHANNELS.answers).at(-1);
  if (message === undefined) throw new Error('no reply posted');
  return message;
};
const edits = (message: StoredMessage): RecordedRequest[] =>
  harness.standIn.requests.filter(
    (request) =>
      request.method === 'PATCH' &&
      (request.path.endsWith(`/messages/${message.id}`) ||
        (answered.has(message.id) && request.path.endsWith(`/${interactionOf(message).token}/messages/@original`))),
  );
const cites = (message: StoredMessage | undefined, id: string) => JSON.stringify(message?.embeds ?? []).includes(`\`${id}\``);

describe('a fact corrected between two starts', () => {
  let digest: StoredMessage;
  let freeText: StoredMessage;
  let commandReply: StoredMessage;

  beforeAll(async () => {
    await harness.standIn.interact({ ...admin, channelId: CHANNELS.news, kind: 'slash', name: 'summary', options: { pin: true } });
    digest = harness.standIn.message(harness.standIn.pins(CHANNELS.news)[0] ?? '') as StoredMessage;
    freeText = await askInAnswerChannel(COUNT_QUESTION);
    commandReply = await ask(COUNT_QUESTION);
    await reviseFact(data.dir, COUNTED, (fact) => {
      fact.claim = 'The article reports that at least eight police officers and national guard members have been killed.';
      fact.corrected = { on: '2026-11-20', changed: 'who was killed is spelled out', reason: 'a reader asked which forces' };
    });
    // Sixteen minutes later: the command reply's token has expired, channel messages are still the bot's to edit.
    await harness.restartBot({ now: () => Date.now() + SIXTEEN_MINUTES });
  }, 60_000);

  test('GIVEN the messages THEN each cites the fact that will change', () => {
    expect(cites(freeText, COUNTED)).toBe(true);
    expect(cites(commandReply, COUNTED)).toBe(true);
    expect(JSON.stringify(digest.embeds)).toContain('law enforcement officers have been killed');
    expect(JSON.stringify(digest.embeds)).toContain(`As of store version ${SHIPPED_VERSION} of`);
  });

  test('GIVEN the restart THEN the tally counts the digest and the free-text reply edited and the command reply stale', async () => {
    const tally = await harness.bot.corrected;
    expect(tally).toMatchObject({ edited: 2, stale: 1, failed: 0 });
  });

  test('GIVEN the restart THEN the pinned digest is re-rendered from the new store, as of its version', () => {
    const pinned = harness.standIn.message(digest.id);
    expect(JSON.stringify(pinned?.embeds)).toContain('police officers and national guard members');
    expect(JSON.stringify(pinned?.embeds)).toContain(`As of store version ${SHIPPED_VERSION + 1} of`);
    expect(harness.standIn.pins(CHANNELS.news)).toEqual([digest.id]);
    for (const shown of [digest, pinned]) {
      const buttons = (shown?.components ?? []).flatMap((row: any) => row.components);
      expect(buttons.filter((button: any) => button.custom_id === 'report')).toHaveLength(1);
    }
  });

  test('GIVEN the restart THEN the free-text reply carries a "Corrected on" note naming the fact, and keeps its answer', () => {
    const reply = harness.standIn.message(freeText.id);
    expect(reply?.content).toContain('Corrected on 2026-11-20');
    expect(reply?.content).toContain(`\`${COUNTED}\``);
    expect(reply?.content).toContain('who was killed is spelled out');
    expect(reply?.embeds).toEqual(freeText.embeds);
  });

  test('GIVEN the command reply is older than 15 minutes THEN it is left alone and the skip is logged', () => {
    expect(edits(commandReply)).toHaveLength(0);
    expect(harness.standIn.message(commandReply.id)?.content ?? '').toBe('');
    expect(harness.standIn.message(commandReply.id)?.edited_timestamp).toBeNull();
    const skipped = harness.logs.lines().filter((line) => line.msg === 'an earlier answer cites changed facts but can no longer be edited');
    expect(skipped.map((line) => line.interactionId)).toContain(interactionOf(commandReply).id);
  });

  test('GIVEN the command reply is stale THEN the ledger keeps it, with the versions checked, but no longer its token', async () => {
    const entry = await harness.bot.context.ledger.get({ guildId: GUILD_ID, interactionId: interactionOf(commandReply).id });
    expect(entry?.cited).toContainEqual({ id: COUNTED, hash: harness.bot.context.store.facts.find((fact) => fact.id === COUNTED)?.hash });
    expect(entry?.webhook).toBeUndefined();
  });

  test('GIVEN another restart with no change THEN nothing is edited twice', async () => {
    const editsBefore = harness.standIn.requests.filter((request) => request.method === 'PATCH').length;
    await harness.restartBot({ now: () => Date.now() + SIXTEEN_MINUTES });
    expect(await harness.bot.corrected).toMatchObject({ edited: 0, stale: 0 });
    expect(harness.standIn.requests.filter((request) => request.method === 'PATCH')).toHaveLength(editsBefore);
  }, 30_000);
});

describe('a fact retracted, then /config reload-facts', () => {
  let freeText: StoredMessage;
  let commandReply: StoredMessage;
  let reload: Awaited<ReturnType<Harness['standIn']['interact']>>;

  beforeAll(async () => {
    await harness.restartBot();
    freeText = await askInAnswerChannel(RESIGNED_QUESTION);
    commandReply = await ask(RESIGNED_QUESTION);
    await reviseFact(data.dir, RESIGNED, (fact) => {
      fact.retracted = { on: '2026-11-24', reason: 'the resignation was misreported' };
    });
    reload = await harness.standIn.interact({ ...admin, kind: 'slash', name: 'config', subcommand: 'reload-facts' });
  }, 60_000);

  test('GIVEN the reload THEN the admin hears the new version and how many answers were corrected', async () => {
    const reply = await harness.standIn.waitForRequest(
      (request) => request.method === 'PATCH' && request.path.includes(`/${reload.interaction.token}/messages/@original`),
    );
    expect(reply.body.content).toMatch(new RegExp(`Reloaded the facts: store version ${SHIPPED_VERSION + 2} of \\d{4}-\\d{2}-\\d{2}`));
    // The two replies that cited the fact, and the pinned digest, re-rendered because the store version changed.
    expect(reply.body.content).toContain('Earlier answers in this server: 3 corrected.');
    expect(reply.body.content).toContain('32 facts');
  });

  test('GIVEN the retraction THEN both replies that cited the fact are marked, the command reply through its token', () => {
    for (const message of [freeText, commandReply]) {
      expect(cites(message, RESIGNED)).toBe(true);
      const now = harness.standIn.message(message.id);
      expect(now?.content).toContain('Retracted on 2026-11-24');
      expect(now?.content).toContain(`\`${RESIGNED}\``);
      expect(now?.content).toContain('the resignation was misreported');
    }
    expect(edits(commandReply).length).toBeGreaterThan(0);
    expect(edits(commandReply).every((request) => request.path.startsWith('/webhooks/'))).toBe(true);
  });

  test('GIVEN the retraction THEN new answers no longer cite the fact', async () => {
    const again = await harness.standIn.interact({ ...member, kind: 'slash', name: 'ask', options: { question: RESIGNED_QUESTION } });
    expect(JSON.stringify(again.data.embeds)).not.toContain(`\`${RESIGNED}\``);
  });

  test('GIVEN the retraction THEN /source still finds the fact, marked retracted with the reason', async () => {
    const choices = await harness.standIn.interact({
      ...member,
      kind: 'autocomplete',
      name: 'source',
      focused: 'fact',
      options: { fact: 'resigned' },
    });
    expect(choices.data.choices.map((choice: { name: string }) => choice.name)).toContainEqual(
      expect.stringContaining(`${RESIGNED} (retracted)`),
    );
    const shown = await harness.standIn.interact({ ...member, kind: 'slash', name: 'source', options: { fact: RESIGNED } });
    expect(shown.data.embeds[0].title).toBe(`${RESIGNED} (retracted)`);
    expect(JSON.stringify(shown.data.embeds[0].fields)).toContain('Retracted on 2026-11-24');
  });

  test('GIVEN the corrections THEN no interaction token reached the log', () => {
    expect(harness.logs.text()).not.toContain(reload.interaction.token);
    const tokens = harness.standIn.requests
      .filter((request) => request.path.startsWith('/webhooks/'))
      .map((request) => request.path.split('/')[3]);
    for (const token of tokens) expect(harness.logs.text()).not.toContain(token);
  });

  test('GIVEN an invalid store on disk THEN reload-facts refuses it, says why, and keeps answering', async () => {
    const { writeFile, readFile } = await import('node:fs/promises');
    const storeFile = `${data.dir}/store.json`;
    const good = await readFile(storeFile, 'utf8');
    await writeFile(storeFile, good.replace('"casualties"', '"casualties-typo"'));
    const refused = await harness.standIn.interact({ ...admin, kind: 'slash', name: 'config', subcommand: 'reload-facts' });
    const reply = await harness.standIn.waitForRequest(
      (request) => request.method === 'PATCH' && request.path.includes(`/${refused.interaction.token}/messages/@original`),
    );
    expect(reply.body.content).toContain('kept answering from the current one');
    await writeFile(storeFile, good);
    const answer = await harness.standIn.interact({ ...member, kind: 'slash', name: 'ask', options: { question: COUNT_QUESTION } });
    expect(JSON.stringify(answer.data.embeds)).toContain(COUNTED);
  });
});

describe('a page turned, then a fact on the new page corrected', () => {
  let pageTurn: Awaited<ReturnType<Harness['standIn']['interact']>>;
  let message: StoredMessage;
  let corrected: string;

  beforeAll(async () => {
    const first = await harness.standIn.interact({ ...member, kind: 'slash', name: 'facts', options: { topic: 'violence' } });
    const next = first.data.components[0].components.find((button: { label: string }) => button.label === 'Next');
    message = harness.standIn.channelMessages(CHANNELS.general).at(-1) as StoredMessage;
    pageTurn = await harness.standIn.interact({ ...member, kind: 'button', customId: next.custom_id, message });
    const ids = (result: typeof first) =>
      [...JSON.stringify(result.data.embeds).matchAll(/`([a-z0-9-]+(?:\.[a-z0-9-]+)+)`/g)].map((match) => match[1]);
    const onlyOnPageTwo = ids(pageTurn).find((id) => !ids(first).includes(id));
    if (onlyOnPageTwo === undefined) throw new Error('page 2 shows no fact of its own');
    corrected = onlyOnPageTwo;
    await reviseFact(data.dir, corrected, (fact) => {
      fact.corrected = { on: '2026-11-26', changed: 'the wording was checked', reason: 'a reader asked' };
    });
    await harness.standIn.interact({ ...admin, kind: 'slash', name: 'config', subcommand: 'reload-facts' });
  }, 60_000);

  test('GIVEN the reload THEN the turned page gets one note, through the token of the button that turned it', async () => {
    const edit = await harness.standIn.waitForRequest(
      (request) => request.method === 'PATCH' && request.path.endsWith(`/${pageTurn.interaction.token}/messages/@original`),
    );
    expect(edit.body.content).toContain(`Corrected on 2026-11-26:** \`${corrected}\``);
    const shown = harness.standIn.message(message.id)?.content ?? '';
    expect(shown.split('Corrected on 2026-11-26').length - 1).toBe(1);
  });
});
