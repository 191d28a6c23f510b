// Starts one Prism mock of the bundled spec (with --errors) for the whole run
// and stops it afterwards, so no test ever leaves a process behind.
import { startMock } from '@hl-orders/mock';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // Prism takes 2-8 s to start, and much longer while the other suites load the machine.
  const mock = await startMock({ errors: true, startTimeoutMs: 120_000 });
  process.stderr.write(`Prism mock of the spec on ${mock.url} (answered after ${Math.round(mock.startupMs)} ms)\n`);
  project.provide('prismUrl', mock.url);
  return () => mock.stop();
}
