// Who the bot is and where it lives: gateway discovery, its user and application, its deployed commands (bulk
// overwrite, global and per guild), and read-only views of the guilds, channels, roles and members it can see.
import { apiChannel, apiGuild, apiMember, apiRoles } from './guildPayloads.js';
import type { GuildEntry } from './guildPayloads.js';
import { apiError, invalidFormBody, ok, unknownGuild, unknownMember, unknownUser } from './restReplies.js';
import type { RestReply } from './restReplies.js';
import { route } from './restRoutes.js';
import type { Route } from './restRoutes.js';
import type { World } from './world.js';

export function applicationRoutes(world: World, gatewayUrl: string): Route[] {
  const inGuild = (guildId: string, then: (guild: GuildEntry) => RestReply): RestReply => {
    const guild = world.guilds.get(guildId);
    return guild ? then(guild) : unknownGuild();
  };
  const ownApplication = (applicationId: string, then: () => RestReply): RestReply =>
    applicationId === world.applicationId ? then() : apiError(403, 50001, 'Missing Access');
  const overwrite = (guildId: string | undefined, body: unknown): RestReply =>
    Array.isArray(body) ? ok(world.commands.overwrite(guildId, body)) : invalidFormBody('_root', 'Expected an array.');
  const [firstGuild] = world.guilds.values();
  const owner = world.users.get(firstGuild?.definition.ownerId ?? '') ?? world.botUser;

  return [
    route('GET', /^\/gateway\/bot$/, () =>
      ok({
        url: gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      }),
    ),
    route('GET', /^\/gateway$/, () => ok({ url: gatewayUrl })),
    route('GET', /^\/users\/@me$/, () => ok(world.botUser)),
    route('GET', /^\/users\/(\d+)$/, ({ params: [userId = ''] }) => {
      const user = world.users.get(userId);
      return user ? ok(user) : unknownUser();
    }),
    route('GET', /^\/applications\/@me$/, () =>
      ok({
        id: world.applicationId,
        name: world.botUser.username,
        icon: null,
        description: '',
        summary: '',
        bot_public: true,
        bot_require_code_grant: false,
        verify_key: '0'.repeat(64),
        flags: 0,
        owner,
        team: null,
        bot: world.botUser,
      }),
    ),
    route('GET', /^\/applications\/(\d+)\/commands$/, ({ params: [applicationId = ''] }) =>
      ownApplication(applicationId, () => ok(world.commands.list(undefined))),
    ),
    route('PUT', /^\/applications\/(\d+)\/commands$/, ({ params: [applicationId = ''], body }) =>
      ownApplication(applicationId, () => overwrite(undefined, body)),
    ),
    route('GET', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, ({ params: [applicationId = '', guildId = ''] }) =>
      ownApplication(applicationId, () => inGuild(guildId, () => ok(world.commands.list(guildId)))),
    ),
    route('PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, ({ params: [applicationId = '', guildId = ''], body }) =>
      ownApplication(applicationId, () => inGuild(guildId, () => overwrite(guildId, body))),
    ),
    route('GET', /^\/guilds\/(\d+)$/, ({ params: [guildId = ''] }) => inGuild(guildId, (guild) => ok(apiGuild(guild, world.botUser)))),
    route('GET', /^\/guilds\/(\d+)\/channels$/, ({ params: [guildId = ''] }) =>
      inGuild(guildId, ({ definition }) => ok(definition.channels.map((channel, index) => apiChannel(channel, definition.id, index)))),
    ),
    route('GET', /^\/guilds\/(\d+)\/roles$/, ({ params: [guildId = ''] }) =>
      inGuild(guildId, (guild) => ok(apiRoles(guild, world.botUser))),
    ),
    route('GET', /^\/guilds\/(\d+)\/members\/(\d+)$/, ({ params: [guildId = '', userId = ''] }) =>
      inGuild(guildId, (guild) => {
        const user = world.users.get(userId);
        if (!user) return unknownMember();
        return ok(apiMember(user, user.id === world.botUser.id ? [guild.botRoleId] : [], guild.joinedAt));
      }),
    ),
  ];
}
