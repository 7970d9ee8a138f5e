import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Harness } from '../support/botHarness.js';
import { CHANNELS, GUILD_ID, MEMBER_PERMISSIONS, startBotHarness } from '../support/botHarness.js';
import { copyDataDir } from '../support/dataDir.js';
import { reviseFact } from '../support/reviseFacts.js';

// FACTS_WATCH=true, for curators working locally: rebuilding the store is enough for earlier answers to be corrected.

const FACT = 'internet.blackout';
let harness: Harness;
let data: Awaited<ReturnType<typeof copyDataDir>>;

beforeAll(async () => {
  data = await copyDataDir();
  harness = await startBotHarness({ FACTS_WATCH: 'true' }, { dataDir: data.dir });
}, 30_000);
afterAll(async () => {
  await harness.close();
  await data.remove();
});

test('GIVEN a watched store THEN a rebuild with a corrected fact adds a note to a recent command reply through its token', async () => {
  const reply = await harness.standIn.interact({
    guildId: GUILD_ID,
    channelId: CHANNELS.general,
    permissions: MEMBER_PERMISSIONS,
    kind: 'slash',
    name: 'ask',
    options: { question: 'Was there an internet blackout?' },
  });
  expect(JSON.stringify(reply.data.embeds)).toContain(`\`${FACT}\``);
  const answer = harness.standIn.channelMessages(CHANNELS.general).at(-1);
  await reviseFact(data.dir, FACT, (fact) => {
    fact.claim = 'Internet watchdog NetBlocks (printed "Netblox") said the country was experiencing a widespread internet blackout.';
    fact.corrected = { on: '2026-11-21', changed: 'the claim now shows the name as printed', reason: 'readers searched for "Netblox"' };
  });
  const edit = await harness.standIn.waitForRequest(
    (request) =>
      request.method === 'PATCH' &&
      request.path === `/webhooks/${reply.interaction.application_id}/${reply.interaction.token}/messages/@original`,
    10_000,
  );
  expect(edit.body.content).toContain('Corrected on 2026-11-21');
  expect(edit.body.content).toContain(`\`${FACT}\``);
  expect(harness.standIn.message(answer?.id ?? '')?.content).toContain('printed "Netblox"');
}, 30_000);
