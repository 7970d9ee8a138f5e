import { describe, expect, test } from 'vitest';
import { Fact } from '../../src/facts/schema.js';

const valid = {
  id: 'casualties.security-forces-killed',
  articleId: 'kazakhstan-unrest',
  claim: 'The Kazakh Interior Ministry said eight police officers and members of the National Guard were killed.',
  quote: 'The Kazakh Interior Ministry said eight police officers and members of the National Guard were killed',
  span: { start: 1104, end: 1205 },
  paragraph: 8,
  attribution: { name: 'Kazakh Interior Ministry', kind: 'government-body', asPrinted: 'The Kazakh Interior Ministry', verb: 'said' },
  stance: 'attributed',
  topics: ['casualties'],
  quantities: [{ text: 'eight', value: 8, qualifier: 'exact', counted: 'police officers and National Guard members killed' }],
  disputedBy: [],
  corrections: [],
  status: { state: 'current' },
  hash: '0123456789ab',
};

describe('Fact schema', () => {
  test('GIVEN a fact with no status THEN it is current', () => {
    expect(Fact.parse({ ...valid, status: undefined }).status).toEqual({ state: 'current' });
  });

  test('GIVEN a complete fact THEN it parses', () => {
    expect(Fact.parse(valid)).toEqual(valid);
  });

  test.each([
    ['an id that is not a dotted slug', { id: 'Casualties killed' }, 'id'],
    ['a span that ends before it starts', { span: { start: 10, end: 5 } }, 'span'],
    ['an unknown source kind', { attribution: { ...valid.attribution, kind: 'rumour' } }, 'attribution.kind'],
    ['no topics', { topics: [] }, 'topics'],
    ['an unknown qualifier', { quantities: [{ text: 'loads', qualifier: 'loads', counted: 'people' }] }, 'quantities.0.qualifier'],
    ['an unknown stance', { stance: 'fact' }, 'stance'],
    ['a hash that is not 12 hex digits', { hash: 'ABC' }, 'hash'],
    ['a retraction without a reason', { status: { state: 'retracted', on: '2026-11-25' } }, 'status.reason'],
    ['a correction dated in words', { status: { state: 'corrected', on: 'yesterday', changed: 'claim', reason: 'typo' } }, 'status.on'],
  ])('GIVEN %s THEN it is refused at that field', (_, change, field) => {
    const result = Fact.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});
