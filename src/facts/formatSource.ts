import type { Attribution } from './schema.js';

/** The source as one readable string: "Kazakh Interior Ministry", "Sultanat Azirbek, police spokeswoman". */
export function formatSource(attribution: Attribution): string {
  if (attribution.kind === 'article') return 'The article (own reporting)';
  return attribution.role === undefined ? attribution.name : `${attribution.name}, ${attribution.role}`;
}
