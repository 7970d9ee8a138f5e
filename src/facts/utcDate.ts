/** The UTC calendar day of a moment as "YYYY-MM-DD": the date a store version is stamped with, whatever the local zone. */
export function utcDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}
