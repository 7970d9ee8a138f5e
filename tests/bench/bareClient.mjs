// The ceiling: a bare discord.js client that answers every interaction with a fixed string, so the benchmark can
// tell the library's own cost from factdesk's. Run by e2eBench.ts with DISCORD_TOKEN and DISCORD_API_URL set.
//
// Plain JavaScript, run by node itself: under a TypeScript loader every `require` goes through the loader's hooks, and
// discord.js requires modules lazily on its hot path (MessagePayload's isWebhook, isMessage...), which would slow
// the ceiling down and flatter factdesk.
import console from 'node:console';
import process from 'node:process';
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_URL ?? '' } });
client.on(Events.InteractionCreate, (interaction) => {
  const answered = interaction.isAutocomplete()
    ? interaction.respond([])
    : interaction.isRepliable()
      ? interaction.reply({ content: 'ok' })
      : Promise.resolve();
  void answered.catch((error) => console.error(error));
});
process.once('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
