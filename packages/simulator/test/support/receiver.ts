// A webhook receiver for the tests: a node:http server on 127.0.0.1 (a free
// port) that keeps every delivery's raw bytes and headers and answers as the
// test says (a status, or no answer at all). Tests wait for deliveries with
// `received(n)`, never with a sleep.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

/** One request as it arrived. */
export interface Delivery {
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
  /** The parsed body. */
  readonly json: Record<string, unknown> & { type: string; _id: string; webhookId: string };
  /** Resolves when the sender closed the connection (it is never answered for `'hang'`). */
  readonly closed: Promise<void>;
}

/** How to answer the n-th request (0-based): a status, or `'hang'` to never answer. */
export type Answer = (index: number) => number | 'hang';

export interface Receiver {
  readonly url: string;
  readonly deliveries: Delivery[];
  /** Resolves with the deliveries once at least `count` have arrived. */
  received(count: number): Promise<Delivery[]>;
  close(): Promise<void>;
}

export function useReceivers(): (answer?: Answer) => Promise<Receiver> {
  const open: Receiver[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((receiver) => receiver.close()));
  });
  return async (answer = () => 200) => {
    const receiver = await startReceiver(answer);
    open.push(receiver);
    return receiver;
  };
}

export async function startReceiver(answer: Answer = () => 200): Promise<Receiver> {
  const deliveries: Delivery[] = [];
  const waiters: { count: number; resolve: (all: Delivery[]) => void }[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    const closed = new Promise<void>((resolve) => request.socket.once('close', () => resolve()));
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const index = deliveries.length;
      deliveries.push({ headers: request.headers, body, json: JSON.parse(body.toString('utf8')), closed });
      for (const waiter of waiters.filter((w) => deliveries.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve([...deliveries]);
      }
      const status = answer(index);
      if (status !== 'hang') response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks?token=receiver-secret`,
    deliveries,
    received(count) {
      if (deliveries.length >= count) return Promise.resolve([...deliveries]);
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A URL nothing listens on: a port that was free a moment ago. */
export async function deadUrl(): Promise<string> {
  const receiver = await startReceiver();
  await receiver.close();
  return receiver.url;
}
