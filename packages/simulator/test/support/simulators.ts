// Starts simulators for a test file and stops every one of them after each
// test, so a failing test cannot leave a server listening.
import { afterEach } from 'vitest';
import { type RunningSimulator, type SimulatorOptions, startSimulator } from '../../src/index.js';

export function useSimulators(): (options?: SimulatorOptions) => Promise<RunningSimulator> {
  const running: RunningSimulator[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((sim) => sim.stop()));
  });
  return async (options) => {
    const sim = await startSimulator(options);
    running.push(sim);
    return sim;
  };
}

/** A clock the test moves by hand: `clock.now` is what the simulator reads. */
export function fakeClock(startIso: string): { now: number; read: () => number; advance: (ms: number) => void } {
  const clock = {
    now: Date.parse(startIso),
    read: () => clock.now,
    advance: (ms: number) => {
      clock.now += ms;
    },
  };
  return clock;
}
