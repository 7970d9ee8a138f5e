import { Writable } from 'node:stream';
import { createLogger } from '../../src/config/createLogger.js';
import type { Logger } from '../../src/config/createLogger.js';

/** A real pino logger whose JSON lines are kept in memory, so tests can read what was logged. */
export function captureLogs(level = 'info'): { logger: Logger; lines: () => Record<string, unknown>[]; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const logger = createLogger(level, stream);
  const text = () => chunks.join('');
  const lines = () =>
    text()
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines, text };
}
