// `webhooks verify`, in-process: the body from stdin, verified as it came;
// exit 0 with what it is, 1 with why not, 2 for a flag to fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { age } from '../../../src/commands/webhooks-verify.js';
import { type FakeIOOptions, runWith } from '../../support/fake-io.js';
import { type KeyFiles, keyFiles, ORDER_ID, orderBody, sign } from '../../support/webhooks.js';

let files: KeyFiles;
beforeAll(async () => {
  files = await keyFiles();
});
afterAll(() => files?.remove());

const verify = (args: string[], stdin: string | Uint8Array | undefined, options: FakeIOOptions = {}) =>
  runWith(['webhooks', 'verify', ...args], { stdin, ...options });

describe('a genuine delivery', () => {
  it('Ed25519, with the key given: exit 0 and one line saying what it is', async () => {
    const body = orderBody({}, { webhookId: 'wh-1' });
    const result = await verify(
      ['--signature', await sign(files.keys, body, 'ed25519'), '--public-key', files.ed25519],
      body,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(
        `^Verified: OrderCreate order ${ORDER_ID} \\(webhookId wh-1\\), ed25519 signature \\(x-ghl-signature\\), signed .* \\(\\d+ s ago\\)\\.\\n$`,
      ),
    );
  });

  it('RSA with its key, as JSON', async () => {
    const body = orderBody({}, { webhookId: 'wh-2' });
    const signature = await sign(files.keys, body, 'rsa');
    const result = await verify(['--signature', signature, '--public-key', files.rsa, '--format', 'json'], body);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      verified: true,
      scheme: 'rsa',
      type: 'OrderCreate',
      webhookId: 'wh-2',
      orderId: ORDER_ID,
      timestampChecked: true,
    });
  });

  it('a saved body, hours old: refused as stale by default, saying the signature held; accepted with --no-check-timestamp', async () => {
    const body = orderBody({}, { now: Date.now() - 3 * 3600_000 });
    const args = ['--signature', await sign(files.keys, body, 'ed25519'), '--public-key', files.ed25519];
    const stale = await verify(args, body);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/^hl-orders: not verified \(stale\): The payload's timestamp is 180\.0 minutes old/);
    expect(stale.stderr).toMatch(
      /The signature itself is valid\. To check a saved delivery, pass --no-check-timestamp/,
    );
    const saved = await verify([...args, '--no-check-timestamp'], body);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toMatch(/\(3 h ago\); timestamp not checked \(--no-check-timestamp\)\.\n$/);
    expect((await verify([...args, '--tolerance', String(4 * 3600)], body)).code).toBe(0);
  });
});

describe('not verified: exit 1 with the reason', () => {
  it('one byte changed', async () => {
    const body = orderBody();
    const signature = await sign(files.keys, body, 'ed25519');
    const changed = Buffer.from(body);
    changed[changed.indexOf('pending')] = 'P'.charCodeAt(0);
    const result = await verify(['--signature', signature, '--public-key', files.ed25519], changed);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^hl-orders: not verified \(bad-signature\): x-ghl-signature does not verify/);
  });

  it('the wrong key, of either scheme', async () => {
    const body = orderBody();
    for (const [scheme, key] of [
      ['ed25519', files.otherEd25519],
      ['rsa', files.otherRsa],
    ] as const) {
      const result = await verify(['--signature', await sign(files.keys, body, scheme), '--public-key', key], body);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/not verified \(bad-signature\)/);
    }
  });

  it("without a key: RSA with HighLevel's published key, and the message says how to check an Ed25519 signature", async () => {
    const body = orderBody();
    const result = await verify(['--signature', await sign(files.keys, body, 'rsa')], body);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/x-wh-signature does not verify with HighLevel's published RSA key/);
    expect(result.stderr).toMatch(/for an x-ghl-signature, pass --public-key with the Ed25519 key/);
  });

  it('signed, but not JSON', async () => {
    const body = 'not json';
    const result = await verify(
      ['--signature', await sign(files.keys, body, 'ed25519'), '--public-key', files.ed25519],
      body,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^hl-orders: not verified \(not-json\)/);
  });

  it('over 1 MiB on stdin: stops reading, says so', async () => {
    const result = await verify(
      ['--signature', 'abcd', '--public-key', files.ed25519],
      Buffer.alloc(1024 * 1024 + 1, 32),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not verified \(too-large\): stdin holds more than 1,048,576 bytes/);
  });

  it('with --format json, the error is one JSON line', async () => {
    const body = orderBody();
    const result = await verify(['--signature', await sign(files.keys, body, 'rsa'), '--format', 'json'], body);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stderr)).toMatchObject({ error: { name: 'NotVerifiedError', exitCode: 1 } });
  });
});

describe('usage: exit 2 naming the flag, nothing verified', () => {
  it.each([
    [[], /--signature is required/],
    [['--signature', 'abcd', '--scheme', 'ed25519'], /--scheme ed25519 needs --public-key FILE/],
    [['--signature', 'abcd', '--scheme', 'hmac'], /option '--scheme <scheme>' argument 'hmac' is invalid/],
    [['--signature', 'abcd', '--format', 'table'], /--format must be one of text, json/],
    [
      ['--signature', 'abcd', '--public-key', '/nonexistent/key.pem'],
      /--public-key: cannot read \/nonexistent\/key\.pem/,
    ],
  ])('%j', async (args, message) => {
    const result = await verify(args, orderBody());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('the private key instead of the public one', async () => {
    const result = await verify(['--signature', 'abcd', '--public-key', files.privateKey], orderBody());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/that is a private key/);
  });

  it('stdin is a terminal: says to redirect the body', async () => {
    const result = await verify(['--signature', 'abcd'], undefined, { tty: { stdin: true } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/reads the body from stdin: redirect the file/);
  });

  it('stdin is empty', async () => {
    const result = await verify(['--signature', 'abcd'], '');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/stdin is empty/);
  });
});

describe('how long ago it was signed', () => {
  it.each([
    [5_000, '5 s ago'],
    [600_000, '10 min ago'],
    [3 * 3600_000, '3 h ago'],
    [5 * 86_400_000, '5 days ago'],
    [-90_000, '90 s in the future'],
  ])('%d ms: %s', (ms, text) => expect(age(ms)).toBe(text));
});
