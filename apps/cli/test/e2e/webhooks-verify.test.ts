// `hl-orders webhooks verify`, the built binary: a body on stdin and its
// signature, both schemes, and what a user sees when it is not genuine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../support/run-cli.js';
import { type KeyFiles, keyFiles, ORDER_ID, orderBody, sign } from '../support/webhooks.js';

let files: KeyFiles;
beforeAll(async () => {
  files = await keyFiles();
});
afterAll(() => files?.remove());

const verify = (args: string[], input: string | Uint8Array) => run(['webhooks', 'verify', ...args], {}, { input });

describe('webhooks verify', () => {
  it.each(['ed25519', 'rsa'] as const)('a genuine %s delivery: exit 0, what it is on stdout', async (scheme) => {
    const body = orderBody({}, { webhookId: `wh-${scheme}` });
    const signature = await sign(files.keys, body, scheme);
    const result = await verify(['--signature', signature, '--public-key', files[scheme]], body);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Verified: OrderCreate order ${ORDER_ID} (webhookId wh-${scheme}), ${scheme} signature`,
    );
  });

  it('one byte changed: exit 1, bad-signature', async () => {
    const body = orderBody();
    const signature = await sign(files.keys, body, 'ed25519');
    const changed = Buffer.from(body);
    const last = changed.length - 2;
    changed[last] = (changed[last] ?? 0) ^ 1;
    const result = await verify(['--signature', signature, '--public-key', files.ed25519], changed);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^hl-orders: not verified \(bad-signature\): x-ghl-signature does not verify/);
  });

  it('the wrong key: exit 1, bad-signature', async () => {
    const body = orderBody();
    const result = await verify(
      ['--signature', await sign(files.keys, body, 'rsa'), '--public-key', files.otherRsa],
      body,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not verified \(bad-signature\): x-wh-signature does not verify with 1 rsa key/);
  });

  it('no --signature: exit 2, naming the flag and the header it comes from', async () => {
    const result = await verify(['--public-key', files.ed25519], orderBody());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^hl-orders: --signature is required: the value of the delivery's x-ghl-signature/);
  });

  it('a body over 1 MiB: exit 1 at once, without reading it all', async () => {
    const result = await verify(
      ['--signature', 'abcd', '--public-key', files.ed25519],
      Buffer.alloc(3 * 1024 * 1024, 32),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not verified \(too-large\)/);
  });
});
