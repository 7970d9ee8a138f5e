import { z } from 'zod';

/** A Discord id: settings, the answer ledger, reports and the environment all hold them. */
export const Snowflake = z.string().regex(/^\d{15,21}$/, 'must be a Discord id (a number of 15 to 21 digits)');
