// Where the ids of accepted deliveries are kept, to refuse a delivery sent
// twice. One atomic call, `remember`, so that two copies of a delivery racing
// through two processes cannot both pass a check-then-add. The in-memory
// default is bounded; a receiver with several processes needs a shared store
// (the README sketches Redis and SQL).

/** Remembers delivery ids (`webhookId`) until they expire. */
export interface ReplayStore {
  /**
   * Records `id` for `ttlMs` milliseconds and resolves `true` when it was new,
   * `false` when it is already recorded (a replay). Must be atomic: of two
   * concurrent calls with one id, only one may see `true`. A duration rather
   * than a date, so the store's clock and the verifier's need not agree
   * (Redis `PX`, SQL `now() + interval`). `Infinity` when the time window is
   * off (`tolerance: Infinity`).
   */
  remember(id: string, ttlMs: number): boolean | Promise<boolean>;
  /**
   * Optional: drops `id`, so a new delivery of it is accepted. The adapters
   * call it when your event handler throws, so that the sender's retry is
   * processed instead of being refused as a replay.
   */
  forget?(id: string): void | Promise<void>;
}

/** Options of {@link createMemoryReplayStore}. */
export interface MemoryReplayStoreOptions {
  /** Most ids kept; past it the oldest is dropped (and could be replayed). Default 10,000. */
  maxEntries?: number;
  /** The clock, in milliseconds since the epoch. Default `Date.now`. */
  now?: () => number;
}

/** The in-memory store, and how many ids it holds. */
export interface MemoryReplayStore extends ReplayStore {
  readonly size: number;
  forget(id: string): void;
}

/** How many expired ids one call clears, so no call pays for a long backlog. */
const SWEEP = 8;

/**
 * A bounded in-memory {@link ReplayStore} for one process: ids are kept until
 * they expire, at most `maxEntries` of them (the oldest go first). Size it
 * above the deliveries you receive in twice the tolerance window (10 minutes
 * by default); an id dropped early could be replayed within its window.
 */
export function createMemoryReplayStore(options: MemoryReplayStoreOptions = {}): MemoryReplayStore {
  const maxEntries = options.maxEntries ?? 10_000;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new RangeError(`maxEntries must be a whole number of at least 1, not ${String(maxEntries)}.`);
  }
  const now = options.now ?? Date.now;
  // Insertion order is age order: the first entries are the oldest.
  const entries = new Map<string, number>();
  return {
    get size() {
      return entries.size;
    },
    remember(id, ttlMs) {
      const time = now();
      const expiresAt = time + ttlMs;
      let swept = 0;
      for (const [key, expiry] of entries) {
        if (swept++ >= SWEEP || expiry > time) break;
        entries.delete(key);
      }
      const known = entries.get(id);
      if (known !== undefined && known > time) return false;
      entries.delete(id);
      entries.set(id, expiresAt);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return true;
    },
    forget(id) {
      entries.delete(id);
    },
  };
}

let shared: MemoryReplayStore | undefined;

/** The store used when no `replayStore` is given: one per process, created on first use. */
export function defaultReplayStore(): MemoryReplayStore {
  shared ??= createMemoryReplayStore();
  return shared;
}
