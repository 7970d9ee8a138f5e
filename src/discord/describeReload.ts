import type { ReloadOutcome } from './corrections/reloadFacts.js';

const MAX_PROBLEMS_SHOWN = 5;

/** What `/config reload-facts` tells the admin: the version now answering, and what happened to this server's answers. */
export function describeReload(outcome: ReloadOutcome, guildId: string, otherShards: number): string {
  if (!outcome.ok) {
    const shown = outcome.problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => `• ${problem}`);
    const more = outcome.problems.length - shown.length;
    return [
      'The fact store on disk is invalid, so I kept answering from the current one. Problems:',
      ...shown,
      ...(more > 0 ? [`…and ${more} more (run \`npm run facts:check\`).`] : []),
    ].join('\n');
  }
  const { previous, version, facts } = outcome;
  const tally = outcome.byGuild.get(guildId);
  const changed = previous.hash === version.hash ? 'unchanged' : `was version ${previous.number} of ${previous.date}`;
  const lines = [`Reloaded the facts: store version ${version.number} of ${version.date}, ${facts} facts (${changed}).`];
  if (outcome.total.unreadable) {
    lines.push('Earlier answers could not be checked: the settings store is unreachable. They are checked on the next reload or restart.');
  } else if (tally === undefined || tally.edited + tally.stale + tally.failed === 0) {
    lines.push('No earlier answer in this server needed a correction.');
  } else {
    lines.push(`Earlier answers in this server: ${tally.edited} corrected.`);
    if (tally.stale > 0) lines.push(`${tally.stale} could not be edited any more (Discord allows editing a command reply for 15 minutes).`);
    if (tally.failed > 0) lines.push(`${tally.failed} could not be edited just now; they are tried again on the next reload.`);
  }
  if (otherShards > 0) {
    lines.push(otherShards === 1 ? 'The other shard reloads too.' : `The other ${otherShards} shards reload too.`);
  }
  return lines.join('\n');
}
