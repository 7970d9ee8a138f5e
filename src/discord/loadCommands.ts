import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from './command.js';
import { CommandModule } from './command.js';

export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

/** Every command module in commands/, one per file, each checked for the shape the bot relies on. */
export async function loadCommands(directory: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  const files = (await readdir(directory)).filter((file) => /\.(?:ts|js)$/.test(file) && !file.endsWith('.d.ts')).sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(directory, file)).href)) as { default?: unknown };
    const parsed = CommandModule.safeParse(module.default);
    if (!parsed.success)
      throw new Error(
        `commands/${file} does not export a command: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    const command = module.default as Command;
    if (commands.has(command.data.name)) throw new Error(`commands/${file}: a second command named "${command.data.name}"`);
    commands.set(command.data.name, command);
  }
  return commands;
}
