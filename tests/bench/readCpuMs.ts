import { readFile } from 'node:fs/promises';

/** Linux reports process times in clock ticks; 100 per second on every common kernel configuration. */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, from /proc/<pid>/stat; NaN where /proc cannot be read. */
export async function readCpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat === undefined) return Number.NaN;
  // Fields after the command name, which is in parentheses and may itself hold spaces: utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1000;
}
