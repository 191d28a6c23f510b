// A loopback proxy in front of the Prism mock that keeps, for every exchange,
// the `sl-violations` header in which Prism reports how a request or a
// response strays from the spec. The binary talks to the proxy; the test
// asserts that no exchange had any violation.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Exchange {
  method: string;
  path: string;
  status: number;
  /** Prism's report; empty when the exchange kept the contract. */
  violations: string;
  body: unknown;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startViolationProxy(target: string) {
  const exchanges: Exchange[] = [];
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (name !== 'host' && name !== 'connection' && typeof value === 'string') headers.set(name, value);
    }
    const answer = await fetch(target + (request.url ?? '/'), {
      method: request.method,
      headers,
      body: body.length ? body.toString('utf8') : undefined,
    });
    const text = await answer.text();
    exchanges.push({
      method: request.method ?? '',
      path: request.url ?? '',
      status: answer.status,
      violations: answer.headers.get('sl-violations') ?? '',
      body: text ? JSON.parse(text) : undefined,
    });
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(text);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
