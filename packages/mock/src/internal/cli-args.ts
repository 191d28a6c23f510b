// Parses the arguments of the `hl-orders-mock` binary into the options of
// startMock or startSimulator, or a usage error. Pure, so every flag can be
// tested without starting a server.
import { parseArgs } from 'node:util';
import type { SimulatorOptions } from '@hl-orders/simulator';
import type { MockOptions } from '../prism.js';

export const usage = `Usage: hl-orders-mock [--port N] [--dynamic] [--seed S]
       hl-orders-mock --simulator [--port N] [--count N] [--seed S] [--token T]
                      [--location ID] [--rate-limit MAX/MS | --no-rate-limit] [--latency MS]

Serves a local stand-in for the HighLevel Orders API on 127.0.0.1 and prints
its URL on stdout. Stop it with Ctrl-C.

Without --simulator: a Prism mock of the bundled @hl-orders/spec (the spec's
examples, or schema-generated responses with --dynamic).
With --simulator: the stateful simulator of @hl-orders/simulator, serving
every Orders operation on generated orders (filters, limit/offset, payments,
fulfillments, notes) with the auth, scope and Version rules and the rate limits.

Options:
  --port N          port to listen on (default: a free port)
  --seed S          seed of the generated data (default: 1); the same seed
                    gives the same responses (Prism --dynamic) or orders
  --dynamic         Prism: generate responses from the schemas instead of the examples
  --simulator       run the stateful simulator instead of Prism
  --count N         simulator: number of orders to generate (default: 250)
  --token T         simulator: the only bearer token accepted (default: any non-empty one)
  --location ID     simulator: the location id whose orders are served
                    (default: 3SwdhCu3svxI8AKsPJt6)
  --rate-limit M/MS simulator: at most M requests per MS milliseconds per token
                    and location (default: 100/10000, as the real API)
  --no-rate-limit   simulator: no rate limit at all
  --latency MS      simulator: delay every answer by MS milliseconds (default: 0)
  -h, --help        show this help

Examples:
  hl-orders-mock
  hl-orders-mock --simulator --count 100000 --no-rate-limit
  hl-orders-mock --simulator --token secret --rate-limit 5/1000`;

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'prism'; options: MockOptions }
  | { kind: 'simulator'; options: SimulatorOptions }
  | { kind: 'usage-error'; message: string };

const SIMULATOR_ONLY = ['count', 'token', 'location', 'rate-limit', 'no-rate-limit', 'latency'] as const;

function wholeNumber(text: string, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number | string {
  const value = Number(text);
  return /^\d+$/.test(text) && value >= min && value <= max
    ? value
    : `--${flag} must be a whole number from ${min} to ${max}, got "${text}"`;
}

/** Parses `argv` (without the node and script paths). */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        dynamic: { type: 'boolean' },
        seed: { type: 'string' },
        simulator: { type: 'boolean' },
        count: { type: 'string' },
        token: { type: 'string' },
        location: { type: 'string' },
        'rate-limit': { type: 'string' },
        // Declared as its own flag: parseArgs' allowNegative needs Node 22.
        'no-rate-limit': { type: 'boolean' },
        latency: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };
  const fail = (message: string): CliCommand => ({ kind: 'usage-error', message });
  const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);

  let port: number | undefined;
  if (str('port') !== undefined) {
    const parsed = wholeNumber(str('port') as string, 'port', 1, 65535);
    if (typeof parsed === 'string') return fail(parsed);
    port = parsed;
  }

  if (!values.simulator) {
    const stray = SIMULATOR_ONLY.find((name) => values[name] !== undefined);
    if (stray) return fail(`--${stray} needs --simulator`);
    return { kind: 'prism', options: { port, dynamic: values.dynamic === true, seed: str('seed') } };
  }

  if (values.dynamic) return fail('--dynamic is for the Prism mock; the simulator is always dynamic');
  const options: SimulatorOptions = { port };
  // A numeric seed is a number, so `--seed 42` gives the orders of startSimulator({ seed: 42 }).
  const seed = str('seed');
  if (seed !== undefined) options.seed = /^\d+$/.test(seed) ? Number(seed) : seed;
  if (str('count') !== undefined) {
    const count = wholeNumber(str('count') as string, 'count', 0);
    if (typeof count === 'string') return fail(count);
    options.count = count;
  }
  if (str('token') !== undefined) {
    if (str('token') === '') return fail('--token must not be empty');
    options.token = str('token');
  }
  if (str('location') !== undefined) {
    if (str('location') === '') return fail('--location must not be empty');
    options.locationId = str('location');
  }
  if (values['no-rate-limit'] && str('rate-limit') !== undefined) {
    return fail('--rate-limit and --no-rate-limit cannot be used together');
  }
  if (values['no-rate-limit']) options.rateLimit = false;
  const rate = str('rate-limit');
  if (rate !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(rate);
    if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
      return fail(`--rate-limit must be MAX/MS with whole numbers >= 1, e.g. 100/10000, got "${rate}"`);
    }
    options.rateLimit = { max: Number(match[1]), intervalMs: Number(match[2]) };
  }
  if (str('latency') !== undefined) {
    const latency = wholeNumber(str('latency') as string, 'latency', 0);
    if (typeof latency === 'string') return fail(latency);
    options.faults = { latencyMs: latency };
  }
  return { kind: 'simulator', options };
}
