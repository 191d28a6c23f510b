// Signed deliveries for the webhooks commands' tests: key pairs made once per
// test file, their public halves written to files for --public-key, and
// bodies signed the way HighLevel signs them (@hl-orders/webhooks/testing).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebhookScheme } from '@hl-orders/webhooks';
import { createWebhookBody, generateTestKeys, signWebhook, type TestKeys } from '@hl-orders/webhooks/testing';
import { start } from './run-cli.js';

export interface KeyFiles {
  keys: TestKeys;
  dir: string;
  /** The public keys, one file each. */
  ed25519: string;
  rsa: string;
  /** A second pair's public keys: the wrong keys. */
  otherEd25519: string;
  otherRsa: string;
  /** A private key, given by mistake. */
  privateKey: string;
  remove(): Promise<void>;
}

export async function keyFiles(): Promise<KeyFiles> {
  const [keys, other] = await Promise.all([generateTestKeys(), generateTestKeys()]);
  const dir = await mkdtemp(join(tmpdir(), 'hl-orders-webhooks-'));
  const files = {
    ed25519: join(dir, 'ed25519.pem'),
    rsa: join(dir, 'rsa.pem'),
    otherEd25519: join(dir, 'other-ed25519.pem'),
    otherRsa: join(dir, 'other-rsa.pem'),
    privateKey: join(dir, 'private.pem'),
  };
  await Promise.all([
    writeFile(files.ed25519, keys.ed25519.publicKey),
    writeFile(files.rsa, keys.rsa.publicKey),
    writeFile(files.otherEd25519, other.ed25519.publicKey),
    writeFile(files.otherRsa, other.rsa.publicKey),
    writeFile(files.privateKey, keys.ed25519.privateKey),
  ]);
  return { keys, dir, ...files, remove: () => rm(dir, { recursive: true, force: true }) };
}

export const ORDER_ID = '653f5e0cde5a1314e62a837c';

/** An OrderCreate body (timestamp now unless given), as the text that is signed and sent. */
export function orderBody(fields: Record<string, unknown> = {}, options: { now?: number; webhookId?: string } = {}) {
  return createWebhookBody(
    {
      type: 'OrderCreate',
      locationId: '3SwdhCu3svxI8AKsPJt6',
      _id: ORDER_ID,
      status: 'pending',
      fulfillmentStatus: 'unfulfilled',
      amount: 25.5,
      currency: 'USD',
      ...fields,
    },
    options,
  );
}

export function sign(keys: TestKeys, body: string | Uint8Array, scheme: WebhookScheme): Promise<string> {
  return signWebhook({ body, privateKey: keys[scheme].privateKey, scheme });
}

/** The header each scheme's signature travels in. */
export const HEADER: Record<WebhookScheme, string> = { ed25519: 'x-ghl-signature', rsa: 'x-wh-signature' };

/** Resolves once `test()` holds for the text `read()` returns, re-checked as output arrives; rejects after `timeoutMs`. */
export function waitForOutput(
  stream: NodeJS.ReadableStream | null | undefined,
  read: () => string,
  test: (text: string) => boolean,
  what: string,
  timeoutMs = 60_000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!test(read())) return false;
      clearTimeout(timer);
      stream?.off('data', onData);
      stream?.off('end', onEnd);
      resolve(read());
      return true;
    };
    // After the stream's own listeners (which collect the text) have run.
    const onData = () => setImmediate(check);
    const onEnd = () =>
      setImmediate(() => {
        if (!check()) {
          clearTimeout(timer);
          reject(new Error(`the output ended before ${what}:\n${read()}`));
        }
      });
    const timer = setTimeout(() => {
      stream?.off('data', onData);
      reject(new Error(`no ${what} within ${timeoutMs} ms:\n${read()}`));
    }, timeoutMs);
    stream?.on('data', onData);
    stream?.on('end', onEnd);
    check();
  });
}

/** A `webhooks listen` started by {@link startListener}, with the URL it listens on. */
export type Listening = ReturnType<typeof start> & { url: string; port: number };

const listeners: Listening[] = [];

/** Starts `hl-orders webhooks listen --port 0 ...args` and resolves once it says where it listens. */
export async function startListener(args: string[] = []): Promise<Listening> {
  const cli = start(['webhooks', 'listen', '--port', '0', ...args]);
  const listening: Listening = { ...cli, url: '', port: 0 };
  listeners.push(listening);
  const stderr = await waitForOutput(
    cli.child.stderr,
    () => cli.out.stderr,
    (t) => /Listening on http:\/\/\S+/.test(t),
    'listening line',
  );
  const url = /Listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(stderr);
  if (!url) throw new Error(`no loopback URL in the listening line:\n${stderr}`);
  listening.url = url[1] as string;
  listening.port = Number(url[2]);
  return listening;
}

/** Kills every listener {@link startListener} started (call it in afterEach). */
export function stopListeners(): void {
  for (const l of listeners.splice(0)) if (l.child.exitCode === null) l.child.kill('SIGKILL');
}
