// The signing helpers of ./testing sign the way HighLevel does: checked with
// node:crypto, independently of the package's verifier, and then end to end.
import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMemoryReplayStore, verifyWebhook } from '../src/index.js';
import { createWebhookBody, generateTestKeys, signatureHeaders, signWebhook } from '../src/testing.js';

const keys = await generateTestKeys();

describe('testing helpers', () => {
  it('generates key pairs as PEM, an RSA 2048 by default', () => {
    expect(keys.ed25519.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(keys.ed25519.privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(createPublicKey(keys.ed25519.publicKey).asymmetricKeyType).toBe('ed25519');
    expect(createPublicKey(keys.rsa.publicKey).asymmetricKeyDetails?.modulusLength).toBe(2048);
  });

  it('signs over the bytes as given, in base64, as node:crypto verifies them', async () => {
    const body = createWebhookBody({ type: 'OrderCreate' });
    const ed = await signWebhook({ body, privateKey: keys.ed25519.privateKey, scheme: 'ed25519' });
    const rsa = await signWebhook({ body, privateKey: keys.rsa.privateKey, scheme: 'rsa' });
    expect(verify(null, Buffer.from(body), keys.ed25519.publicKey, Buffer.from(ed, 'base64'))).toBe(true);
    expect(verify('sha256', Buffer.from(body), keys.rsa.publicKey, Buffer.from(rsa, 'base64'))).toBe(true);
    expect(verify('sha256', Buffer.from(`${body} `), keys.rsa.publicKey, Buffer.from(rsa, 'base64'))).toBe(false);
  });

  it('builds a body with a timestamp and a webhookId, and both signature headers', async () => {
    const body = createWebhookBody({ type: 'OrderStatusUpdate' }, { now: 0, webhookId: 'wh-1' });
    expect(JSON.parse(body)).toEqual({
      timestamp: '1970-01-01T00:00:00.000Z',
      webhookId: 'wh-1',
      type: 'OrderStatusUpdate',
    });
    const fresh = createWebhookBody({});
    expect(JSON.parse(fresh).webhookId).toMatch(/^[0-9a-f-]{36}$/);
    const headers = await signatureHeaders({
      body: fresh,
      privateKeys: { ed25519: keys.ed25519.privateKey, rsa: keys.rsa.privateKey },
    });
    expect(Object.keys(headers)).toEqual(['x-ghl-signature', 'x-wh-signature']);
    const options = () => ({ body: fresh, headers, replayStore: createMemoryReplayStore() });
    const byEd = await verifyWebhook({ ...options(), keys: { ed25519: keys.ed25519.publicKey } });
    expect(byEd.scheme).toBe('ed25519');
    const byRsa = await verifyWebhook({ ...options(), keys: { rsa: keys.rsa.publicKey } });
    expect(byRsa.scheme).toBe('rsa');
  });

  it('refuses a private key that is not PKCS#8 PEM', async () => {
    await expect(signWebhook({ body: '{}', privateKey: keys.rsa.publicKey, scheme: 'rsa' })).rejects.toThrow(
      /PKCS#8 PEM/,
    );
  });
});
