import type { StoreVersion } from '../schema.js';
import type { FactChange, StoreDiff } from './diffStores.js';
import { isUnchanged } from './diffStores.js';

const versionText = ({ number, date }: StoreVersion): string => `${number} (${date})`;

function changeLines(change: FactChange, note = ''): string[] {
  const lines = [`  ~ ${change.id}: ${change.fields.join(', ')}${note}`];
  if (change.claim !== undefined) lines.push(`      claim: "${change.claim.from}"`, `          → "${change.claim.to}"`);
  return lines;
}

function section<T>(title: string, items: T[], lines: (item: T) => string[]): string[] {
  return items.length === 0 ? [] : ['', `${title} (${items.length}):`, ...items.flatMap(lines)];
}

/** The diff as a curator reads it before committing a rebuild: short, one fact per entry, warnings where an answer could go stale. */
export function formatStoreDiff(diff: StoreDiff): string {
  const { from, to } = diff.version;
  if (from !== undefined && isUnchanged(diff))
    return `No changes: the rebuild matches the committed store (version ${from.number}, ${from.date}).`;
  const header =
    from === undefined
      ? [
          `Store version ${versionText(to)}: no committed store to compare with (store.json is missing or does not parse), so every fact counts as added.`,
        ]
      : [
          from.hash === to.hash
            ? `Store version stays ${versionText(from)}: no fact's content changed.`
            : `Store version ${versionText(from)} → ${versionText(to)}`,
        ];
  return [
    ...header,
    ...section('Added', diff.added, (fact) => [`  + ${fact.id}: "${fact.claim}"`]),
    ...section('Corrected', diff.corrected, (fact) =>
      changeLines(fact, `; marked corrected on ${fact.on}: ${fact.changed} (${fact.reason})`),
    ),
    ...section('Changed', diff.changed, (fact) => [
      ...changeLines(fact),
      ...(fact.unmarked
        ? [
            '      warning: what it says changed but it is not marked corrected; add "corrected": { "on", "changed", "reason" } to its curation',
          ]
        : []),
    ]),
    ...section('Retracted', diff.retracted, (fact) => [`  - ${fact.id}: ${fact.reason} (on ${fact.on})`]),
    ...section('Removed', diff.removed, (fact) => [`  - ${fact.id}: "${fact.claim}"`]),
    ...(diff.removed.length === 0
      ? []
      : ['  warning: answers that cited a removed fact cannot be marked; keep it and add "retracted": { "on", "reason" } instead']),
    ...(diff.otherChanges.length === 0 ? [] : ['', `Also changed: ${diff.otherChanges.join(', ')}.`]),
  ].join('\n');
}
