import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { APPLICATION_ID, GUILD_ID, TOKEN } from '../support/botHarness.js';
import { startDiscordStandIn } from '../support/discord/startDiscordStandIn.js';
import type { DiscordStandIn } from '../support/discord/startDiscordStandIn.js';
import { runCli, spawnCli } from '../support/runCli.js';

let standIn: DiscordStandIn;
beforeAll(async () => {
  standIn = await startDiscordStandIn({
    applicationId: APPLICATION_ID,
    botUser: { id: '100000000000000002', username: 'factdesk', bot: true },
    token: TOKEN,
    guilds: [{ id: GUILD_ID, name: 'News Club', ownerId: '300000000000000009', channels: [{ id: '210000000000000001', name: 'general' }] }],
  });
});
afterAll(() => standIn.close());

/** The bot as `npm start` runs it, pointed at the stand-in. */
const startBot = () =>
  spawnCli('src/cli/start.ts', {
    env: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: APPLICATION_ID,
      DISCORD_API_URL: standIn.apiUrl,
      KEYV_URL: 'sqlite:///tmp/factdesk-start-test.sqlite',
      LOG_LEVEL: 'info',
    },
  });

const deploy = (extra: Record<string, string>) =>
  runCli('src/cli/deployCommands.ts', [], {
    env: { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: standIn.apiUrl, ...extra },
  });

describe('npm run deploy-commands', () => {
  test('GIVEN DISCORD_GUILD_ID THEN the commands are registered in that guild, and a second run leaves the same set', async () => {
    const first = await deploy({ DISCORD_GUILD_ID: GUILD_ID });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Registered 8 commands in guild ${GUILD_ID}`);
    const names = standIn
      .commands(GUILD_ID)
      .map((command) => command.name)
      .sort();
    expect(names).toEqual(['Find related facts', 'about', 'ask', 'config', 'facts', 'source', 'summary', 'timeline']);
    await deploy({ DISCORD_GUILD_ID: GUILD_ID });
    expect(
      standIn
        .commands(GUILD_ID)
        .map((command) => command.name)
        .sort(),
    ).toEqual(names);
    expect(standIn.requests.filter((request) => request.method === 'PUT').every((request) => request.body.length === 8)).toBe(true);
  });

  test('GIVEN no DISCORD_GUILD_ID THEN the commands are registered globally', async () => {
    const result = await deploy({ DISCORD_GUILD_ID: '' });
    expect(result.stdout).toContain('globally');
    expect(standIn.commands()).toHaveLength(8);
  });

  test('GIVEN no token THEN it says how to get one', async () => {
    const result = await runCli('src/cli/deployCommands.ts', [], { env: { DISCORD_TOKEN: '' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DISCORD_TOKEN is not set');
  });
});

describe('npm start', () => {
  test('GIVEN no token THEN it stops at once, saying how to get one and how to try answers without Discord', async () => {
    const result = await runCli('src/cli/start.ts', [], { env: { DISCORD_TOKEN: '' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('https://discord.com/developers/applications');
    expect(result.stderr).toContain('npm run ask');
    expect(result.stderr).not.toContain('    at ');
  });

  test('GIVEN a token Discord rejects THEN a clear message and a non-zero exit', async () => {
    const result = await runCli('src/cli/start.ts', [], {
      env: {
        DISCORD_TOKEN: 'wrong-token',
        DISCORD_CLIENT_ID: APPLICATION_ID,
        DISCORD_API_URL: standIn.apiUrl,
        KEYV_URL: 'sqlite:///tmp/factdesk-start-test.sqlite',
        LOG_LEVEL: 'silent',
      },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Discord rejected DISCORD_TOKEN');
    expect(result.stderr).not.toContain('wrong-token');
  });

  test('GIVEN SIGTERM THEN the bot logs out and exits 0', async () => {
    const identified = standIn.identifyCount;
    const bot = startBot();
    await standIn.ready(20_000);
    expect(standIn.identifyCount).toBe(identified + 1);
    bot.child.kill('SIGTERM');
    const result = await bot.done;
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('"msg":"stopped"');
  }, 30_000);

  test('GIVEN the gateway closes with a fatal code THEN a clear message, a non-zero exit, and no reconnect loop', async () => {
    const bot = startBot();
    await standIn.ready(20_000);
    const identified = standIn.identifyCount;
    standIn.closeWith(4004);
    const result = await bot.done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Discord rejected DISCORD_TOKEN');
    expect(standIn.identifyCount).toBe(identified);
    expect(result.stderr).not.toContain(TOKEN);
  }, 30_000);
});
