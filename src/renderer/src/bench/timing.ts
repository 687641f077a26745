// Timing helpers for the benchmark page. Each measurement returns raw samples; the runner
// (scripts/bench.mjs) takes medians, so one slow run (GC, another process) does not decide.

export interface Samples {
  /** The app's code path, ms per run. */
  figure: number[]
  /** The raw baseline measured in the same run, ms per run. */
  baseline: number[]
  /** Anything else worth reporting (sizes, counts). */
  extra?: Record<string, number | string>
}

export async function time(fn: () => unknown): Promise<number> {
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}

/** Lets the browser settle between runs (pending IndexedDB work, GC) so runs do not bleed into each other. */
export function settle(ms = 50): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Runs figure and baseline alternately, `runs` times each — or fewer baseline runs when a run takes
 * minutes (restoring a million rows), so the whole benchmark stays near ten minutes.
 */
export async function alternate(
  runs: number,
  figure: (i: number) => Promise<number>,
  baseline: (i: number) => Promise<number>,
  baselineRuns: number = runs
): Promise<Samples> {
  const out: Samples = { figure: [], baseline: [] }
  for (let i = 0; i < runs; i++) {
    out.figure.push(await figure(i))
    await settle()
    if (i < baselineRuns) {
      out.baseline.push(await baseline(i))
      await settle()
    }
  }
  return out
}

/** `alternate` for the measures that time the whole of each run: the app's code, then the baseline. */
export function compare(
  runs: number,
  figure: (i: number) => unknown,
  baseline: (i: number) => unknown
): Promise<Samples> {
  return alternate(
    runs,
    (i) => time(() => figure(i)),
    (i) => time(() => baseline(i))
  )
}
