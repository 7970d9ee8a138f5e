import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import { fitEmbed } from './embedFit.js';

export interface Page {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** The facts shown on this page, for the answer ledger; not sent to Discord. */
  factIds: string[];
}

export const pageCount = (items: number, perPage: number): number => Math.max(1, Math.ceil(items / perPage));

/** The page to show for a page number from a button: out of range (a stale or forged button) shows the nearest page. */
export const nearestPage = (page: number, pages: number): number => (Number.isInteger(page) ? Math.min(Math.max(0, page), pages - 1) : 0);

/**
 * One page of a long list as an embed, with Previous / Next buttons whose custom ids carry the page to show
 * (`${pageId}:${page}`), so paging needs no state on the bot's side.
 */
export function pagedEmbed(options: {
  base: APIEmbed;
  /** One field per fact, with the fact's id. */
  fields: { field: APIEmbedField; factId: string }[];
  page: number;
  perPage: number;
  pageId: string;
}): Page {
  const pages = pageCount(options.fields.length, options.perPage);
  const page = nearestPage(options.page, pages);
  const shown = options.fields.slice(page * options.perPage, (page + 1) * options.perPage);
  const factIds = shown.map((item) => item.factId);
  const embed = fitEmbed({
    ...options.base,
    fields: shown.map((item) => item.field),
    footer: { text: `Page ${page + 1} of ${pages}${options.base.footer === undefined ? '' : ` · ${options.base.footer.text}`}` },
  });
  if (pages === 1) return { embeds: [embed], components: [], factIds };
  const button = (label: string, target: number, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: `${options.pageId}:${target}:${label === 'Previous' ? 'p' : 'n'}`,
    disabled,
  });
  return {
    embeds: [embed],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [button('Previous', page - 1, page === 0), button('Next', page + 1, page === pages - 1)],
      },
    ],
    factIds,
  };
}
