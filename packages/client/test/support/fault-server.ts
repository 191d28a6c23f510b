// A scripted HTTP server on 127.0.0.1 for integration tests: each request is
// answered by the next behaviour in the script (the last one repeats), so a test
// can say "503, then a reset, then a good page" and watch the client cope.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour = (req: IncomingMessage, res: ServerResponse) => void;

export const page = (data: unknown[] = [], totalCount = data.length): Behaviour => json(200, { data, totalCount });

/** Pages `all` by the request's own offset and limit, as the API does. */
export const pageOf =
  (all: unknown[]): Behaviour =>
  (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 10);
    json(200, { data: all.slice(offset, offset + limit), totalCount: all.length })(req, res);
  };

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Behaviour {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
}

/** Closes the connection without any answer. */
export const reset: Behaviour = (req) => req.socket.destroy();

/** Answers after `ms`, unless the client has gone. */
export const slow =
  (ms: number, then: Behaviour): Behaviour =>
  (req, res) => {
    const timer = setTimeout(() => then(req, res), ms);
    res.on('close', () => clearTimeout(timer));
  };

/** A complete response whose JSON is cut short. */
export const truncatedJson: Behaviour = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"data":[{"_id":"653f5e0cde5a13');
};

/** Promises a body, sends half of it, then drops the connection. */
export const droppedMidBody: Behaviour = (req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
  res.write('{"data":[{"_id":"653f');
  setTimeout(() => req.socket.destroy(), 20);
};

/** What a load balancer sends when the API behind it is down. */
export const html502: Behaviour = (_req, res) => {
  res.writeHead(502, { 'content-type': 'text/html' });
  res.end(
    '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>',
  );
};

export async function startFaultServer(script: Behaviour[]) {
  const requests: { url: string; headers: IncomingMessage['headers'] }[] = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    const behaviour = script[Math.min(requests.length - 1, script.length - 1)] ?? page();
    behaviour(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
