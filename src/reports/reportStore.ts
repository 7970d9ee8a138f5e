import type Keyv from 'keyv';
import { z } from 'zod';
import { ProblemReport } from './problemReport.js';
import type { ProblemReport as ProblemReportType } from './problemReport.js';

/** The newest reports kept per server: enough for `/config reports list`, small enough to rewrite on each report. */
export const KEPT_REPORTS = 50;

export interface ReportStore {
  add(report: ProblemReportType): Promise<void>;
  /** Newest first. */
  latest(guildId: string, count: number): Promise<ProblemReportType[]>;
}

const key = (guildId: string): string => `reports:${guildId}`;

/**
 * Every report is kept, whether or not a report channel received it, so none is lost when posting fails. Writes to one
 * server's list are queued in this process, so two reports arriving together both survive.
 */
export function createReportStore(keyv: Keyv): ReportStore {
  const queues = new Map<string, Promise<unknown>>();
  async function read(guildId: string): Promise<ProblemReportType[]> {
    const parsed = z.array(ProblemReport).safeParse(await keyv.get(key(guildId)));
    return parsed.success ? parsed.data : [];
  }
  return {
    add(report) {
      const previous = queues.get(report.guildId) ?? Promise.resolve();
      const next = previous
        .catch(() => undefined)
        .then(async () => {
          const kept = [report, ...(await read(report.guildId))].slice(0, KEPT_REPORTS);
          if (!(await keyv.set(key(report.guildId), kept))) throw new Error('the report store refused the report');
        });
      queues.set(report.guildId, next);
      void next.finally(() => {
        if (queues.get(report.guildId) === next) queues.delete(report.guildId);
      });
      return next;
    },
    async latest(guildId, count) {
      return (await read(guildId)).slice(0, count);
    },
  };
}
