// startSimulator, the public entry point: a stateful stand-in for the real
// Orders API on 127.0.0.1. The implementation (fastify, faker) is loaded on
// first use, so that importing the package for its types or options stays light.
import { resolveOptions, type SimulatorOptions } from './options.js';
import type { RunningSimulator } from './running-simulator.js';

/** Starts a simulator of the Orders API (every operation of the spec) on 127.0.0.1 and resolves once it listens. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  // Options are checked before the heavy import, so a mistake fails fast.
  const resolved = resolveOptions(options);
  const { runSimulator } = await import('./internal/run-simulator.js');
  return runSimulator(resolved);
}
