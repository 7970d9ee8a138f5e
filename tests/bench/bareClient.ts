// The ceiling: a bare discord.js client that answers every interaction with a fixed string, so the benchmark can
// tell the library's own cost from factdesk's. Run by e2eBench.ts with DISCORD_TOKEN and DISCORD_API_URL set.
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_URL ?? '' } });
client.on(Events.InteractionCreate, (interaction) => {
  const answered = interaction.isAutocomplete()
    ? interaction.respond([])
    : interaction.isRepliable()
      ? interaction.reply({ content: 'ok' })
      : Promise.resolve();
  void answered.catch((error: unknown) => console.error(error));
});
process.once('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
