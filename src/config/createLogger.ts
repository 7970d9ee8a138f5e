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

/** Structured JSON logs on stderr, so a CLI's stdout stays clean for its output. */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino({ level, redact: { paths: SECRET_PATHS, censor: '[redacted]' }, base: { app: 'factdesk' } }, destination);
}

export type { Logger };
