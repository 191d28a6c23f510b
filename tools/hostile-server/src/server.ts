// The hostile server: an honest implementation of the Orders API on 127.0.0.1
// that a test can script, request by request, into lying, stalling, leaking,
// redirecting or shifting its list. Everything is recorded; nothing is random
// unless seeded; stop() closes every socket, however hostile its behaviour.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Order } from '@hl-orders/types';
import type { Answer, BeforeEachHook, Behaviour, BehaviourContext, RecordedRequest } from './behaviour.js';
import { honestAnswer } from './honest-api.js';
import { recordRequest } from './internal/record.js';
import { createOrderList, type OrderList } from './order-list.js';
import { type Random, seededRandom } from './random.js';

/** Options of {@link startHostileServer}. */
export interface HostileServerOptions {
  /** The initial list: a number of generated orders (newest first), or the orders themselves. Default 0. */
  orders?: number | readonly Order[];
  /** Seed of every generated id, value and random shift. Default 1. */
  seed?: number;
  /** `limit` of a list request that sends none, like the API's 10. Default 10. */
  defaultLimit?: number;
}

/** A running hostile server. */
export interface HostileServer {
  /** `http://127.0.0.1:<port>`: the value for `baseUrl` or `HIGHLEVEL_BASE_URL`. */
  readonly url: string;
  /** Every request received, in arrival order (clear it with `requests.length = 0`; indexes keep counting). */
  readonly requests: RecordedRequest[];
  /** The live list the honest handler pages through. */
  readonly list: OrderList;
  /** The seeded random numbers of this server (the same as `list.random`). */
  readonly random: Random;
  /**
   * A second origin (another port on 127.0.0.1, so another origin to a fetch
   * client) that answers honestly and records what it receives: redirect a client
   * there to see whether it carried the token along.
   */
  readonly otherOrigin: { readonly url: string; readonly requests: RecordedRequest[] };
  /** Errors thrown by behaviours and hooks (the client got a 500 or a dropped connection). */
  readonly errors: unknown[];
  /** Queues behaviours for the next requests, one each, in order; then the default again. */
  use(...behaviours: Behaviour[]): void;
  /** Replaces the default behaviour; `undefined` brings back honest paging. */
  always(behaviour: Behaviour | undefined): void;
  /** Runs `hook` before every request is answered (before the behaviour is chosen); `undefined` removes it. */
  beforeEach(hook: BeforeEachHook | undefined): void;
  /** Closes every socket, endless and stalled ones included, then the listeners. Idempotent. */
  stop(): Promise<void>;
}

/** Starts a hostile server on 127.0.0.1 on a free port. */
export async function startHostileServer(options: HostileServerOptions = {}): Promise<HostileServer> {
  const defaultLimit = options.defaultLimit ?? 10;
  if (!Number.isInteger(defaultLimit) || defaultLimit < 1 || defaultLimit > 100) {
    throw new RangeError(`defaultLimit must be a whole number from 1 to 100, got ${defaultLimit}`);
  }
  const random = seededRandom(options.seed ?? 1);
  const list = createOrderList(options.orders ?? 0, random);
  const stopping = new AbortController();
  const requests: RecordedRequest[] = [];
  const otherRequests: RecordedRequest[] = [];
  const errors: unknown[] = [];
  const queue: Behaviour[] = [];
  let fallback: Behaviour | undefined;
  let hook: BeforeEachHook | undefined;
  const urls = { main: '', other: '' };

  const honest: Behaviour = (ctx) => ctx.honest();

  // Counted apart from the logs, so a test that clears a log keeps indexes unique.
  const counts = { main: 0, other: 0 };

  async function answer(req: IncomingMessage, res: ServerResponse, log: RecordedRequest[], main: boolean) {
    const signal = requestSignal(res, stopping.signal);
    const request = await recordRequest(req, main ? counts.main++ : counts.other++);
    log.push(request);
    if (main) hook?.(request, list);
    const behaviour = (main ? (queue.shift() ?? fallback) : undefined) ?? honest;
    const send = (a: Answer) => {
      if (res.headersSent || res.destroyed) return;
      res.writeHead(a.status, a.headers);
      res.end(a.body === undefined ? undefined : typeof a.body === 'string' ? a.body : JSON.stringify(a.body));
    };
    const ctx: BehaviourContext = {
      req,
      res,
      request,
      list,
      honestAnswer: (r = request) => honestAnswer(r, list, defaultLimit),
      honest: () => send(honestAnswer(request, list, defaultLimit)),
      send,
      signal,
      url: urls.main,
      otherOriginUrl: urls.other,
      random,
      defaultLimit,
    };
    await behaviour(ctx);
  }

  const listen = async (log: RecordedRequest[], main: boolean) => {
    const server = createServer((req, res) => {
      answer(req, res, log, main).catch((error: unknown) => {
        errors.push(error);
        // A 500 the test will see, unless the behaviour had started answering.
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          res.end(`hostile-server: a behaviour or hook threw; see server.errors: ${String(error)}`);
        } else res.destroy();
      });
    });
    const sockets = trackSockets(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return { server, sockets, url: `http://127.0.0.1:${port}` };
  };

  const primary = await listen(requests, true);
  const other = await listen(otherRequests, false);
  urls.main = primary.url;
  urls.other = other.url;

  let stopped: Promise<void> | undefined;
  return {
    url: primary.url,
    requests,
    list,
    random,
    otherOrigin: { url: other.url, requests: otherRequests },
    errors,
    use: (...behaviours) => {
      queue.push(...behaviours);
    },
    always: (behaviour) => {
      fallback = behaviour;
    },
    beforeEach: (next) => {
      hook = next;
    },
    stop() {
      stopped ??= (async () => {
        stopping.abort();
        await Promise.all([close(primary), close(other)]);
      })();
      return stopped;
    },
  };
}

function trackSockets(server: Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return sockets;
}

/** Aborts when the response is over (sent, or the client went away) or the server stops. */
function requestSignal(res: ServerResponse, stopping: AbortSignal): AbortSignal {
  const controller = new AbortController();
  const abort = () => controller.abort();
  res.once('close', abort);
  stopping.addEventListener('abort', abort, { once: true });
  controller.signal.addEventListener('abort', () => stopping.removeEventListener('abort', abort), { once: true });
  return controller.signal;
}

async function close({ server, sockets }: { server: Server; sockets: Set<Socket> }): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Destroyed, not ended: a stalled or endless exchange would otherwise hold close() open.
  for (const socket of sockets) socket.destroy();
  server.closeAllConnections();
  await closed;
}
