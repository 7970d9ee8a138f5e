import path from 'node:path';

/** `--data DIR` points a CLI at another data folder (tests use fixture folders). */
export function dataDirArgument(args: readonly string[]): string | undefined {
  const index = args.indexOf('--data');
  const value = index < 0 ? undefined : args[index + 1];
  return value === undefined ? undefined : path.resolve(value);
}
