#!/usr/bin/env node
import { startSimulator } from '@hl-orders/simulator';
// `hl-orders-mock`: serves the Prism mock or the simulator until interrupted.
// The URL goes to stdout (for scripts); everything human goes to stderr.
import { parseCliArgs, usage } from './internal/cli-args.js';
import { startMock } from './prism.js';

const command = parseCliArgs(process.argv.slice(2));
if (command.kind === 'help') {
  console.log(usage);
  process.exit(0);
}
if (command.kind === 'usage-error') {
  console.error(`hl-orders-mock: ${command.message}\n\n${usage}`);
  process.exit(2);
}

// Installed before anything starts: a signal while Prism is still starting
// exits at once (128 + signal number, as a shell reports it), and startMock's
// exit hook and its child's watchdog end the half-started Prism. Once serving,
// a signal stops the server first and then exits 0. The same signal a second
// time finds no handler left and ends the process at once (the watchdog still
// ends Prism), for when stopping hangs.
let stop: (() => Promise<void>) | undefined;
const shutdown = (signal: NodeJS.Signals) => {
  if (stop === undefined) process.exit(signal === 'SIGINT' ? 130 : 143);
  void stop().then(() => process.exit(0));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

try {
  if (command.kind === 'prism') {
    const mock = await startMock(command.options);
    console.log(mock.url);
    stop = mock.stop;
  } else {
    const sim = await startSimulator(command.options);
    const { rateLimit, token } = command.options;
    const limits =
      rateLimit === false
        ? 'no rate limit'
        : `rate limit ${rateLimit?.max ?? 100} requests / ${rateLimit?.intervalMs ?? 10_000} ms, 200000 / day`;
    console.log(sim.url);
    console.error(
      `hl-orders-mock: simulating ${sim.orders().length} orders of location ${sim.locationId} at ` +
        `${sim.url}/payments/orders (${token === undefined ? 'any bearer token' : 'one bearer token'}, ${limits})`,
    );
    stop = sim.stop;
  }
} catch (error) {
  console.error(`hl-orders-mock: ${(error as Error).message}`);
  process.exit(1);
}
