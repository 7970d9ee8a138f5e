/** The polite note a user gets when they ask too often. */
export function rateLimitNote(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking faster than I can keep up with. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}
