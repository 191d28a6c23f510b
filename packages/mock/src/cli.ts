#!/usr/bin/env node
// `hl-orders-mock`: serves the bundled spec with Prism until interrupted.
import { parseArgs } from 'node:util';
import { startMock } from './prism.js';

const usage = `Usage: hl-orders-mock [--port N] [--dynamic] [--seed S]

Serves a Prism mock of the HighLevel Orders API (the bundled @hl-orders/spec)
on 127.0.0.1 and prints its URL. Stop it with Ctrl-C.

Options:
  --port N     port to listen on (default: a free port)
  --dynamic    generate responses from the schemas instead of the examples
  --seed S     seed of the dynamic generator (default: 1)
  -h, --help   show this help`;

let values: { port?: string; dynamic?: boolean; seed?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string' },
      dynamic: { type: 'boolean' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`hl-orders-mock: ${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error(`hl-orders-mock: --port must be a whole number from 1 to 65535, got "${values.port}"`);
  process.exit(2);
}
try {
  const mock = await startMock({ port, dynamic: values.dynamic, seed: values.seed });
  console.log(mock.url);
  const shutdown = () => void mock.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  console.error(`hl-orders-mock: ${(error as Error).message}`);
  process.exit(1);
}
