// Counters of what the simulator has answered, for tests and benchmarks to
// assert on ("no request was rate limited", "three faults were served").

/** A snapshot of the simulator's counters since start or the last `resetStats()`. */
export interface SimulatorStats {
  /** HTTP requests received, on any path. */
  readonly requests: number;
  /** Answers by HTTP status. Resets are not answers and are not counted here. */
  readonly byStatus: Readonly<Record<number, number>>;
  /** 429 answers (burst and daily). */
  readonly rateLimited: number;
  /** Failures served (status, reset, truncate, html); delays are counted in `delayed`. */
  readonly faultsInjected: number;
  /** Answers delayed by injected latency. */
  readonly delayed: number;
  /** Orders inserted after start (by `insertOrders` or `insertEvery`). */
  readonly inserted: number;
}

export class StatsCounter {
  requests = 0;
  rateLimited = 0;
  faultsInjected = 0;
  delayed = 0;
  inserted = 0;
  #byStatus = new Map<number, number>();

  answered(status: number): void {
    this.#byStatus.set(status, (this.#byStatus.get(status) ?? 0) + 1);
    if (status === 429) this.rateLimited++;
  }

  snapshot(): SimulatorStats {
    return {
      requests: this.requests,
      byStatus: Object.fromEntries([...this.#byStatus].sort(([a], [b]) => a - b)),
      rateLimited: this.rateLimited,
      faultsInjected: this.faultsInjected,
      delayed: this.delayed,
      inserted: this.inserted,
    };
  }

  reset(): void {
    this.requests = 0;
    this.rateLimited = 0;
    this.faultsInjected = 0;
    this.delayed = 0;
    this.inserted = 0;
    this.#byStatus.clear();
  }
}
