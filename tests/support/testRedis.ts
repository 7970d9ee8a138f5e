/**
 * The real Redis the Redis specs run against: `.ci/run` starts Debian's redis-server on a throwaway port and sets
 * FACTDESK_TEST_REDIS_URL. On a developer machine without it those specs are skipped, loudly; in CI they must run.
 */
export function testRedisUrl(): string | undefined {
  const url = process.env.FACTDESK_TEST_REDIS_URL;
  if (url !== undefined && url !== '') return url;
  if (process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false') {
    throw new Error('FACTDESK_TEST_REDIS_URL is not set: CI must run the Redis specs (see .ci/run).');
  }
  console.warn('\n*** SKIPPING the Redis specs: set FACTDESK_TEST_REDIS_URL=redis://127.0.0.1:PORT to run them (CI always does). ***\n');
  return undefined;
}

export const redisPort = (url: string): number => Number(new URL(url).port || 6379);

/** A guild id no other run has used, so specs sharing one Redis never see each other's settings. */
export const freshGuildId = (): string =>
  `9${Date.now()}${Math.floor(Math.random() * 1000)
    .toString()
    .padStart(3, '0')}`.slice(0, 19);
