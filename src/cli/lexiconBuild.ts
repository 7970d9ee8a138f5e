import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LEXICON_FILE } from '../answers/lexicon.js';
import { DEFAULT_DATA_DIR } from '../facts/dataFiles.js';
import { buildLexiconFile } from '../lexicon/buildLexiconFile.js';
import { openWordNet } from '../lexicon/openWordNet.js';
import { serializeLexicon, serializeSection } from '../lexicon/serializeLexicon.js';
import { dataDirArgument } from './dataDirArgument.js';
import { loadStoreOrExit } from './loadStoreOrExit.js';

const started = performance.now();
const dataDir = dataDirArgument(process.argv.slice(2)) ?? DEFAULT_DATA_DIR;
const store = await loadStoreOrExit(dataDir);
const lexicon = buildLexiconFile(store, await openWordNet());
const text = serializeLexicon(lexicon);
await writeFile(path.join(dataDir, LEXICON_FILE), text);
const summary = (name: string, entries: Record<string, string[]>): string =>
  `${Object.keys(entries).length} ${name} (${Buffer.byteLength(serializeSection(entries))} bytes)`;
console.log(
  `Wrote ${path.join(dataDir, LEXICON_FILE)}: ${summary('related words', lexicon.related)}, ${summary('narrower words', lexicon.narrower)}, ` +
    `${summary('antonyms', lexicon.antonyms)}; ${Buffer.byteLength(text)} bytes in all, in ${Math.round(performance.now() - started)} ms.`,
);
