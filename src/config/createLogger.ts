import pino from 'pino';
import type { Logger } from 'pino';

/** Fields that may hold a secret anywhere in a logged object; pino replaces them before anything is written. */
const SECRET_PATHS = [
  'token',
  'apiKey',
  'authorization',
  '*.token',
  '*.apiKey',
  '*.authorization',
  '*.headers.authorization',
  'headers.authorization',
];

/** Interaction and webhook addresses carry their token in the path: `/webhooks/<app id>/<token>/messages/…`. */
const TOKEN_IN_PATH = /(\/(?:webhooks|interactions)\/\d+\/)[^/?\s]+/g;

/** Errors as pino writes them, with tokens cut out of any text (a failed REST call's error names its address). */
function errorWithoutTokens(error: Error): Record<string, unknown> {
  const serialized: Record<string, unknown> = { ...pino.stdSerializers.err(error) };
  for (const [key, value] of Object.entries(serialized)) {
    if (typeof value === 'string') serialized[key] = value.replace(TOKEN_IN_PATH, '$1[redacted]');
  }
  return serialized;
}

/** Structured JSON logs on stderr, so a CLI's stdout stays clean for its output. */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      redact: { paths: SECRET_PATHS, censor: '[redacted]' },
      serializers: { err: errorWithoutTokens },
      base: { app: 'factdesk' },
    },
    destination,
  );
}

export type { Logger };
