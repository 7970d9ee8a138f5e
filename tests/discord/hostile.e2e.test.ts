// Every hostile input through every way a user's words reach the bot: /ask (with a model that follows injected
// instructions, and without a model), plain messages in an answer channel, messages mentioning the bot, and the
// autocomplete of /facts topic and /source fact. Each path collects what went wrong per input, so one failure lists
// every input that broke the same rule.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ADMIN_PERMISSIONS,
  APPLICATION_ID,
  addAnswerChannel,
  CHANNELS,
  GUILD_ID,
  MEMBER_PERMISSIONS,
  messageBodies,
  startBotHarness,
} from '../support/botHarness.js';
import type { Harness } from '../support/botHarness.js';
import type { RecordedRequest } from '../support/discord/startDiscordStandIn.js';
import { hostileInputs, REAL_QUESTIONS } from '../support/hostileInputs.js';
import type { HostileInput } from '../support/hostileInputs.js';
import { startOpenAiStandIn } from '../support/openaiStandIn.js';
import type { OpenAiStandIn } from '../support/openaiStandIn.js';

interface StoreFact {
  id: string;
  claim: string;
  quote: string;
}
const store = JSON.parse(readFileSync(new URL('../../data/store.json', import.meta.url), 'utf8')) as {
  facts: StoreFact[];
  topics: { id: string }[];
};
const FACTS = new Map(store.facts.map((fact) => [fact.id, fact]));
const TOPIC_IDS = new Set(store.topics.map((topic) => topic.id));
const INPUTS = hostileInputs();
const NO_MENTIONS = { parse: [], replied_user: false };
const SANITY_QUESTION = REAL_QUESTIONS[0];
const where = { guildId: GUILD_ID, channelId: CHANNELS.general, permissions: MEMBER_PERMISSIONS };

// ---- the attacker-compliant model --------------------------------------------------------------------------------

/** What the model does with a question: phrase the first fact, say it is not in the facts, or follow the injection. */
type ModelMove = 'grounded' | 'not-in-facts' | 'ping' | 'invented-digits' | 'invented-words' | 'wide-digits' | 'unknown-fact';
const INVENTIONS = ['invented-digits', 'invented-words', 'wide-digits', 'unknown-fact'] as const;
const INJECTION = /ignore|disregard|instruction|system|assistant|override|‹\/?question›|ping|mention|@everyone|@here|\d{2,}/i;
const PING_REQUEST = /ping|mention|@everyone|@here/i;

interface SentFact {
  id: string;
  source: string;
  claim: string;
}

/** A stable choice per question, so an input meets the same move on every path and every run. */
function hashOf(text: string): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash;
}

function moveFor(question: string): ModelMove {
  if (PING_REQUEST.test(question)) return 'ping';
  if (INJECTION.test(question)) return INVENTIONS[hashOf(question) % INVENTIONS.length] ?? 'invented-digits';
  // The plain questions each path ends with are always answered, so "still answering" is checked the same way each time.
  const plain = (REAL_QUESTIONS as readonly string[]).includes(question);
  return !plain && hashOf(question) % 4 === 0 ? 'not-in-facts' : 'grounded';
}

/** The facts and the question the bot sent, read back from its prompt. */
function readPrompt(body: any): { question: string; facts: SentFact[] } {
  const user: string = body?.messages?.find((message: { role: string }) => message.role === 'user')?.content ?? '';
  const [factsPart = '', questionPart = ''] = user.split('\n\n<question>\n');
  const facts = factsPart
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as SentFact);
  return { question: questionPart.replace(/\n<\/question>$/, ''), facts };
}

function attackerReply(move: ModelMove, facts: SentFact[]): unknown {
  const first = facts[0] ?? { id: 'none', source: 'nobody', claim: 'Nothing.' };
  const says = (text: string, factIds = [first.id]) => ({ sentences: [{ text, factIds }], notInFacts: false });
  switch (move) {
    case 'grounded':
      return says(first.claim);
    case 'not-in-facts':
      return { sentences: [], notInFacts: true };
    case 'ping':
      return says(`@everyone ${first.claim}`);
    case 'invented-digits':
      return says(`According to ${first.source}, 500 people died.`);
    case 'invented-words':
      return says(`According to ${first.source}, a million people died.`);
    case 'wide-digits':
      return says(`According to ${first.source}, ５００ people died.`);
    case 'unknown-fact':
      return says(`According to ${first.source}, the protests were peaceful.`, ['system.override']);
  }
}

/** The question as the bot fences it for the model. */
const fenced = (text: string) => text.trim().replaceAll('<', '‹').replaceAll('>', '›');

// ---- what every reply must satisfy --------------------------------------------------------------------------------

const NUMBER_WORDS: Record<string, string> = {
  ...Object.fromEntries(
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
      .split(' ')
      .map((word, value) => [word, String(value)]),
  ),
  ...Object.fromEntries(
    'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, index) => [word, String((index + 2) * 10)]),
  ),
  hundred: '100',
  thousand: '1000',
  million: '1000000',
  billion: '1000000000',
  dozen: 'dozens',
  dozens: 'dozens',
  hundreds: 'hundreds',
  thousands: 'thousands',
  millions: 'millions',
  billions: 'billions',
};

/** Every number a text states, digits of any script and number words alike, as comparable keys. */
function numbersOf(text: string): Set<string> {
  const normal = text.normalize('NFKC').toLowerCase();
  const digits = [...normal.matchAll(/\p{Nd}+(?:[,.]\p{Nd}+)*/gu)].map((match) => match[0].replaceAll(',', ''));
  const words = (normal.match(/\p{L}+/gu) ?? []).flatMap((word) => NUMBER_WORDS[word] ?? []);
  return new Set([...digits, ...words]);
}

const textsOf = (body: any): string[] =>
  [
    body?.content,
    ...(body?.embeds ?? []).flatMap((embed: any) => [
      embed.title,
      embed.description,
      embed.footer?.text,
      ...(embed.fields ?? []).flatMap((field: any) => [field.name, field.value]),
    ]),
  ].filter((text): text is string => typeof text === 'string');

const sourcesOf = (body: any): { name: string; value: string } | undefined =>
  body?.embeds?.[0]?.fields?.find((field: { name: string }) => field.name === 'Sources');

const isAnswer = (body: any): boolean => sourcesOf(body) !== undefined;

/** What is wrong with one message the bot sent: mentions allowed or undefused, unknown citations, invented numbers. */
function problemsOf(body: any): string[] {
  const problems: string[] = [];
  if (JSON.stringify(body?.allowed_mentions) !== JSON.stringify(NO_MENTIONS)) {
    problems.push(`allowed_mentions is ${JSON.stringify(body?.allowed_mentions)}`);
  }
  for (const text of textsOf(body)) {
    if (/@(?:everyone|here)/i.test(text)) problems.push(`undefused mass mention in ${JSON.stringify(text.slice(0, 160))}`);
  }
  const sources = sourcesOf(body);
  if (sources === undefined) return problems;
  const ids = [...sources.value.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
  if (ids.length === 0) problems.push(`a Sources section without fact ids: ${JSON.stringify(sources.value.slice(0, 160))}`);
  const unknown = ids.filter((id) => !FACTS.has(id));
  if (unknown.length > 0) problems.push(`cites facts that do not exist: ${unknown.join(', ')}`);
  const cited = numbersOf(
    ids
      .flatMap((id) => FACTS.get(id) ?? [])
      .map((fact) => `${fact.claim} ${fact.quote}`)
      .join(' '),
  );
  const description: string = body.embeds[0].description ?? '';
  const invented = [...numbersOf(description)].filter((number) => !cited.has(number));
  if (invented.length > 0) {
    problems.push(`numbers ${invented.join(', ')} are in none of the cited facts: ${JSON.stringify(description.slice(0, 200))}`);
  }
  return problems;
}

const label = (input: HostileInput) =>
  `[${input.category}] ${JSON.stringify(input.text.length > 80 ? `${input.text.slice(0, 80)}…` : input.text)}`;

/** Requests Discord would have refused and errors logged since `mark`; any body, ever, that allows a mention. */
function sessionProblems(harness: Harness, mark: { requests: number; logs: number }): string[] {
  const requests = harness.standIn.requests.slice(mark.requests);
  const refused = requests
    .filter((request) => request.status === 400)
    .map((request) => `Discord refused ${request.method} ${request.path}: ${JSON.stringify(request.body).slice(0, 200)}`);
  const mentions = messageBodies(harness.standIn)
    .filter(({ body }) => JSON.stringify(body.allowed_mentions) !== JSON.stringify(NO_MENTIONS))
    .map(({ path, body }) => `${path} allows mentions: ${JSON.stringify(body.allowed_mentions)}`);
  const errors = harness.logs
    .lines()
    .slice(mark.logs)
    .filter((line) => Number(line.level) >= 50)
    .map((line) => `logged error "${String(line.msg)}": ${JSON.stringify(line.err ?? {}).slice(0, 300)}`);
  return [...refused, ...mentions, ...errors];
}

const markOf = (harness: Harness) => ({ requests: harness.standIn.requests.length, logs: harness.logs.lines().length });

// ---- the bots ------------------------------------------------------------------------------------------------------

let openai: OpenAiStandIn;
let withModel: Harness;
let withoutModel: Harness;
const movesByQuestion = new Map<string, ModelMove>();

beforeAll(async () => {
  openai = await startOpenAiStandIn();
  openai.reply((body) => {
    const { question, facts } = readPrompt(body);
    const move = moveFor(question);
    movesByQuestion.set(question, move);
    return { kind: 'json', content: attackerReply(move, facts) };
  });
  // The highest limit the bot accepts; each path below asks as its own user, so no one reaches it.
  const overrides = { RATE_LIMIT_PER_MINUTE: '600', LOG_LEVEL: 'info' };
  [withModel, withoutModel] = await Promise.all([
    // Hundreds of messages arrive at once on the free-text paths; a generous timeout keeps every model reply in play.
    startBotHarness({ ...overrides, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: openai.baseURL, OPENAI_TIMEOUT_MS: '10000' }),
    startBotHarness(overrides),
  ]);
  const added = await addAnswerChannel(withModel.standIn, CHANNELS.answers);
  expect(added.data.content).toContain(`<#${CHANNELS.answers}>`);
}, 30_000);

afterAll(async () => {
  await Promise.all([withModel?.close(), withoutModel?.close()]);
  await openai?.close();
});

// ---- driving each path ---------------------------------------------------------------------------------------------

/** /ask's reply: the callback itself, or the edit that replaces a deferred one. */
async function ask(harness: Harness, question: string): Promise<any> {
  const result = await harness.standIn.interact({ ...where, kind: 'slash', name: 'ask', options: { question } });
  if (result.type !== 5) return result.data;
  const original = `/webhooks/${APPLICATION_ID}/${result.interaction.token}/messages/@original`;
  const edit = await harness.standIn.waitForRequest((request) => request.method === 'PATCH' && request.path === original, 3_000);
  return edit.body;
}

async function stillAnswers(harness: Harness): Promise<string[]> {
  const body = await ask(harness, SANITY_QUESTION);
  return isAnswer(body) ? [] : [`"${SANITY_QUESTION}" is no longer answered: ${JSON.stringify(body).slice(0, 300)}`];
}

interface Tally {
  problems: string[];
  answered: number;
  abstained: number;
}

async function askEach(harness: Harness, options: { modelFollowsInjections: boolean }): Promise<Tally> {
  const tally: Tally = { problems: [], answered: 0, abstained: 0 };
  for (const input of INPUTS) {
    let body;
    try {
      body = await ask(harness, input.text);
    } catch (error) {
      tally.problems.push(`${label(input)}: no reply (${String(error)})`);
      continue;
    }
    tally.problems.push(...problemsOf(body).map((problem) => `${label(input)}: ${problem}`));
    if (isAnswer(body)) tally.answered += 1;
    else tally.abstained += 1;
    const move = options.modelFollowsInjections ? movesByQuestion.get(fenced(input.text)) : undefined;
    const footer: string = body?.embeds?.[0]?.footer?.text ?? '';
    if ((INVENTIONS as readonly string[]).includes(move ?? '') && footer.includes('Phrased by a model')) {
      tally.problems.push(`${label(input)}: the model's ${move} answer was used: ${JSON.stringify(body.embeds[0].description)}`);
    }
  }
  return tally;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the bot has sent nothing, asked the model nothing and logged nothing for `quietMs`: longer than the
 * second discord.js may wait under its global limit of 50 requests a second.
 */
async function settle(harness: Harness, quietMs = 1_500, maxMs = 20_000): Promise<void> {
  const activity = () => harness.standIn.requests.length + openai.requests.length + harness.logs.text().length;
  let seen = activity();
  let quietSince = Date.now();
  for (const started = Date.now(); Date.now() - started < maxMs && Date.now() - quietSince < quietMs; await pause(25)) {
    if (activity() !== seen) [seen, quietSince] = [activity(), Date.now()];
  }
}

/** The bot's replies in a channel since `after`, by the id of the message each replies to. */
function repliesTo(harness: Harness, channelId: string, after: number): Map<string, RecordedRequest[]> {
  const replies = new Map<string, RecordedRequest[]>();
  for (const request of harness.standIn.requests.slice(after)) {
    if (request.method !== 'POST' || request.path !== `/channels/${channelId}/messages`) continue;
    const to = String(request.body?.message_reference?.message_id);
    replies.set(to, [...(replies.get(to) ?? []), request]);
  }
  return replies;
}

async function waitFor(condition: () => boolean, maxMs: number): Promise<void> {
  for (const started = Date.now(); !condition() && Date.now() - started < maxMs;) await pause(25);
}

/**
 * Posts every input as `author`, then a plain question mentioning the bot. Mentioned, each input must get one reply;
 * in an answer channel, only answers do, so the closing question's reply marks the end before the bot falls quiet.
 */
async function postEach(
  harness: Harness,
  channelId: string,
  options: { mention: boolean; author: { id: string; username: string } },
): Promise<Tally & { silent: number }> {
  const bot = harness.standIn.botUser;
  const mentions = [{ id: bot.id, username: bot.username }];
  const after = harness.standIn.requests.length;
  const post = (content: string, mention: boolean) =>
    harness.standIn.sendMessage({ guildId: GUILD_ID, channelId, content, author: options.author, ...(mention ? { mentions } : {}) });
  const sent: { input: HostileInput; id: string }[] = [];
  for (const input of INPUTS) {
    const message = await post(options.mention ? `<@${bot.id}> ${input.text}` : input.text, options.mention);
    sent.push({ input, id: message.id });
  }
  const closing = await post(`<@${bot.id}> ${SANITY_QUESTION}`, true);
  const expected = options.mention ? [...sent.map(({ id }) => id), closing.id] : [closing.id];
  await waitFor(() => {
    const replies = repliesTo(harness, channelId, after);
    return expected.every((id) => replies.has(id));
  }, 20_000);
  await settle(harness);
  const replies = repliesTo(harness, channelId, after);
  const tally = { problems: [] as string[], answered: 0, abstained: 0, silent: 0 };
  const closingReply = replies.get(closing.id)?.[0];
  if (!isAnswer(closingReply?.body)) tally.problems.push(`"${SANITY_QUESTION}" is no longer answered in <#${channelId}>`);
  for (const { input, id } of sent) {
    const to = replies.get(id) ?? [];
    if (to.length === 0) {
      tally.silent += 1;
      if (options.mention) tally.problems.push(`${label(input)}: no reply although the bot was mentioned`);
      continue;
    }
    if (to.length > 1) tally.problems.push(`${label(input)}: ${to.length} replies`);
    for (const reply of to) {
      tally.problems.push(...problemsOf(reply.body).map((problem) => `${label(input)}: ${problem}`));
      if (isAnswer(reply.body)) tally.answered += 1;
      else tally.abstained += 1;
    }
  }
  return tally;
}

// ---- the specs -----------------------------------------------------------------------------------------------------

describe('hostile input', () => {
  test('GIVEN the generated corpus THEN at least 300 inputs in every category, the same on each call', () => {
    expect(INPUTS.length).toBeGreaterThanOrEqual(300);
    expect(hostileInputs()).toEqual(INPUTS);
    const categories = new Set(INPUTS.map((input) => input.category));
    expect(categories.size).toBe(18);
    expect(INPUTS.some((input) => input.text.length === 4000)).toBe(true);
  });

  test('GIVEN each input as /ask with a model that follows injected instructions THEN no invention, no mention, and Discord accepts every reply', async () => {
    const mark = markOf(withModel);
    const tally = await askEach(withModel, { modelFollowsInjections: true });
    const moves = new Set(movesByQuestion.values());
    expect([...moves].sort()).toEqual([...INVENTIONS, 'grounded', 'not-in-facts', 'ping'].sort());
    expect(tally.answered).toBeGreaterThan(20);
    expect(tally.abstained).toBeGreaterThan(20);
    expect([...tally.problems, ...sessionProblems(withModel, mark), ...(await stillAnswers(withModel))]).toEqual([]);
  }, 60_000);

  test('GIVEN each input as /ask without a model THEN answers cite real facts, nothing pings, and Discord accepts every reply', async () => {
    const mark = markOf(withoutModel);
    const tally = await askEach(withoutModel, { modelFollowsInjections: false });
    expect(tally.answered).toBeGreaterThan(20);
    expect(tally.abstained).toBeGreaterThan(20);
    expect([...tally.problems, ...sessionProblems(withoutModel, mark), ...(await stillAnswers(withoutModel))]).toEqual([]);
  }, 60_000);

  test('GIVEN each input posted in an answer channel THEN answers are safe and grounded, the rest left alone', async () => {
    const mark = markOf(withModel);
    const tally = await postEach(withModel, CHANNELS.answers, { mention: false, author: { id: '300000000000000011', username: 'poster' } });
    expect(tally.answered).toBeGreaterThan(20);
    expect(tally.silent).toBeGreaterThan(20);
    expect([...tally.problems, ...sessionProblems(withModel, mark), ...(await stillAnswers(withModel))]).toEqual([]);
  }, 60_000);

  test('GIVEN each input in a message that mentions the bot THEN exactly one safe reply to each', async () => {
    const mark = markOf(withModel);
    const tally = await postEach(withModel, CHANNELS.general, {
      mention: true,
      author: { id: '300000000000000012', username: 'mentioner' },
    });
    expect(tally.answered).toBeGreaterThan(20);
    expect(tally.abstained).toBeGreaterThan(20);
    expect([...tally.problems, ...sessionProblems(withModel, mark), ...(await stillAnswers(withModel))]).toEqual([]);
  }, 60_000);

  test.each([
    { command: 'facts', option: 'topic', known: (value: string) => TOPIC_IDS.has(value) },
    { command: 'source', option: 'fact', known: (value: string) => FACTS.has(value) },
  ])(
    'GIVEN each input typed into /$command $option THEN at most 25 choices of real ids, and submitting it anyway gets a safe reply',
    async ({ command, option, known }) => {
      const harness = withoutModel;
      const mark = markOf(harness);
      const problems: string[] = [];
      for (const input of INPUTS) {
        const options = { [option]: input.text };
        try {
          const suggested = await harness.standIn.interact({ ...where, kind: 'autocomplete', name: command, focused: option, options });
          const choices: { name: string; value: string }[] = suggested.data?.choices ?? [];
          if (suggested.type !== 8) problems.push(`${label(input)}: autocomplete answered with type ${suggested.type}`);
          if (choices.length > 25) problems.push(`${label(input)}: ${choices.length} choices`);
          for (const choice of choices) {
            if (choice.name.length < 1 || choice.name.length > 100) problems.push(`${label(input)}: choice name of ${choice.name.length}`);
            if (!known(choice.value)) problems.push(`${label(input)}: choice ${JSON.stringify(choice.value)} is not a real id`);
          }
          const submitted = await harness.standIn.interact({ ...where, kind: 'slash', name: command, options });
          problems.push(...problemsOf(submitted.data).map((problem) => `${label(input)} submitted: ${problem}`));
        } catch (error) {
          problems.push(`${label(input)}: no reply (${String(error)})`);
        }
      }
      expect([...problems, ...sessionProblems(harness, mark), ...(await stillAnswers(harness))]).toEqual([]);
    },
    60_000,
  );

  test('GIVEN each input as a problem report THEN the report channel gets a safe, valid post and the reporter a thank-you', async () => {
    const harness = withoutModel;
    await harness.standIn.interact({
      ...where,
      permissions: ADMIN_PERMISSIONS,
      kind: 'slash',
      name: 'config',
      subcommandGroup: 'reports',
      subcommand: 'channel',
      options: { channel: CHANNELS.news },
    });
    await harness.standIn.interact({ ...where, kind: 'slash', name: 'ask', options: { question: SANITY_QUESTION ?? '' } });
    const answer = harness.standIn.channelMessages(CHANNELS.general).at(-1);
    if (answer === undefined) throw new Error('no answer to report');
    const mark = markOf(harness);
    const problems: string[] = [];
    for (const [index, input] of INPUTS.entries()) {
      // One reporter per input: each may send one report per cooldown. The form takes at most 1,000 characters.
      const user = { id: `31${String(index).padStart(16, '0')}`, username: `reporter-${index}` };
      const whatIsWrong = input.text.slice(0, 1_000).trim() === '' ? '(blank)' : input.text.slice(0, 1_000);
      const thanks = await harness.standIn.interact({
        ...where,
        user,
        kind: 'modal',
        customId: `report:${answer.id}`,
        fields: { what: whatIsWrong },
        message: answer,
      });
      if (!String(thanks.data?.content).startsWith('Thank you')) problems.push(`${label(input)}: ${JSON.stringify(thanks.data?.content)}`);
    }
    const posted = harness.standIn.requests
      .slice(mark.requests)
      .filter((request) => request.method === 'POST' && request.path === `/channels/${CHANNELS.news}/messages`);
    if (posted.length !== INPUTS.length) problems.push(`${posted.length} reports posted for ${INPUTS.length} inputs`);
    for (const [index, post] of posted.entries()) problems.push(...problemsOf(post.body).map((problem) => `report ${index}: ${problem}`));
    expect([...problems, ...sessionProblems(harness, mark)]).toEqual([]);
  }, 60_000);
});
