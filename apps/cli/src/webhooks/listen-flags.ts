// The flags of `webhooks listen`, checked before anything is started, each
// refusal naming its flag and what to pass instead.
import { wholeNumber } from '../config.js';
import { UsageError } from '../exit-codes.js';
import { parseFormat } from '../output/formats.js';
import { forwardUrl } from './forward.js';

/** Chosen to clash with nothing common (3000, 8080 are where the user's own app usually runs). */
export const DEFAULT_PORT = 4242;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_FORWARD_TIMEOUT_MS = 10_000;
const MAX_FORWARD_TIMEOUT_MS = 120_000;

export interface ListenFlags {
  port?: string;
  host?: string;
  forwardTo?: string;
  forwardTimeout?: string;
  publicKey?: string[];
  format?: string;
  mock?: boolean;
}

export interface ListenSettings {
  port: number;
  host: string;
  forwardTo: URL | undefined;
  forwardTimeoutMs: number;
  publicKeys: readonly string[];
  format: 'table' | 'ndjson';
  mock: boolean;
}

export function listenSettings(flags: ListenFlags, stdoutIsTTY: boolean): ListenSettings {
  const port = wholeNumber('port', flags.port) ?? DEFAULT_PORT;
  if (port > 65_535) {
    throw new UsageError(`--port must be from 0 to 65535 (0: any free port), got "${flags.port}".`);
  }
  const host = (flags.host ?? DEFAULT_HOST).trim();
  if (host === '' || /[\s/]/.test(host)) {
    throw new UsageError(
      `--host must be an address of this machine to listen on, e.g. 127.0.0.1 (the default) or ::1, got "${flags.host}".`,
    );
  }
  const forwardTimeoutMs = wholeNumber('forward-timeout', flags.forwardTimeout, 1) ?? DEFAULT_FORWARD_TIMEOUT_MS;
  if (forwardTimeoutMs > MAX_FORWARD_TIMEOUT_MS) {
    throw new UsageError(
      `--forward-timeout is at most ${MAX_FORWARD_TIMEOUT_MS} ms (2 minutes), got "${flags.forwardTimeout}".`,
    );
  }
  if (flags.forwardTimeout !== undefined && flags.forwardTo === undefined) {
    throw new UsageError('--forward-timeout applies to --forward-to URL: pass that too, or leave it out.');
  }
  if (flags.mock && flags.publicKey?.length) {
    throw new UsageError("--mock verifies with the simulator's own keys: leave out --public-key.");
  }
  const format = (parseFormat(flags.format, ['table', 'ndjson']) ?? (stdoutIsTTY ? 'table' : 'ndjson')) as
    | 'table'
    | 'ndjson';
  return {
    port,
    host,
    forwardTo: forwardUrl(flags.forwardTo),
    forwardTimeoutMs,
    publicKeys: flags.publicKey ?? [],
    format,
    mock: flags.mock === true,
  };
}

/** Whether `host` can only be reached from this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
