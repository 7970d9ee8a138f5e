import type { Fact } from '../../src/facts/schema.js';
import { fixtureFact } from './fixtureStore.js';

const president = { name: 'Ivan Example', role: 'President', kind: 'person', asPrinted: 'Mr Example', verb: 'said' } as const;
const mayor = { name: 'Unnamed deputy mayor', kind: 'person', asPrinted: 'the deputy mayor', verb: 'said' } as const;

/**
 * Two claims that dispute each other, as the article's airport accounts do: a president's five seized planes and a
 * deputy mayor's airport operating normally. `operatingNormally` changes the second (to retract it, say).
 */
export function airportDispute(operatingNormally: Partial<Fact> = {}): Fact[] {
  return [
    fixtureFact({
      id: 'airport.planes-seized',
      claim: 'President Example said five planes were seized at the airport.',
      topics: ['airport'],
      attribution: president,
      stance: 'attributed',
      quantities: [{ text: 'five', value: 5, qualifier: 'exact', counted: 'planes seized at the airport' }],
      disputedBy: ['airport.operating-normally'],
    }),
    fixtureFact({
      id: 'airport.operating-normally',
      claim: 'The deputy mayor said the airport was operating normally.',
      topics: ['airport'],
      attribution: mayor,
      stance: 'attributed',
      disputedBy: ['airport.planes-seized'],
      ...operatingNormally,
    }),
  ];
}
