import { readFile } from 'node:fs/promises';

export interface RssSampler {
  /** The most recent reading, in MB. */
  latestMb(): number;
  /** The highest reading since the sampler started or since the last resetPeak(), in MB. */
  peakMb(): number;
  resetPeak(): void;
  stop(): void;
}

async function readRssMb(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  const kb = status === undefined ? undefined : /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  return kb === undefined ? undefined : Number(kb) / 1024;
}

/** Reads another process's resident memory (Linux /proc) every `intervalMs`; NaN where /proc cannot be read. */
export function sampleRss(pid: number, intervalMs = 100): RssSampler {
  let latest = Number.NaN;
  let peak = Number.NaN;
  const take = async (): Promise<void> => {
    const mb = await readRssMb(pid);
    if (mb === undefined) return;
    latest = mb;
    peak = Number.isNaN(peak) ? mb : Math.max(peak, mb);
  };
  void take();
  const timer = setInterval(() => void take(), intervalMs);
  return {
    latestMb: () => latest,
    peakMb: () => peak,
    resetPeak: () => {
      peak = latest;
    },
    stop: () => clearInterval(timer),
  };
}
