// verifyWebhook: every check a delivery must pass, and each reason a user sees
// when one fails. Signatures are made with node:crypto (test/support/signing.ts).
import { describe, expect, it, vi } from 'vitest';
import {
  createMemoryReplayStore,
  HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY,
  type VerifyWebhookOptions,
  verifyWebhook,
  WebhookConfigurationError,
  WebhookVerificationError,
} from '../src/index.js';
import { deliveryBody, ed, edOther, NOW, rsa, rsaOther, signEd25519, signRsa } from './support/signing.js';

const keys = { ed25519: ed.pem, rsa: rsa.pem };

/** Verifies with the test keys, a fixed clock and a store of its own, unless told otherwise. */
function verify(options: Partial<VerifyWebhookOptions> & Pick<VerifyWebhookOptions, 'body' | 'headers'>) {
  return verifyWebhook({ keys, now: NOW, replayStore: createMemoryReplayStore(), ...options });
}

/** The reason of the WebhookVerificationError a promise rejects with. */
async function reason(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).reason;
}

describe('verifyWebhook, signatures', () => {
  it('accepts an Ed25519 delivery (x-ghl-signature) and returns its parsed payload', async () => {
    const body = deliveryBody();
    const result = await verify({ body, headers: { 'x-ghl-signature': signEd25519(body) } });
    expect(result).toMatchObject({ scheme: 'ed25519', keyIndex: 0, payload: JSON.parse(body) });
    expect(result.timestamp.getTime()).toBe(NOW);
    expect(result.webhookId).toBe(JSON.parse(body).webhookId);
  });

  it('accepts an RSA delivery (x-wh-signature)', async () => {
    const body = deliveryBody();
    const result = await verify({ body, headers: { 'x-wh-signature': signRsa(body) } });
    expect(result).toMatchObject({ scheme: 'rsa', keyIndex: 0 });
  });

  it('refuses a body with one byte changed, in either scheme', async () => {
    const body = deliveryBody({ amount: 104 });
    const changed = body.replace('"amount":104', '"amount":105');
    expect(changed).not.toBe(body);
    expect(await reason(verify({ body: changed, headers: { 'x-ghl-signature': signEd25519(body) } }))).toBe(
      'bad-signature',
    );
    expect(await reason(verify({ body: changed, headers: { 'x-wh-signature': signRsa(body) } }))).toBe('bad-signature');
  });

  it('refuses the same JSON re-serialised with other whitespace: the raw bytes are what count', async () => {
    const body = deliveryBody();
    const reserialised = JSON.stringify(JSON.parse(body), null, 2);
    expect(JSON.parse(reserialised)).toEqual(JSON.parse(body));
    const headers = { 'x-ghl-signature': signEd25519(body), 'x-wh-signature': signRsa(body) };
    expect(await reason(verify({ body: reserialised, headers }))).toBe('bad-signature');
    expect(await reason(verify({ body: `${body}\n`, headers }))).toBe('bad-signature');
  });

  it('refuses a signature made with another key, and says the key may be wrong', async () => {
    const body = deliveryBody();
    const error = await verify({ body, headers: { 'x-ghl-signature': signEd25519(body, edOther) } }).catch((e) => e);
    expect(error).toMatchObject({ reason: 'bad-signature' });
    expect(error.message).toMatch(
      /x-ghl-signature does not verify with 1 ed25519 key.*key is wrong or has been rotated/,
    );
    expect(await reason(verify({ body, headers: { 'x-wh-signature': signRsa(body, rsaOther) } }))).toBe(
      'bad-signature',
    );
  });

  it('accepts any key of a rotation, and says which one verified', async () => {
    const body = deliveryBody();
    const rotated = { ed25519: [edOther.pem, ed.pem], rsa: [rsaOther.pem, rsa.pem] };
    const byEd = await verify({ body, headers: { 'x-ghl-signature': signEd25519(body) }, keys: rotated });
    expect(byEd).toMatchObject({ scheme: 'ed25519', keyIndex: 1 });
    const byRsa = await verify({ body, headers: { 'x-wh-signature': signRsa(body, rsaOther) }, keys: rotated });
    expect(byRsa).toMatchObject({ scheme: 'rsa', keyIndex: 0 });
  });

  it("uses HighLevel's published RSA key by default, which refuses a signature made with any other key", async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    try {
      const body = deliveryBody();
      const error = await verify({ body, headers: { 'x-wh-signature': signRsa(body) }, keys: {} }).catch((e) => e);
      expect(error).toMatchObject({ reason: 'bad-signature' });
      expect(error.message).toContain("HighLevel's published RSA key");
      const published = Buffer.from(HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
      const rsaImports = importKey.mock.calls.filter(([, , algorithm]) => (algorithm as Algorithm).name !== 'Ed25519');
      expect(rsaImports.map(([, data]) => Buffer.from(data as Uint8Array))).toContainEqual(published);
    } finally {
      importKey.mockRestore();
    }
  });

  it('prefers x-ghl-signature when both come, and does not fall back to RSA when it fails', async () => {
    const body = deliveryBody();
    const both = { 'x-ghl-signature': signEd25519(body), 'x-wh-signature': 'bm90IGEgc2lnbmF0dXJl' };
    expect(await verify({ body, headers: both })).toMatchObject({ scheme: 'ed25519' });
    const badEd = { 'x-ghl-signature': signEd25519(body, edOther), 'x-wh-signature': signRsa(body) };
    const error = await verify({ body, headers: badEd }).catch((e) => e);
    expect(error).toMatchObject({ reason: 'bad-signature' });
    expect(error.message).toContain('x-ghl-signature');
  });

  it('checks x-wh-signature when no Ed25519 key is configured to check x-ghl-signature', async () => {
    const body = deliveryBody();
    const headers = { 'x-ghl-signature': signEd25519(body), 'x-wh-signature': signRsa(body) };
    expect(await verify({ body, headers, keys: { rsa: rsa.pem } })).toMatchObject({ scheme: 'rsa' });
  });

  it('refuses a delivery with no signature header, or only one it cannot check, naming the fix', async () => {
    const body = deliveryBody();
    expect(await reason(verify({ body, headers: { 'content-type': 'application/json' } }))).toBe('no-signature');
    const unchecked = await verify({ body, headers: { 'x-ghl-signature': signEd25519(body) }, keys: {} }).catch(
      (e) => e,
    );
    expect(unchecked).toMatchObject({ reason: 'no-signature' });
    expect(unchecked.message).toContain('pass keys.ed25519');
    const refusedScheme = verify({ body, headers: { 'x-wh-signature': signRsa(body) }, schemes: ['ed25519'] });
    expect(await reason(refusedScheme)).toBe('no-signature');
    expect(await reason(verify({ body, headers: { 'x-ghl-signature': '' } }))).toBe('no-signature');
  });

  it('refuses a signature that is not base64 or not the length of one', async () => {
    const body = deliveryBody();
    for (const signature of ['not base64!', 'AAAA', signEd25519(body).slice(0, 40)]) {
      expect(await reason(verify({ body, headers: { 'x-ghl-signature': signature } }))).toBe('bad-signature');
    }
  });
});

describe('verifyWebhook, headers and bodies as they come', () => {
  it('reads the headers in any case, as lists, joined with commas, or as Headers', async () => {
    const body = deliveryBody();
    const good = signEd25519(body);
    const bad = signEd25519(body, edOther);
    const forms = [
      { 'X-GHL-Signature': good },
      { 'X-Ghl-SIGNATURE': [bad, good] },
      { 'x-ghl-signature': `${bad}, ${good}` },
      new Headers({ 'X-GHL-SIGNATURE': good }),
    ];
    for (const headers of forms) {
      expect(await verify({ body, headers })).toMatchObject({ scheme: 'ed25519' });
    }
    expect(await reason(verify({ body, headers: { 'x-ghl-signature': [bad] } }))).toBe('bad-signature');
  });

  it('takes the body as a string, Buffer, Uint8Array, ArrayBuffer or DataView', async () => {
    const text = deliveryBody({ note: 'Crème brûlée ✓' });
    const bytes = new TextEncoder().encode(text);
    const headers = { 'x-ghl-signature': signEd25519(text) };
    const bodies = [text, Buffer.from(text), bytes, bytes.buffer.slice(0), new DataView(bytes.buffer.slice(0))];
    for (const body of bodies) {
      expect((await verify({ body, headers })).payload.note).toBe('Crème brûlée ✓');
    }
  });

  it('refuses a parsed body with a message naming the raw-body fix, instead of re-serialising it', async () => {
    const body = deliveryBody();
    const error = await verify({
      body: JSON.parse(body) as never,
      headers: { 'x-ghl-signature': signEd25519(body) },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(WebhookConfigurationError);
    expect(error.message).toMatch(/was it parsed as JSON already\?.*express\.raw.*Never JSON\.stringify/);
  });

  it('refuses a body over the cap before verifying it: 1 MiB by default, or maxBodyBytes', async () => {
    const huge = `{"pad":"${'x'.repeat(1024 * 1024)}"}`;
    const headers = { 'x-ghl-signature': signEd25519(huge) };
    const verifySpy = vi.spyOn(crypto.subtle, 'verify');
    try {
      expect(await reason(verify({ body: huge, headers }))).toBe('too-large');
      expect(await reason(verify({ body: Buffer.from(huge), headers }))).toBe('too-large');
      expect(verifySpy).not.toHaveBeenCalled();
    } finally {
      verifySpy.mockRestore();
    }
    const body = deliveryBody();
    const small = { 'x-ghl-signature': signEd25519(body) };
    expect(await reason(verify({ body, headers: small, maxBodyBytes: 100 }))).toBe('too-large');
    expect(await verify({ body, headers: small, maxBodyBytes: body.length })).toBeTruthy();
  });

  it('refuses a signed body that is not a JSON object', async () => {
    for (const body of ['not json', '[1,2]', 'null', '42', new Uint8Array([0x7b, 0xff, 0x7d])]) {
      const signature = signEd25519(typeof body === 'string' ? body : body);
      expect(await reason(verify({ body, headers: { 'x-ghl-signature': signature } }))).toBe('not-json');
    }
  });
});

describe('verifyWebhook, time window and replays', () => {
  const signed = (body: string) => ({ 'x-ghl-signature': signEd25519(body) });

  it('refuses a delivery older or newer than 5 minutes, and accepts one just inside', async () => {
    const minute = 60_000;
    const stale = deliveryBody({}, NOW - 5 * minute - 1);
    const future = deliveryBody({}, NOW + 5 * minute + 1);
    const staleError = await verify({ body: stale, headers: signed(stale) }).catch((e) => e);
    expect(staleError).toMatchObject({ reason: 'stale' });
    expect(staleError.message).toMatch(/5\.0 minutes old/);
    const futureError = await verify({ body: future, headers: signed(future) }).catch((e) => e);
    expect(futureError).toMatchObject({ reason: 'stale' });
    expect(futureError.message).toMatch(/in the future.*clock/);
    for (const at of [NOW - 5 * minute, NOW + 5 * minute]) {
      const body = deliveryBody({}, at);
      expect(await verify({ body, headers: signed(body) })).toBeTruthy();
    }
  });

  it('takes the window and the clock from the options', async () => {
    const body = deliveryBody({}, NOW - 90_000);
    expect(await reason(verify({ body, headers: signed(body), tolerance: 60_000 }))).toBe('stale');
    expect(await verify({ body, headers: signed(body), now: new Date(NOW - 90_000), tolerance: 60_000 })).toBeTruthy();
  });

  it('refuses a payload without a valid timestamp', async () => {
    for (const timestamp of [undefined, 'yesterday', 1738074900000]) {
      const body = deliveryBody({ timestamp });
      expect(await reason(verify({ body, headers: signed(body) }))).toBe('stale');
    }
  });

  it('refuses a webhookId it has seen, once the first delivery was accepted', async () => {
    const replayStore = createMemoryReplayStore();
    const body = deliveryBody();
    expect(await verify({ body, headers: signed(body), replayStore })).toBeTruthy();
    const replay = await verify({ body, headers: signed(body), replayStore }).catch((e) => e);
    expect(replay).toMatchObject({ reason: 'replayed' });
    expect(replay.message).toContain(JSON.parse(body).webhookId);
  });

  it('uses one in-memory store per process by default', async () => {
    const body = deliveryBody();
    const options = { body, headers: signed(body), keys, now: NOW };
    expect(await verifyWebhook(options)).toBeTruthy();
    expect(await reason(verifyWebhook(options))).toBe('replayed');
  });

  it('lets neither a forged nor a stale delivery use up a webhookId', async () => {
    const replayStore = createMemoryReplayStore();
    const body = deliveryBody();
    const forged = verify({ body, headers: { 'x-ghl-signature': signEd25519(body, edOther) }, replayStore });
    expect(await reason(forged)).toBe('bad-signature');
    const early = verify({ body, headers: signed(body), replayStore, now: NOW + 10 * 60_000 });
    expect(await reason(early)).toBe('stale');
    expect(await verify({ body, headers: signed(body), replayStore })).toBeTruthy();
  });

  it('refuses a payload without a usable webhookId as such, not as a replay, while replays are checked', async () => {
    for (const webhookId of [undefined, '', 12345]) {
      const body = deliveryBody({ webhookId });
      const error = await verify({ body, headers: signed(body) }).catch((e) => e);
      expect(error).toMatchObject({ reason: 'no-webhook-id' });
      expect(error.message).toMatch(/no `webhookId`.*replayStore: false/);
    }
    const body = deliveryBody({ webhookId: undefined });
    expect(await verify({ body, headers: signed(body), replayStore: false })).toMatchObject({ webhookId: undefined });
  });

  it('keeps an id until its delivery would be stale anyway', async () => {
    const remember = vi.fn(() => true);
    const body = deliveryBody({}, NOW - 1000);
    await verify({ body, headers: signed(body), replayStore: { remember } });
    expect(remember).toHaveBeenCalledWith(JSON.parse(body).webhookId, 300_000 - 1000);
  });
});

describe('verifyWebhook, configuration', () => {
  const body = deliveryBody();
  const headers = { 'x-ghl-signature': signEd25519(body), 'x-wh-signature': signRsa(body) };

  it('takes an Ed25519 key as PEM, as PEM mangled by an environment variable, as raw or SPKI base64', async () => {
    const spki = ed.publicKey.export({ type: 'spki', format: 'der' });
    const forms = [
      ed.pem,
      JSON.stringify(ed.pem).slice(1, -1),
      spki.toString('base64'),
      spki.subarray(12).toString('base64'),
    ];
    for (const key of forms) {
      expect(await verify({ body, headers, keys: { ed25519: key } })).toMatchObject({ scheme: 'ed25519' });
    }
  });

  it('refuses keys that cannot be right, naming the option and what to give', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ed25519: 'hello' }, /keys\.ed25519 is not a public key: expected an SPKI PEM/],
      [{ ed25519: [ed.pem, rsa.pem] }, /keys\.ed25519\[1\] is not an Ed25519 public key/],
      [{ ed25519: [] }, /keys\.ed25519 is an empty list/],
      [{ ed25519: ed.privateKey.export({ type: 'pkcs8', format: 'pem' }) }, /That is a private key/],
      [{ rsa: rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }), ed25519: undefined }, /PKCS#1.*openssl/],
    ];
    for (const [given, message] of cases) {
      const error = await verify({ body, headers, keys: given as never }).catch((e) => e);
      expect(error).toBeInstanceOf(WebhookConfigurationError);
      expect(error.message).toMatch(message);
    }
  });

  it('refuses options out of range', async () => {
    for (const options of [{ tolerance: 0 }, { tolerance: Number.NaN }, { now: Number.NaN }, { maxBodyBytes: 0 }]) {
      await expect(verify({ body, headers, ...options })).rejects.toBeInstanceOf(WebhookConfigurationError);
    }
  });
});
