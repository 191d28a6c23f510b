// The in-memory replay store: atomic remember, expiry, a size cap, forget.
import { describe, expect, it } from 'vitest';
import { createMemoryReplayStore } from '../src/index.js';

describe('createMemoryReplayStore', () => {
  it('says an id is new once, and a replay until it expires', () => {
    let time = 1_000;
    const store = createMemoryReplayStore({ now: () => time });
    expect(store.remember('a', 500)).toBe(true);
    expect(store.remember('a', 500)).toBe(false);
    time += 499;
    expect(store.remember('a', 500)).toBe(false);
    time += 1;
    expect(store.remember('a', 500)).toBe(true);
  });

  it('keeps at most maxEntries ids, dropping the oldest first', () => {
    const store = createMemoryReplayStore({ maxEntries: 3 });
    for (const id of ['a', 'b', 'c', 'd']) expect(store.remember(id, 60_000)).toBe(true);
    expect(store.size).toBe(3);
    expect(store.remember('d', 60_000)).toBe(false);
    expect(store.remember('b', 60_000)).toBe(false);
    expect(store.remember('a', 60_000)).toBe(true);
  });

  it('clears expired ids as it goes, so an idle backlog does not count against the cap', () => {
    let time = 0;
    const store = createMemoryReplayStore({ now: () => time });
    for (let i = 0; i < 8; i++) store.remember(`old-${i}`, 10);
    time = 100;
    store.remember('new', 10);
    expect(store.size).toBe(1);
  });

  it('forgets an id on request', () => {
    const store = createMemoryReplayStore();
    store.remember('a', 60_000);
    store.forget('a');
    expect(store.remember('a', 60_000)).toBe(true);
  });

  it('refuses a cap that is not a whole number of at least 1', () => {
    expect(() => createMemoryReplayStore({ maxEntries: 0 })).toThrow(/maxEntries must be a whole number/);
  });
});
