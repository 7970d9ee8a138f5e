import path from 'node:path';
import { editJson } from './dataDir.js';
import { runCli } from './runCli.js';

const CURATION = 'curation/kazakhstan-unrest.json';

/** A curator's change to one fact in a copied data folder, then `npm run facts:build` on it, as a curator would. */
export async function reviseFact(dataDir: string, id: string, revise: (fact: Record<string, unknown>) => void): Promise<void> {
  await editJson(path.join(dataDir, CURATION), (curation: { facts: Record<string, unknown>[] }) => {
    const fact = curation.facts.find((candidate) => candidate.id === id);
    if (fact === undefined) throw new Error(`no curated fact ${id}`);
    revise(fact);
  });
  const built = await runCli('src/cli/factsBuild.ts', ['--data', dataDir]);
  if (built.code !== 0) throw new Error(`facts:build failed:\n${built.stderr}`);
}
