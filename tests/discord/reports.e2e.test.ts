import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Harness } from '../support/botHarness.js';
import {
  ADMIN_PERMISSIONS,
  ADMIN_USER,
  CHANNELS,
  GUILD_ID,
  messageBodies,
  MEMBER_PERMISSIONS,
  startBotHarness,
} from '../support/botHarness.js';
import type { StoredMessage } from '../support/discord/startDiscordStandIn.js';

// "Report a problem" on every answer: a form, the report to the moderators with the question, the answer and the
// cited facts, one report per user per cooldown, and every report kept for /config reports list.

const MODAL = 9;
const EPHEMERAL = 64;
const reporter = { id: '300000000000000031', username: 'careful-reader' };
const another = { id: '300000000000000032', username: 'second-reader' };
const member = { guildId: GUILD_ID, channelId: CHANNELS.general, permissions: MEMBER_PERMISSIONS };
const admin = { ...member, permissions: ADMIN_PERMISSIONS, user: ADMIN_USER };

let harness: Harness;
beforeAll(async () => {
  harness = await startBotHarness();
}, 30_000);
afterAll(() => harness.close());

const askAndGetMessage = async (question: string): Promise<StoredMessage> => {
  await harness.standIn.interact({ ...member, kind: 'slash', name: 'ask', options: { question } });
  const message = harness.standIn.channelMessages(CHANNELS.general).at(-1);
  if (message === undefined) throw new Error('no answer posted');
  return message;
};
const reportButton = (message: StoredMessage) =>
  (message.components ?? []).flatMap((row: any) => row.components).find((component: any) => component.label === 'Report a problem');
const pressReport = (message: StoredMessage, user = reporter) =>
  harness.standIn.interact({ ...member, user, kind: 'button', customId: 'report', message });
const submit = (message: StoredMessage, whatIsWrong: string, user = reporter) =>
  harness.standIn.interact({ ...member, user, kind: 'modal', customId: `report:${message.id}`, fields: { what: whatIsWrong }, message });
const config = (subcommand: string, options: Record<string, string> = {}) =>
  harness.standIn.interact({ ...admin, kind: 'slash', name: 'config', subcommandGroup: 'reports', subcommand, options });

describe('report a problem', () => {
  let answer: StoredMessage;
  beforeAll(async () => {
    answer = await askAndGetMessage('How many law enforcement officers were killed?');
  });

  test('GIVEN an answer from /ask THEN it carries a "Report a problem" button', () => {
    expect(reportButton(answer)).toMatchObject({ custom_id: 'report' });
  });

  test('GIVEN /facts, /source, /timeline and /summary THEN each answer carries the button too', async () => {
    for (const [name, options] of [
      ['facts', { topic: 'casualties' }],
      ['source', { fact: 'internet.blackout' }],
      ['timeline', {}],
      ['summary', {}],
    ] as const) {
      const result = await harness.standIn.interact({ ...member, kind: 'slash', name, options });
      const buttons = (result.data.components ?? []).flatMap((row: any) => row.components).map((button: any) => button.label);
      expect(buttons, name).toContain('Report a problem');
    }
  });

  test('GIVEN the button THEN a short form asks what is wrong', async () => {
    const shown = await pressReport(answer);
    expect(shown.type).toBe(MODAL);
    expect(shown.data.custom_id).toBe(`report:${answer.id}`);
    expect(JSON.stringify(shown.data.components)).toContain('What is wrong?');
  });

  test('GIVEN no report channel THEN the report is kept and /config reports list shows it with the cited facts', async () => {
    const thanks = await submit(answer, 'The number is “at least eight”, please keep the qualifier');
    expect(thanks.data.flags).toBe(EPHEMERAL);
    expect(thanks.data.content).toContain('Thank you');
    expect(thanks.data.content).toContain('`casualties.law-enforcement-killed-at-least-eight`');
    const list = await config('list');
    expect(list.data.flags).toBe(EPHEMERAL);
    const shown = JSON.stringify(list.data.embeds);
    expect(shown).toContain('careful-reader');
    expect(shown).toContain('keep the qualifier');
    // The version comes from the answer ledger, which knows the reply by the interaction it answered.
    const hash = harness.bot.context.store.facts.find((fact) => fact.id === 'casualties.law-enforcement-killed-at-least-eight')?.hash;
    expect(shown).toContain(`casualties.law-enforcement-killed-at-least-eight\` (version ${hash})`);
    expect(shown).toContain(answer.id);
  });

  test('GIVEN a second report within the cooldown THEN the button and the form both refuse politely', async () => {
    const pressed = await pressReport(answer);
    expect(pressed.data.flags).toBe(EPHEMERAL);
    expect(pressed.data.content).toMatch(/you can send another in \d+ min/);
    const sent = await submit(answer, 'another problem');
    expect(sent.data.content).toMatch(/you can send another in/);
    const list = await config('list');
    expect(JSON.stringify(list.data.embeds)).not.toContain('another problem');
  });

  test('GIVEN a report channel THEN the report reaches it with the question, the answer, the fact ids and the reporter, pinging nobody', async () => {
    const set = await config('channel', { channel: CHANNELS.news });
    expect(set.data.content).toContain(`<#${CHANNELS.news}>`);
    const before = harness.standIn.channelMessages(CHANNELS.news).length;
    const thanks = await submit(answer, '@everyone the count is wrong <@&123456789012345678>', another);
    expect(thanks.data.content).toContain('Thank you');
    const posted = harness.standIn.channelMessages(CHANNELS.news).slice(before);
    expect(posted).toHaveLength(1);
    const embed = JSON.stringify(posted[0]?.embeds);
    expect(embed).toContain('How many law enforcement officers were killed?');
    expect(embed).toContain('casualties.law-enforcement-killed-at-least-eight');
    expect(embed).toContain(`<@${another.id}>`);
    expect(embed).not.toContain('@everyone');
    expect(embed).not.toMatch(/<@&\d+>/);
    for (const { body } of messageBodies(harness.standIn)) expect(body.allowed_mentions).toMatchObject({ parse: [] });
  });

  test('GIVEN the report channel is cleared THEN reports are kept again, and show says so', async () => {
    const cleared = await config('channel');
    expect(cleared.data.content).toContain('no longer posted');
    const show = await harness.standIn.interact({ ...admin, kind: 'slash', name: 'config', subcommand: 'show' });
    expect(show.data.content).toContain('**Report channel:** none');
  });

  test('GIVEN a member THEN /config reports list is refused', async () => {
    const refused = await harness.standIn.interact({
      ...member,
      kind: 'slash',
      name: 'config',
      subcommandGroup: 'reports',
      subcommand: 'list',
    });
    expect(refused.data.content).toContain('Manage Server');
  });

  test('GIVEN a free-text answer THEN its button opens the same form', async () => {
    await harness.standIn.interact({
      ...admin,
      kind: 'slash',
      name: 'config',
      subcommandGroup: 'channels',
      subcommand: 'add',
      options: { channel: CHANNELS.answers },
    });
    await harness.say(CHANNELS.answers, 'why did the protests start?');
    await harness.standIn.waitForRequest(
      (request) => request.method === 'POST' && request.path === `/channels/${CHANNELS.answers}/messages`,
      5_000,
    );
    const reply = harness.standIn.channelMessages(CHANNELS.answers).at(-1) as StoredMessage;
    expect(reportButton(reply)).toBeDefined();
    const third = { id: '300000000000000033', username: 'third-reader' };
    const shown = await harness.standIn.interact({
      guildId: GUILD_ID,
      channelId: CHANNELS.answers,
      user: third,
      kind: 'button',
      customId: 'report',
      message: reply,
    });
    expect(shown.type).toBe(MODAL);
  });
});
