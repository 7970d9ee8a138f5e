import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHANNELS, GUILD_ID, MEMBER_PERMISSIONS, startBotHarness } from '../support/botHarness.js';
import type { Harness } from '../support/botHarness.js';
import { RESIGNED_ANSWER, startOpenAiStandIn } from '../support/openaiStandIn.js';
import type { OpenAiStandIn } from '../support/openaiStandIn.js';

let openai: OpenAiStandIn;
let harness: Harness;
beforeAll(async () => {
  openai = await startOpenAiStandIn();
  harness = await startBotHarness({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: openai.baseURL, OPENAI_TIMEOUT_MS: '1500' });
}, 30_000);
afterAll(async () => {
  await harness.close();
  await openai.close();
});

/** Asks through /ask, expects the bot to defer first, and returns the edit that brings the answer. */
async function askDeferred(question: string) {
  const result = await harness.standIn.interact({
    guildId: GUILD_ID,
    channelId: CHANNELS.general,
    permissions: MEMBER_PERMISSIONS,
    kind: 'slash',
    name: 'ask',
    options: { question },
  });
  expect(result.type).toBe(5);
  return harness.standIn.waitForRequest(
    (request) =>
      request.method === 'PATCH' && request.path.includes(result.interaction.token) && request.path.endsWith('/messages/@original'),
    5_000,
  );
}

describe('/ask with a model', () => {
  test('GIVEN a model that may be slow THEN the bot defers within the deadline and edits in the grounded answer', async () => {
    openai.reply({
      kind: 'delay',
      ms: 300,
      then: {
        kind: 'json',
        content: RESIGNED_ANSWER,
      },
    });
    const edit = await askDeferred('Did the government resign?');
    expect(edit.body.embeds[0].description).toBe('The article reports that the government resigned in response to the unrest.');
    expect(edit.body.embeds[0].footer.text).toContain('Phrased by a model');
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test.each([
    ['fails with HTTP 500', { kind: 'status', status: 500 }],
    ['is slower than the timeout', { kind: 'delay', ms: 5_000, then: { kind: 'json', content: { sentences: [], notInFacts: true } } }],
    ['returns garbage', { kind: 'text', content: '<html>502 Bad Gateway</html>' }],
  ] as const)('GIVEN the model %s THEN the user still gets the answer from the store, in time', async (_, reply) => {
    openai.reply(reply);
    const started = Date.now();
    const edit = await askDeferred('How many police officers were killed?');
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(edit.body.embeds[0].description).toContain('eight police officers');
    expect(edit.body.embeds[0].footer.text).toContain('In the facts’ own words');
  });
});
