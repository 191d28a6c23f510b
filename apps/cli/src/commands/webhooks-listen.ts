// `hl-orders webhooks listen`: a local receiver for order webhooks. Each
// delivery is verified over its raw bytes; a verified one is printed (a line
// on a terminal, NDJSON when piped) and, with --forward-to, sent on to the
// user's own receiver; a refused one is answered 401/400/413 and reported on
// stderr with the reason, and never forwarded. Runs until Ctrl-C or SIGTERM
// (exit 130, as every interrupted command).
import { EXIT, UsageError } from '../exit-codes.js';
import { colorsOf, type IO } from '../io.js';
import { terminalText } from '../output/terminal-text.js';
import {
  eventHeader,
  eventJson,
  eventLine,
  eventSummary,
  type ForwardOutcome,
  type ReceivedEvent,
} from '../output/webhook-events.js';
import { forward, shownUrl } from '../webhooks/forward.js';
import { isLoopback, type ListenFlags, type ListenSettings, listenSettings } from '../webhooks/listen-flags.js';
import { type Answer, type Delivery, type Listener, type Rejection, startListener } from '../webhooks/listener.js';
import { MOCK_INTERVAL_MS, startMockSender } from '../webhooks/mock-sender.js';
import { type PublicKeyFile, readPublicKeys, webhookKeys } from '../webhooks/public-keys.js';

export type { ListenFlags } from '../webhooks/listen-flags.js';

/** The largest delivery accepted, as the verifier's default: hundreds of times a large order. */
const MAX_BODY_BYTES = 1024 * 1024;

interface Stats {
  events: number;
  rejected: number;
  forwarded: number;
  forwardFailed: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const forwardOk = (outcome: ForwardOutcome): outcome is { status: number; durationMs: number } =>
  'status' in outcome && outcome.status >= 200 && outcome.status < 300;

/** The listen error of a port or host that cannot be used, in the words of the flags. */
function listenError(error: unknown, settings: ListenSettings): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const { port, host } = settings;
  switch (code) {
    case 'EADDRINUSE':
      return new UsageError(
        `--port ${port}: something is already listening there on ${host}. Pass another --port, or --port 0 for any free one.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new UsageError(
        `--port ${port}: not allowed to listen there (ports below 1024 need privileges); pass a higher --port.`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new UsageError(
        `--host ${host}: not an address of this machine; pass --host 127.0.0.1 (the default) or ::1.`,
      );
    default:
      return error;
  }
}

/** What the listener verifies with, said once at the start. */
function keysNote(files: readonly PublicKeyFile[]): string {
  const named = (scheme: 'ed25519' | 'rsa') =>
    files
      .filter((f) => f.scheme === scheme)
      .map((f) => f.path)
      .join(', ');
  const ed = named('ed25519');
  const rsa = named('rsa');
  const lines = [
    ed
      ? `x-ghl-signature (Ed25519) is verified with ${ed}.`
      : 'No Ed25519 key (--public-key FILE): a delivery signed only with x-ghl-signature is refused.',
    `x-wh-signature (RSA) is verified with ${rsa || "HighLevel's published RSA key"}.`,
  ];
  return lines.join('\n');
}

export interface Receiver {
  stats: Stats;
  onVerified(delivery: Delivery): Promise<Answer>;
  onRejected(rejection: Rejection): void;
}

/** What the listener does with each delivery: print it, forward it, count it. */
export function receiver(io: IO, settings: ListenSettings, signal: AbortSignal): Receiver {
  const stats: Stats = { events: 0, rejected: 0, forwarded: 0, forwardFailed: 0 };
  const clock = () => new Date().toTimeString().slice(0, 8);
  return {
    stats,
    async onVerified({ verified, body, headers }) {
      const event: ReceivedEvent = { verified, receivedAt: new Date() };
      stats.events++;
      const target = settings.forwardTo;
      if (target) {
        event.forward = await forward({
          url: target,
          body,
          headers,
          timeoutMs: settings.forwardTimeoutMs,
          signal,
          now: () => io.now(),
        });
      }
      io.stdout.write(settings.format === 'table' ? eventLine(event) : eventJson(event));
      if (!target || !event.forward) return { status: 200, body: { received: true }, ok: true };
      if (forwardOk(event.forward)) {
        stats.forwarded++;
        return { status: 200, body: { received: true, forwarded: event.forward.status }, ok: true };
      }
      stats.forwardFailed++;
      const why = 'status' in event.forward ? `it answered ${event.forward.status}` : event.forward.error;
      io.stderr.write(
        `${clock()} forward failed: ${eventSummary(verified)} to ${shownUrl(target)}: ${terminalText(why)}; the sender was answered 502 and may retry.\n`,
      );
      return {
        status: 502,
        body: { error: 'forward-failed', message: `The receiver behind this listener failed: ${why}.` },
        ok: false,
      };
    },
    onRejected(rejection) {
      stats.rejected++;
      const what = rejection.reason === 'replayed' ? 'duplicate, not shown again' : `rejected, ${rejection.reason}`;
      // The verifier names its option; here the flag that sets it.
      const message = rejection.message.replace('pass keys.ed25519', 'pass --public-key with the Ed25519 key');
      io.stderr.write(`${clock()} ${what} (answered ${rejection.status}): ${terminalText(message)}\n`);
    },
  };
}

export async function listenCommand(flags: ListenFlags, io: IO): Promise<number> {
  const settings = listenSettings(flags, io.isTTY.stdout);
  const files = await readPublicKeys(settings.publicKeys);
  const stop = new AbortController();
  const handler = receiver(io, settings, stop.signal);
  // The simulator is loaded for --mock only: a real run never pays for its code.
  const mock = settings.mock
    ? await startMockSender({
        onLimit: (events) =>
          io.stderr.write(`--mock: stopped sending after ${events} events; run it again to see more.\n`),
      })
    : undefined;
  let listener: Listener | undefined;
  try {
    try {
      listener = await startListener({
        host: settings.host,
        port: settings.port,
        keys: mock ? mock.keys : webhookKeys(files),
        maxBodyBytes: MAX_BODY_BYTES,
        onVerified: handler.onVerified,
        onRejected: handler.onRejected,
      });
    } catch (error) {
      throw listenError(error, settings);
    }
    const interrupted = new Promise<void>((resolve) => {
      const stopListening = io.onInterrupt(() => {
        stopListening();
        resolve();
      });
    });
    const notes = [`Listening on ${listener.url} for order webhooks (POST, any path); Ctrl-C to stop.`];
    notes.push(
      mock
        ? `--mock: a local simulator sends a signed OrderCreate every ${MOCK_INTERVAL_MS / 1000} s and an OrderStatusUpdate for the order before, verified with its own test keys (not HighLevel's).`
        : keysNote(files),
    );
    if (!isLoopback(settings.host)) {
      notes.push(`--host ${settings.host}: other machines can reach this listener.`);
    }
    if (settings.forwardTo) {
      notes.push(
        `Verified deliveries are forwarded to ${shownUrl(settings.forwardTo)} (timeout ${settings.forwardTimeoutMs} ms); refused ones never are.`,
      );
    }
    io.stderr.write(`${notes.join('\n')}\n`);
    if (settings.format === 'table') {
      const color = colorsOf(io, 'stdout').isColorSupported;
      io.stdout.write(eventHeader({ forwarding: Boolean(settings.forwardTo), color }));
    }
    mock?.send(`${listener.url}/webhooks/highlevel`);
    await interrupted;
  } finally {
    stop.abort();
    // The sender first, so that nothing is sent to a listener that is gone.
    await mock?.stop();
    await listener?.close();
  }
  const { events, rejected, forwarded, forwardFailed } = handler.stats;
  const forwards = settings.forwardTo ? `, ${forwarded} forwarded, ${forwardFailed} not forwarded` : '';
  io.stderr.write(
    `\nStopped: ${plural(events, 'event')} verified, ${plural(rejected, 'delivery', 'deliveries')} refused${forwards}.\n`,
  );
  return EXIT.interrupted;
}
