import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { correctionNote } from '../../src/discord/corrections/correctionNote.js';
import { factChanges } from '../../src/discord/corrections/factChanges.js';
import { factHash } from '../../src/facts/factHash.js';
import type { Fact } from '../../src/facts/schema.js';
import { describeReload } from '../../src/discord/describeReload.js';
import { withReportButton } from '../../src/discord/reports/reportButton.js';
import { fixtureFact, fixtureStore } from '../support/fixtureStore.js';

const killed = fixtureFact({
  id: 'casualties.police-killed',
  claim: 'The ministry said at least eight officers were killed.',
  topics: ['casualties'],
  attribution: { name: 'Kazakh Interior Ministry', kind: 'government-body', asPrinted: 'the Interior Ministry', verb: 'said' },
});
/** The fact as a curator revised it: new fields, and the hash that goes with them. */
const revise = (fields: Partial<Fact>): Fact => {
  const next = { ...killed, ...fields };
  return { ...next, hash: factHash(next) };
};
const resigned = fixtureFact({ id: 'government.resigned', claim: 'The government resigned.', topics: ['government'] });
const shown = [
  { id: killed.id, hash: killed.hash },
  { id: resigned.id, hash: resigned.hash },
];

describe('which cited facts changed', () => {
  test('GIVEN the same versions THEN nothing changed', () => {
    expect(factChanges(shown, fixtureStore([killed, resigned]))).toEqual([]);
  });

  test.each([
    ['corrected', revise({ status: { state: 'corrected', on: '2026-11-20', changed: 'the count', reason: 'misread' } })],
    ['retracted', revise({ status: { state: 'retracted', on: '2026-11-20', reason: 'withdrawn' } })],
    ['updated', revise({ claim: 'The ministry said at least nine officers were killed.' })],
  ])('GIVEN a fact now %s THEN that is the change reported for it, and only for it', (kind, now) => {
    expect(factChanges(shown, fixtureStore([now, resigned]))).toEqual([{ kind, id: killed.id, fact: now }]);
  });

  test('GIVEN a cited fact missing from the store THEN it is reported removed', () => {
    expect(factChanges(shown, fixtureStore([killed]))).toEqual([{ kind: 'removed', id: resigned.id }]);
  });
});

describe('the note added to an earlier answer', () => {
  const store = fixtureStore([killed]);
  test.each([
    [
      'corrected',
      { state: 'corrected', on: '2026-11-20', changed: 'the count was misread', reason: 'a reader checked' },
      /^\*\*Corrected on 2026-11-20:\*\* `casualties.police-killed` \(Kazakh Interior Ministry\): the count was misread\. It now reads: /,
    ],
    [
      'retracted',
      { state: 'retracted', on: '2026-11-21', reason: 'the ministry withdrew it' },
      /^\*\*Retracted on 2026-11-21:\*\* `casualties.police-killed` \(Kazakh Interior Ministry\) no longer stands: the ministry withdrew it$/,
    ],
  ] as const)('GIVEN a %s fact THEN the note names the date, the fact and its source', (kind, status, expected) => {
    const fact = revise({ status });
    expect(correctionNote({ kind, id: fact.id, fact }, store)).toMatch(expected);
  });

  test('GIVEN a fact changed without being marked THEN the note says it was updated in this store version', () => {
    const fact = revise({ claim: 'New words.' });
    expect(correctionNote({ kind: 'updated', id: fact.id, fact }, store)).toBe(
      '**Updated on 2026-01-01:** `casualties.police-killed` (Kazakh Interior Ministry) now reads: New words.',
    );
  });

  test('GIVEN curator text with a mention THEN the note cannot ping', () => {
    const fact = revise({ status: { state: 'retracted', on: '2026-11-21', reason: 'ask @everyone' } });
    expect(correctionNote({ kind: 'retracted', id: fact.id, fact }, store)).not.toContain('@everyone');
  });
});

describe('the "Report a problem" button', () => {
  const button = (label: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: label,
  });
  const row = (count: number): APIActionRowComponent<APIButtonComponent> => ({
    type: ComponentType.ActionRow,
    components: Array.from({ length: count }, (_, index) => button(`b${index}`)),
  });
  const labels = (payload: { components: APIActionRowComponent<APIButtonComponent>[] }) =>
    payload.components.map((each) => each.components.map((component) => ('label' in component ? component.label : '')));

  test.each([
    ['no buttons', [], [['Report a problem']]],
    ['a row with room', [row(2)], [['b0', 'b1', 'Report a problem']]],
    ['a full row', [row(5)], [['b0', 'b1', 'b2', 'b3', 'b4'], ['Report a problem']]],
  ])('GIVEN %s THEN the button goes where Discord allows it', (_name, components, expected) => {
    expect(labels(withReportButton({ components }))).toEqual(expected);
  });

  test('GIVEN five full rows THEN the message is left as it is rather than made invalid', () => {
    const full = { components: [row(5), row(5), row(5), row(5), row(5)] };
    expect(withReportButton(full)).toEqual(full);
  });
});

describe('what /config reload-facts says', () => {
  const version = { number: 2, date: '2026-11-25', hash: 'aaaaaaaaaaaa' };
  const previous = { number: 1, date: '2026-11-20', hash: 'bbbbbbbbbbbb' };
  const tally = { checked: 4, edited: 2, stale: 1, gone: 0, failed: 1, unreadable: false };

  test('GIVEN corrections in this server THEN the counts, the stale ones explained', () => {
    const text = describeReload({ ok: true, previous, version, facts: 32, total: tally, byGuild: new Map([['1', tally]]) }, '1', 0);
    expect(text).toContain('store version 2 of 2026-11-25, 32 facts (was version 1 of 2026-11-20)');
    expect(text).toContain('2 corrected');
    expect(text).toContain('1 could not be edited any more');
    expect(text).toContain('tried again on the next reload');
  });

  test('GIVEN an unreachable ledger THEN the reload still happened and the check is promised for later', () => {
    const total = { ...tally, unreadable: true };
    const text = describeReload({ ok: true, previous, version, facts: 32, total, byGuild: new Map() }, '1', 0);
    expect(text).toContain('Reloaded the facts: store version 2');
    expect(text).toContain('could not be checked');
  });

  test('GIVEN an invalid store THEN the first problems and how many more', () => {
    const problems = Array.from({ length: 7 }, (_, index) => `store.json: problem ${index}`);
    const text = describeReload({ ok: false, problems }, '1', 0);
    expect(text).toContain('kept answering from the current one');
    expect(text).toContain('problem 4');
    expect(text).not.toContain('problem 5');
    expect(text).toContain('and 2 more');
  });
});
