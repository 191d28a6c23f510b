// `hl-orders webhooks listen`, the built binary on 127.0.0.1: signed
// deliveries posted to it are verified over their bytes, printed (NDJSON when
// piped, terminal-safe lines with --format table) and forwarded byte for byte;
// refused ones are answered 401/400/413, reported on stderr, never forwarded.
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TERMINAL_CONTROL } from '../support/orders.js';
import { start } from '../support/run-cli.js';
import {
  HEADER,
  type KeyFiles,
  keyFiles,
  type Listening,
  startListener as listen,
  orderBody,
  sign,
  stopListeners,
  waitForOutput,
} from '../support/webhooks.js';

let files: KeyFiles;
beforeAll(async () => {
  files = await keyFiles();
});
afterAll(() => files?.remove());

const servers: Server[] = [];
afterEach(async () => {
  stopListeners();
  for (const s of servers.splice(0)) s.close();
});

async function stop(listening: Listening, signal: NodeJS.Signals = 'SIGINT') {
  listening.child.kill(signal);
  return listening.done;
}

async function post(url: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>) {
  const response = await fetch(`${url}/webhooks/highlevel`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const signed = async (body: string, scheme: 'ed25519' | 'rsa' = 'ed25519') => ({
  [HEADER[scheme]]: await sign(files.keys, body, scheme),
});

interface Recorded {
  body: Buffer;
  headers: IncomingHttpHeaders;
}

/** A receiver of forwards on 127.0.0.1 that records what it got and answers `statuses` in turn (then 200). */
async function recorder(statuses: number[] = []) {
  const got: Recorded[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      got.push({ body: Buffer.concat(chunks), headers: request.headers });
      response.writeHead(statuses.shift() ?? 200).end('ok');
    });
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { got, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` };
}

describe('webhooks listen', () => {
  it('--port 0: says the port; verified events of both schemes are NDJSON on a pipe; Ctrl-C exits 130', async () => {
    const listening = await listen(['--public-key', files.ed25519, '--public-key', files.rsa]);
    const ed = orderBody({}, { webhookId: 'wh-ed' });
    const rsa = orderBody({ type: 'OrderStatusUpdate', status: 'completed' }, { webhookId: 'wh-rsa' });
    expect(await post(listening.url, ed, await signed(ed))).toEqual({ status: 200, body: { received: true } });
    expect((await post(listening.url, rsa, await signed(rsa, 'rsa'))).status).toBe(200);
    const result = await stop(listening);
    expect(result.code, result.stderr).toBe(130);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toMatchObject([
      { type: 'OrderCreate', webhookId: 'wh-ed', scheme: 'ed25519', payload: JSON.parse(ed) },
      { type: 'OrderStatusUpdate', webhookId: 'wh-rsa', scheme: 'rsa', payload: JSON.parse(rsa) },
    ]);
    expect(result.stderr).toMatch(/Stopped: 2 events verified, 0 deliveries refused\./);
  });

  it('refused deliveries: 401 for a bad or missing signature, 400 stale, 413 too large, 200 for a duplicate; reasons on stderr; none forwarded', async () => {
    const target = await recorder();
    const listening = await listen(['--public-key', files.ed25519, '--forward-to', target.url]);
    const body = orderBody({}, { webhookId: 'wh-good' });
    const good = await signed(body);
    const tampered = body.replace('pending', 'paid!!!');
    const stale = orderBody({}, { now: Date.now() - 3600_000 });

    expect(await post(listening.url, tampered, good)).toMatchObject({ status: 401, body: { error: 'bad-signature' } });
    expect(await post(listening.url, body, {})).toMatchObject({
      status: 401,
      body: { error: 'no-signature' },
    });
    expect(
      await post(listening.url, body, { [HEADER.ed25519]: await sign(files.keys, orderBody(), 'ed25519') }),
    ).toMatchObject({
      status: 401,
    });
    expect(await post(listening.url, stale, await signed(stale))).toMatchObject({
      status: 400,
      body: { error: 'stale' },
    });
    expect((await post(listening.url, Buffer.alloc(1024 * 1024 + 10, 32), good)).status).toBe(413);
    expect(await post(listening.url, body, good)).toMatchObject({
      status: 200,
      body: { received: true, forwarded: 200 },
    });
    expect(await post(listening.url, body, good)).toEqual({ status: 200, body: { received: true, duplicate: true } });

    const result = await stop(listening);
    expect(target.got).toHaveLength(1);
    expect(target.got[0]?.body.toString()).toBe(body);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/rejected, bad-signature \(answered 401\): x-ghl-signature does not verify/);
    expect(result.stderr).toMatch(/rejected, no-signature \(answered 401\)/);
    expect(result.stderr).toMatch(/rejected, stale \(answered 400\)/);
    expect(result.stderr).toMatch(/rejected, too-large \(answered 413\)/);
    expect(result.stderr).toMatch(/duplicate, not shown again \(answered 200\)/);
    expect(result.stderr).toMatch(/Stopped: 1 event verified, 6 deliveries refused, 1 forwarded, 0 not forwarded\./);
  });

  it('--forward-to carries the raw bytes and the signature headers; a failed forward is answered 502 and the retry is forwarded again', async () => {
    const target = await recorder([500]);
    const listening = await listen(['--public-key', files.ed25519, '--forward-to', target.url]);
    // Spacing and key order a re-serialisation would change: the bytes must arrive as they were signed.
    const body = `{ "type":"OrderCreate",  "webhookId":"wh-fwd", "timestamp":"${new Date().toISOString()}",\n "_id":"o1", "note":"caf\u00e9 \u2603" }`;
    const headers = { ...(await signed(body)), ...(await signed(body, 'rsa')) };
    const first = await post(listening.url, body, headers);
    expect(first).toMatchObject({ status: 502, body: { error: 'forward-failed' } });
    const retry = await post(listening.url, body, headers);
    expect(retry).toEqual({ status: 200, body: { received: true, forwarded: 200 } });

    const result = await stop(listening, 'SIGTERM');
    expect(result.code).toBe(130);
    expect(target.got).toHaveLength(2);
    for (const got of target.got) {
      expect(got.body.equals(Buffer.from(body))).toBe(true);
      expect(got.headers[HEADER.ed25519]).toBe(headers[HEADER.ed25519]);
      expect(got.headers[HEADER.rsa]).toBe(headers[HEADER.rsa]);
      expect(got.headers['content-type']).toBe('application/json');
    }
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.forward.status)).toEqual([500, 200]);
    expect(result.stderr).toMatch(/forward failed: .*it answered 500; the sender was answered 502 and may retry/);
  });

  it('--format table: escape sequences and line breaks in event fields are neutralised', async () => {
    const listening = await listen(['--public-key', files.ed25519, '--format', 'table']);
    const hostile =
      'Oops\u001b[2J\u001b]0;pwned\u0007\u001b[31m red \u009b1m\u202eevil\u202c\r\nhl-orders: forged\u2028x';
    const body = orderBody({ type: hostile, _id: hostile, status: hostile, currency: hostile }, { webhookId: hostile });
    expect((await post(listening.url, body, await signed(body))).status).toBe(200);
    const result = await stop(listening);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TIME +EVENT +ORDER/);
    expect(lines, result.stdout).toHaveLength(2);
    expect(lines[1]).toContain('Oops');
    expect(lines[1]).not.toMatch(TERMINAL_CONTROL);
    expect(result.stderr).not.toMatch(TERMINAL_CONTROL);
  });

  it('--mock: simulator events flow in, verified with its keys, and are forwarded', async () => {
    const target = await recorder();
    const listening = await listen(['--mock', '--forward-to', target.url]);
    expect(listening.out.stderr).toMatch(/--mock: a local simulator sends a signed OrderCreate every 2 s/);
    await waitForOutput(
      listening.child.stdout,
      () => listening.out.stdout,
      (text) => text.includes('"type":"OrderStatusUpdate"'),
      'OrderStatusUpdate event',
    );
    const result = await stop(listening);
    expect(result.code, result.stderr).toBe(130);
    const events = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events[0]).toMatchObject({ type: 'OrderCreate', forward: { status: 200 } });
    const update = events.find((e) => e.type === 'OrderStatusUpdate');
    expect(update.payload._id).toBe(events[0].payload._id);
    expect(result.stderr).not.toMatch(/rejected/);
    const forwarded = target.got.map((got) => JSON.parse(got.body.toString()).webhookId);
    expect(forwarded).toEqual(
      expect.arrayContaining(events.filter((e) => e.forward?.status === 200).map((e) => e.webhookId)),
    );
    for (const got of target.got) expect(got.headers[HEADER.ed25519]).toBeTruthy();
  });

  it('a port in use: exit 2, naming --port and the way out', async () => {
    const taken = createServer();
    servers.push(taken);
    taken.listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const { port } = taken.address() as AddressInfo;
    const cli = start(['webhooks', 'listen', '--port', String(port)]);
    const result = await cli.done;
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`--port ${port}: something is already listening there.*--port 0`));
  });
});
