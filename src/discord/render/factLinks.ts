import { factPosition } from '../../facts/factPosition.js';
import type { Store } from '../../facts/schema.js';

/**
 * Buttons carry facts as their positions in the store plus a tag of the store's version, which fits Discord's
 * 100-character custom ids where four fact ids would not.
 */
export function encodeFacts(store: Store, storeTag: string, factIds: readonly string[]): string {
  let positions = '';
  for (const id of factIds) {
    const position = factPosition(store, id);
    if (position !== undefined) positions += `${positions === '' ? '' : '.'}${position.toString(36)}`;
  }
  return `${storeTag}:${positions}`;
}

/** The fact ids a button carries, or undefined when it was made from another version of the store. */
export function decodeFacts(store: Store, storeTag: string, tag: string | undefined, encoded: string | undefined): string[] | undefined {
  if (tag !== storeTag || encoded === undefined) return undefined;
  return encoded
    .split('.')
    .map((part) => store.facts[Number.parseInt(part, 36)]?.id)
    .filter((id): id is string => id !== undefined);
}
