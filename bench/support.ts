import { performance } from 'node:perf_hooks';

/** Median wall time of `runs` calls, in milliseconds. */
export async function median(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

export const peakRssMiB = (): number => process.resourceUsage().maxRSS / 1024;

export const line = (label: string, value: string): void => console.log(`${label.padEnd(48)} ${value}`);
