import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  addAnswerChannel,
  ADMIN_PERMISSIONS,
  CHANNELS,
  GUILD_ID,
  MEMBER_PERMISSIONS,
  messageBodies,
  startBotHarness,
  TOKEN,
} from '../support/botHarness.js';
import type { Harness } from '../support/botHarness.js';
import type { InteractionInput } from '../support/discord/startDiscordStandIn.js';

const EPHEMERAL = 64;
const where = { guildId: GUILD_ID, channelId: CHANNELS.general, permissions: MEMBER_PERMISSIONS };
const admin = { ...where, permissions: ADMIN_PERMISSIONS, user: { id: '300000000000000002', username: 'admin' } };

let harness: Harness;
beforeAll(async () => {
  harness = await startBotHarness();
}, 30_000);
afterAll(() => harness.close());

const slash = (name: string, options: Record<string, string | number | boolean> = {}, extra: Partial<InteractionInput> = {}) =>
  harness.standIn.interact({ ...where, kind: 'slash', name, options, ...extra } as InteractionInput);
const lastBotMessage = (channelId: string) => {
  const messages = harness.standIn.channelMessages(channelId).filter((message) => message.author.id === harness.standIn.botUser.id);
  return messages.at(-1);
};
const fieldsText = (result: { data?: any }) => JSON.stringify(result.data?.embeds ?? []);
async function waitForPosts(channelId: string, after: number, count: number) {
  for (let waited = 0; waited < 5_000; waited += 50) {
    const posts = harness.standIn.requests
      .slice(after)
      .filter((request) => request.method === 'POST' && request.path === `/channels/${channelId}/messages`);
    if (posts.length >= count) return posts;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`fewer than ${count} posts in ${channelId}`);
}

describe('slash commands through discord.js', () => {
  test('GIVEN /facts casualties THEN an embed whose facts name the Interior Ministry and the police spokeswoman', async () => {
    const result = await slash('facts', { topic: 'casualties' });
    expect(result.type).toBe(4);
    const embed = result.data.embeds[0];
    expect(embed.title).toContain('Casualties');
    const names = embed.fields.map((field: { name: string }) => field.name).join('\n');
    expect(names).toContain('Kazakh Interior Ministry');
    expect(names).toContain('Sultanat Azirbek, police spokeswoman');
    expect(result.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test('GIVEN /facts with more facts than fit THEN Next shows the next page in place', async () => {
    const first = await slash('facts', { topic: 'violence' });
    const next = first.data.components[0].components.find((button: { label: string }) => button.label === 'Next');
    const message = lastBotMessage(CHANNELS.general);
    expect(message).toBeDefined();
    const page = await harness.standIn.interact({ ...where, kind: 'button', customId: next.custom_id, message: message! });
    expect(page.type).toBe(7);
    expect(page.data.embeds[0].footer.text).toMatch(/^Page 2 of \d/);
  });

  test.each([
    ['a topic page past the end', 'facts', 'facts:violence:99:n', /^Page (\d+) of \1\b/],
    ['a topic page that is no number', 'facts', 'facts:violence:two:n', /^Page 1 of \d/],
    ['a timeline page that is no number', 'timeline', 'timeline:two:n', /^Page 1 of \d/],
  ])('GIVEN a button for %s THEN the nearest page', async (_, command, customId, footer) => {
    await slash(command, command === 'facts' ? { topic: 'violence' } : {});
    const message = lastBotMessage(CHANNELS.general);
    const page = await harness.standIn.interact({ ...where, kind: 'button', customId, message: message! });
    expect(page.data.embeds[0].footer.text).toMatch(footer);
  });

  test('GIVEN autocomplete on /facts THEN topics match their aliases', async () => {
    const result = await harness.standIn.interact({
      ...where,
      kind: 'autocomplete',
      name: 'facts',
      focused: 'topic',
      options: { topic: 'death' },
    });
    expect(result.type).toBe(8);
    expect(result.data.choices.map((choice: { value: string }) => choice.value)).toContain('casualties');
  });

  test('GIVEN /ask about the airport THEN both Tokayev’s claim and the deputy mayor’s answer, with their sources', async () => {
    const result = await slash('ask', { question: 'What did Tokayev say about the airport?' });
    const text = fieldsText(result);
    expect(text).toContain('five planes were seized');
    expect(text).toContain('operating normally');
    expect(text).toContain('Kassym-Jomart Tokayev, President of Kazakhstan');
    expect(text).toContain('Unnamed deputy mayor');
    const button = result.data.components[0].components[0];
    expect(button.label).toBe('Show full quotes');
    const quotes = await harness.standIn.interact({
      ...where,
      kind: 'button',
      customId: button.custom_id,
      message: lastBotMessage(CHANNELS.general)!,
    });
    expect(quotes.data.flags).toBe(EPHEMERAL);
    expect(JSON.stringify(quotes.data.embeds)).toContain(
      'He also said that five planes were seized by rioters in the attack on Almaty’s airport',
    );
  });

  test('GIVEN /ask about something the article does not cover THEN it says so and lists what it covers', async () => {
    const result = await slash('ask', { question: 'How many people were arrested?' });
    const embed = result.data.embeds[0];
    expect(embed.description).toContain('does not mention “arrested”');
    expect(embed.fields ?? []).toEqual([]);
    // No sources to show; a reader can still report that the bot should have known.
    const buttons = (result.data.components ?? []).flatMap((row: any) => row.components).map((button: any) => button.label);
    expect(buttons).toEqual(['Report a problem']);
  });

  test('GIVEN /source with autocomplete THEN the full quote, its paragraph and the correction note', async () => {
    const choices = await harness.standIn.interact({
      ...where,
      kind: 'autocomplete',
      name: 'source',
      focused: 'fact',
      options: { fact: 'storm' },
    });
    const id = choices.data.choices[0].value as string;
    expect(id).toBe('violence.attempts-to-storm-buildings');
    const result = await slash('source', { fact: id });
    const text = fieldsText(result);
    expect(text).toContain('Olis spokeswoman Sultanat Azirbek said there were attempts to storm buildings in Almaty during the night');
    expect(text).toContain('Correction note');
    expect(text).toContain('Paragraph');
  });

  test('GIVEN /timeline THEN events in the article’s order, each attributed, paged', async () => {
    const result = await slash('timeline');
    const fields = result.data.embeds[0].fields;
    expect(fields[0].name).toMatch(/^1\. Unnamed police official/);
    expect(result.data.components[0].components.map((button: { label: string }) => button.label)).toEqual([
      'Previous',
      'Next',
      'Report a problem',
    ]);
  });

  test('GIVEN /about THEN what the bot is and how citations work', async () => {
    const result = await slash('about');
    expect(fieldsText(result)).toContain('Citations');
  });

  test('GIVEN “Find related facts” on a message THEN related facts, shown only to the user', async () => {
    const target = await harness.say(CHANNELS.news, 'I heard the internet was cut off everywhere');
    const result = await harness.standIn.interact({
      ...where,
      channelId: CHANNELS.news,
      kind: 'messageCommand',
      name: 'Find related facts',
      target,
    });
    expect(result.data.flags).toBe(EPHEMERAL);
    expect(fieldsText(result)).toContain('NetBlocks');
  });
});

describe('settings and free text', () => {
  test('GIVEN /config from a member without Manage Server THEN it is refused and nothing changes', async () => {
    const result = await slash('config', { channel: CHANNELS.answers }, {
      subcommandGroup: 'channels',
      subcommand: 'add',
    } as Partial<InteractionInput>);
    expect(result.data.flags).toBe(EPHEMERAL);
    expect(result.data.content).toContain('Manage Server');
    const show = await harness.standIn.interact({ ...admin, kind: 'slash', name: 'config', subcommand: 'show' });
    expect(show.data.content).toContain('none (I answer only when mentioned)');
  });

  test('GIVEN an answer channel THEN plain questions there are answered, elsewhere and unanswerable ones stay silent', async () => {
    const added = await addAnswerChannel(harness.standIn, CHANNELS.answers);
    expect(added.data.content).toContain(`<#${CHANNELS.answers}>`);
    const before = harness.standIn.requests.length;
    await harness.say(CHANNELS.answers, 'why did the protests start?');
    const reply = await harness.standIn.waitForRequest(
      (request) => request.method === 'POST' && request.path === `/channels/${CHANNELS.answers}/messages`,
      5_000,
    );
    expect(JSON.stringify(reply.body.embeds)).toContain('liquefied petroleum gas');
    expect(reply.body.message_reference).toBeDefined();
    await harness.say(CHANNELS.answers, 'who won the champions league?');
    await harness.say(CHANNELS.general, 'why did the protests start?');
    await harness.say(CHANNELS.answers, 'why did the protests start?', { id: '300000000000000077', username: 'otherbot', bot: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const posted = harness.standIn.requests
      .slice(before)
      .filter((request) => request.method === 'POST' && request.path.endsWith('/messages'));
    expect(posted).toHaveLength(1);
  });

  test('GIVEN the bot is mentioned outside the answer channels THEN it answers, and says so when the article has nothing', async () => {
    const bot = harness.standIn.botUser;
    const before = harness.standIn.requests.length;
    const curfew = await harness.standIn.sendMessage({
      guildId: GUILD_ID,
      channelId: CHANNELS.general,
      content: `<@${bot.id}> was there a curfew?`,
      mentions: [{ id: bot.id, username: bot.username }],
    });
    const football = await harness.standIn.sendMessage({
      guildId: GUILD_ID,
      channelId: CHANNELS.general,
      content: `<@${bot.id}> who won the champions league?`,
      mentions: [{ id: bot.id, username: bot.username }],
    });
    // Both are answered at once, so the replies may come in either order: each is found by the message it replies to.
    const replies = await waitForPosts(CHANNELS.general, before, 2);
    const replyTo = (id: string) => replies.find((reply) => reply.body.message_reference?.message_id === id);
    expect(JSON.stringify(replyTo(curfew.id)?.body.embeds)).toContain('curfew');
    expect(JSON.stringify(replyTo(football.id)?.body.embeds)).toContain('does not mention');
  });

  test('GIVEN /config channels remove, list and reset THEN each says what it did and the settings follow', async () => {
    const config = (subcommand: string, options: Record<string, string> = {}, subcommandGroup?: string) =>
      harness.standIn.interact({
        ...admin,
        kind: 'slash',
        name: 'config',
        subcommand,
        options,
        ...(subcommandGroup === undefined ? {} : { subcommandGroup }),
      });
    await config('add', { channel: CHANNELS.news }, 'channels');
    expect((await config('list', {}, 'channels')).data.content).toContain(`<#${CHANNELS.news}>`);
    expect((await config('remove', { channel: CHANNELS.news }, 'channels')).data.content).toContain('no longer answer');
    expect((await config('list', {}, 'channels')).data.content).not.toContain(`<#${CHANNELS.news}>`);
    await config('visibility', { mode: 'ephemeral' });
    const reset = await config('reset');
    expect(reset.data.content).toContain('restored to the defaults');
    expect(reset.data.content).toContain('**Visibility:** public');
    await config('add', { channel: CHANNELS.answers }, 'channels');
  });

  test('GIVEN /config visibility ephemeral THEN /ask answers only the asker, and public again after', async () => {
    const visibility = (mode: string) =>
      harness.standIn.interact({ ...admin, kind: 'slash', name: 'config', subcommand: 'visibility', options: { mode } });
    const ask = () => slash('ask', { question: 'Did the government resign?' });
    const before = await ask();
    expect(before.data.flags ?? 0).toBe(0);
    await visibility('ephemeral');
    const hidden = await ask();
    expect(hidden.data.flags).toBe(EPHEMERAL);
    await visibility('public');
    const after = await ask();
    expect(after.data.flags ?? 0).toBe(0);
    // The same remembered answer each time; only who sees it changes.
    expect(hidden.data.embeds).toEqual(before.data.embeds);
    expect(after.data.embeds).toEqual(before.data.embeds);
  });

  test('GIVEN different questions answered in turn, one of them ephemerally THEN each reply shows its own answer and visibility', async () => {
    const visibility = (mode: string) =>
      harness.standIn.interact({ ...admin, kind: 'slash', name: 'config', subcommand: 'visibility', options: { mode } });
    const airport = await slash('ask', { question: 'Who seized the airport?' });
    await visibility('ephemeral');
    const internet = await slash('ask', { question: 'Was the internet cut?' });
    await visibility('public');
    const resigned = await slash('ask', { question: 'Did the government resign?' });
    expect([airport, internet, resigned].map((reply) => reply.data.flags ?? 0)).toEqual([0, EPHEMERAL, 0]);
    expect([airport, internet, resigned].map((reply) => reply.data.embeds[0].title)).toEqual([
      'Who seized the airport?',
      'Was the internet cut?',
      'Did the government resign?',
    ]);
    expect(fieldsText(internet)).toMatch(/internet/i);
    expect(resigned.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test('GIVEN the bot restarts THEN the server’s settings are still there', async () => {
    await harness.restartBot();
    const show = await harness.standIn.interact({ ...admin, kind: 'slash', name: 'config', subcommand: 'show' });
    expect(show.data.content).toContain(`<#${CHANNELS.answers}>`);
  });
});

describe('moderators’ summary', () => {
  test('GIVEN /summary THEN the summary with its sources and one way to report a problem', async () => {
    const result = await slash('summary');
    expect(result.data.embeds[0].title).toContain('Summary');
    const buttons = result.data.components.flatMap((row: any) => row.components);
    expect(buttons.filter((button: any) => button.custom_id === 'report')).toHaveLength(1);
  });

  test('GIVEN /summary pin:true twice THEN one pinned message, edited the second time', async () => {
    const first = await harness.standIn.interact({
      ...admin,
      channelId: CHANNELS.news,
      kind: 'slash',
      name: 'summary',
      options: { pin: true },
    });
    expect(first.data.content).toContain('Pinned a summary');
    const second = await harness.standIn.interact({
      ...admin,
      channelId: CHANNELS.news,
      kind: 'slash',
      name: 'summary',
      options: { pin: true },
    });
    expect(second.data.content).toContain('Updated the pinned summary');
    expect(harness.standIn.pins(CHANNELS.news)).toHaveLength(1);
    const pinned = harness.standIn.message(harness.standIn.pins(CHANNELS.news)[0]!);
    expect(JSON.stringify(pinned?.embeds)).toContain('Casualties');
    expect(
      harness.standIn.requests.some(
        (request) => request.method === 'PATCH' && request.path.startsWith(`/channels/${CHANNELS.news}/messages/`),
      ),
    ).toBe(true);
  });

  test('GIVEN the bot may not pin THEN a clear ephemeral message names the missing permission', async () => {
    harness.standIn.failNext('PUT', /\/pins\//, 403);
    const result = await harness.standIn.interact({
      ...admin,
      channelId: CHANNELS.general,
      kind: 'slash',
      name: 'summary',
      options: { pin: true },
    });
    expect(result.data.flags).toBe(EPHEMERAL);
    expect(result.data.content).toContain('**Manage Messages**');
    const retried = await harness.standIn.interact({
      ...admin,
      channelId: CHANNELS.general,
      kind: 'slash',
      name: 'summary',
      options: { pin: true },
    });
    expect(retried.data.content).toContain('Updated the pinned summary');
    expect(harness.standIn.pins(CHANNELS.general)).toHaveLength(1);
  });
});

describe('safety and resilience', () => {
  test('GIVEN an unexpected failure THEN the user gets a short message with an error id, logged with that id', async () => {
    harness.standIn.failNext('PATCH', new RegExp(`/channels/${CHANNELS.general}/messages/\\d+$`), 500, { times: 4 });
    const result = await harness.standIn.interact(
      { ...admin, channelId: CHANNELS.general, kind: 'slash', name: 'summary', options: { pin: true } },
      { timeoutMs: 10_000 },
    );
    expect(result.data.flags).toBe(EPHEMERAL);
    const errorId = /error id `([0-9a-f]{8})`/.exec(result.data.content)?.[1];
    expect(errorId).toBeDefined();
    expect(
      harness.logs.lines().some((line) => line.errorId === errorId && line.msg === 'interaction failed' && line.name === 'summary'),
    ).toBe(true);
  }, 20_000);

  test('GIVEN a user who asks too often THEN a polite ephemeral note', async () => {
    const limited = await startBotHarness({ RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const ask = () =>
        limited.standIn.interact({ ...where, kind: 'slash', name: 'ask', options: { question: 'Did the government resign?' } });
      await ask();
      await ask();
      const third = await ask();
      expect(third.data.flags).toBe(EPHEMERAL);
      expect(third.data.content).toMatch(/try again in \d+ seconds?/);
    } finally {
      await limited.close();
    }
  }, 30_000);

  test('GIVEN Discord answers 429 on the callback THEN discord.js waits, retries, and the user gets one reply', async () => {
    harness.standIn.rateLimitNext('POST', /\/callback$/, 300);
    const result = await slash('about');
    expect(result.type).toBe(4);
    const callbacks = harness.standIn.requests.filter(
      (request) => request.path === `/interactions/${result.interaction.id}/${result.interaction.token}/callback`,
    );
    expect(callbacks.map((request) => request.status)).toEqual([429, 204]);
  });

  test('GIVEN Discord answers 502 on the callback THEN discord.js retries and the user gets exactly one reply', async () => {
    harness.standIn.failNext('POST', /\/callback$/, 502);
    const result = await slash('about');
    expect(result.type).toBe(4);
    const callbacks = harness.standIn.requests.filter(
      (request) => request.path === `/interactions/${result.interaction.id}/${result.interaction.token}/callback`,
    );
    expect(callbacks.map((request) => request.status)).toEqual([502, 204]);
  });

  test('GIVEN the gateway drops the connection THEN the bot resumes and keeps answering', async () => {
    const resumes = harness.standIn.resumeCount;
    harness.standIn.dropConnection();
    await harness.standIn.ready();
    expect(harness.standIn.resumeCount).toBe(resumes + 1);
    const result = await slash('facts', { topic: 'internet' });
    expect(result.type).toBe(4);
  });

  test('GIVEN a question holding @everyone THEN the echo is defused and no payload allows a mention', async () => {
    const result = await slash('ask', { question: '@everyone how many police officers were killed?' });
    expect(result.data.embeds[0].title).toContain('@\u200beveryone');
    const bodies = messageBodies(harness.standIn);
    expect(bodies.length).toBeGreaterThan(10);
    for (const { path, body } of bodies) expect(body.allowed_mentions, path).toEqual({ parse: [], replied_user: false });
  });

  test('GIVEN the whole session THEN the token never reached a log', () => {
    expect(harness.logs.text()).not.toContain(TOKEN);
  });

  test('GIVEN questions from many users THEN the bot remembers none of them, only itself', async () => {
    for (let n = 0; n < 5; n += 1) {
      const user = { id: `31000000000000000${n}`, username: `asker-${n}` };
      expect((await slash('ask', { question: 'Did the government resign?' }, { user })).data.embeds).toHaveLength(1);
    }
    const { client } = harness.bot;
    expect([...client.users.cache.keys()]).toEqual([client.user?.id]);
    expect([...(client.guilds.cache.get(GUILD_ID)?.members.cache.keys() ?? [])]).toEqual([client.user?.id]);
  });

  test('GIVEN the bot connects THEN it asks only for the intents free-text answers need', () => {
    expect(harness.standIn.lastIdentify?.intents).toBe(1 | 512 | 32768);
  });
});
