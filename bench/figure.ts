/** One measured figure, as scripts/bench.mjs prints it. */
export interface Figure {
  /** Stable dotted name, e.g. `domain.validate.us`; scripts and closing notes quote it. */
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

/** Median of the per-call time in microseconds over `rounds` rounds of `batch` calls. */
export function medianMicros(fn: () => void, rounds = 31, batch = 200): number {
  for (let i = 0; i < batch; i += 1) fn(); // warm up the JIT before measuring
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i += 1) fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1000 / batch);
  }
  samples.sort((a, b) => a - b);
  return round2(samples[Math.floor(samples.length / 2)] ?? Number.NaN);
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
