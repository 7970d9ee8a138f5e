import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCommands } from '../../src/discord/loadCommands.js';

describe('loadCommands', () => {
  test('GIVEN commands/ THEN every command loads, each name once, and fits Discord’s registration format', async () => {
    const commands = await loadCommands();
    expect([...commands.keys()].sort()).toEqual(['Find related facts', 'about', 'ask', 'config', 'facts', 'source', 'summary', 'timeline']);
    for (const command of commands.values()) {
      const json = command.data.toJSON();
      expect(json.name).toBe(command.data.name);
      if (command.kind === 'slash') expect('description' in json ? json.description?.length : 0).toBeGreaterThan(0);
    }
  });

  test('GIVEN a module that does not export a command THEN loading names the file and what is missing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'factdesk-commands-'));
    try {
      await writeFile(path.join(dir, 'broken.js'), 'export default { kind: "slash", data: { name: "broken" } };\n');
      await expect(loadCommands(dir)).rejects.toThrow(/commands\/broken\.js does not export a command: .*(data\.toJSON|execute)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
