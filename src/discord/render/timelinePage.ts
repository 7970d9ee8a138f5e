import type { Store } from '../../facts/schema.js';
import { standingFacts } from '../../facts/standingFacts.js';
import { COLORS } from './colors.js';
import { factField } from './factField.js';
import type { Page } from './pagedEmbed.js';
import { pagedEmbed } from './pagedEmbed.js';

const EVENTS_PER_PAGE = 6;

/** The store's facts in the order the article reports them (photo captions and retracted facts left out), each numbered and attributed. */
export function timelinePage(store: Store, page: number): Page {
  const events = standingFacts(store).filter((fact) => fact.attribution.kind !== 'photographer');
  return pagedEmbed({
    base: {
      color: COLORS.answer,
      title: 'Timeline, in the order the article reports it',
      description: 'Times are as printed; the article gives no dates.',
    },
    fields: events.map((fact, index) => ({ field: factField(fact, `${index + 1}. `), factId: fact.id })),
    page,
    perPage: EVENTS_PER_PAGE,
    pageId: 'timeline',
  });
}
