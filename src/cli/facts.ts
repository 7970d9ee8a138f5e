import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../facts/dataFiles.js';
import { factsForTopic } from '../facts/factsForTopic.js';
import { factView } from '../facts/factView.js';
import { findTopic } from '../facts/findTopic.js';
import { loadStoreOrExit } from './loadStoreOrExit.js';

const USAGE = 'Usage: npm run facts -- [--json] [--data DIR] [topic]';

const { values, positionals } = parseArgs({
  options: { json: { type: 'boolean', default: false }, data: { type: 'string' }, help: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const store = await loadStoreOrExit(values.data ?? DEFAULT_DATA_DIR);
const topicName = positionals.join(' ').trim();
let facts = store.facts;
if (topicName !== '') {
  const topic = findTopic(store.topics, topicName);
  if (topic === undefined) {
    console.error(`Unknown topic "${topicName}". Topics: ${store.topics.map((known) => known.id).join(', ')}`);
    process.exit(2);
  }
  facts = factsForTopic(store, topic.id);
}
if (values.json) {
  console.log(JSON.stringify(facts.map(factView), null, 2));
} else {
  for (const view of facts.map(factView)) {
    const { status } = view;
    const note =
      status.state === 'current' ? '' : `  ${status.state === 'retracted' ? 'Retracted' : 'Corrected'} on ${status.on}: ${status.reason}\n`;
    console.log(`${view.id} [${view.topics.join(', ')}]\n  ${view.claim}\n${note}  Source: ${view.source}\n  Quote: "${view.quote}"\n`);
  }
}
