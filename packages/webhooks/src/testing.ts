// Signing helpers for tests, simulators and local tools: make key pairs, sign
// a body the way HighLevel does (Ed25519 for x-ghl-signature, RSA-SHA256 for
// x-wh-signature, base64 over the body's bytes) and build a payload with a
// fresh timestamp and webhookId. Web Crypto only, like the core. Never use
// these keys for anything but tests: they are generated in memory, and the
// private halves are returned as plain PEM.
import { ALGORITHMS, SIGNATURE_HEADERS } from './internal/algorithms.js';
import { bytesToBase64 } from './internal/base64.js';
import { bodyBytes } from './internal/body.js';
import { parsePem, toPem } from './internal/pem.js';
import type { WebhookScheme } from './keys.js';

/** One key pair, as PEM: SPKI public key (give it to `keys`), PKCS#8 private key (give it to `signWebhook`). */
export interface TestKeyPair {
  publicKey: string;
  privateKey: string;
}

/** A key pair for each scheme. */
export interface TestKeys {
  ed25519: TestKeyPair;
  rsa: TestKeyPair;
}

/** Options of {@link generateTestKeys}. */
export interface GenerateTestKeysOptions {
  /** Modulus of the RSA key, in bits. Default 2048 (fast to make); HighLevel's own key is 4096. */
  rsaModulusLength?: 2048 | 3072 | 4096;
}

async function pair(algorithm: Algorithm | RsaHashedKeyGenParams): Promise<TestKeyPair> {
  const keys = (await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey));
  return {
    publicKey: toPem('PUBLIC KEY', bytesToBase64(spki)),
    privateKey: toPem('PRIVATE KEY', bytesToBase64(pkcs8)),
  };
}

/** Generates an Ed25519 and an RSA key pair, for signing test deliveries. */
export async function generateTestKeys(options: GenerateTestKeysOptions = {}): Promise<TestKeys> {
  const [ed25519, rsa] = await Promise.all([
    pair({ name: 'Ed25519' }),
    pair({
      name: 'RSASSA-PKCS1-v1_5',
      hash: 'SHA-256',
      modulusLength: options.rsaModulusLength ?? 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
    } satisfies RsaHashedKeyGenParams),
  ]);
  return { ed25519, rsa };
}

const signingKeys = new Map<string, Promise<CryptoKey>>();

function signingKey(privateKey: string | CryptoKey, scheme: WebhookScheme): Promise<CryptoKey> {
  if (typeof privateKey !== 'string') return Promise.resolve(privateKey);
  const id = `${scheme}\u0000${privateKey}`;
  let key = signingKeys.get(id);
  if (!key) {
    const pem = parsePem(privateKey);
    if (pem?.label !== 'PRIVATE KEY') {
      return Promise.reject(
        new TypeError('privateKey must be a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----") or a CryptoKey.'),
      );
    }
    key = crypto.subtle.importKey('pkcs8', pem.der, ALGORITHMS[scheme].import, false, ['sign']);
    if (signingKeys.size >= 16) signingKeys.clear();
    signingKeys.set(id, key);
  }
  return key;
}

/** Options of {@link signWebhook}. */
export interface SignWebhookOptions {
  /** The body exactly as it will be sent (string or bytes). */
  body: string | ArrayBuffer | ArrayBufferView;
  /** The private key: PKCS#8 PEM, as `generateTestKeys` returns it, or a `CryptoKey` that can sign. */
  privateKey: string | CryptoKey;
  /** `ed25519` for `x-ghl-signature`, `rsa` for `x-wh-signature`. */
  scheme: WebhookScheme;
}

/** The base64 signature of `body`, as HighLevel sends it in the scheme's header. */
export async function signWebhook(options: SignWebhookOptions): Promise<string> {
  const key = await signingKey(options.privateKey, options.scheme);
  const data = bodyBytes(options.body, Number.POSITIVE_INFINITY);
  return bytesToBase64(new Uint8Array(await crypto.subtle.sign(ALGORITHMS[options.scheme].verify, key, data)));
}

/**
 * The signature headers of `body`: `x-ghl-signature` for an Ed25519 private
 * key, `x-wh-signature` for an RSA one, both when both are given.
 */
export async function signatureHeaders(options: {
  body: string | ArrayBuffer | ArrayBufferView;
  privateKeys: { ed25519?: string | CryptoKey; rsa?: string | CryptoKey };
}): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  for (const scheme of ['ed25519', 'rsa'] as const) {
    const privateKey = options.privateKeys[scheme];
    if (privateKey) headers[SIGNATURE_HEADERS[scheme]] = await signWebhook({ body: options.body, privateKey, scheme });
  }
  return headers;
}

/** Options of {@link createWebhookBody}. */
export interface CreateWebhookBodyOptions {
  /** The time of `timestamp`. Default: now. */
  now?: Date | number;
  /** The `webhookId`. Default: a random UUID. */
  webhookId?: string;
}

/**
 * The JSON body of a delivery: `payload` with `timestamp` and `webhookId` set
 * (unless it has them), as the text to sign and send.
 */
export function createWebhookBody(payload: Record<string, unknown>, options: CreateWebhookBodyOptions = {}): string {
  return JSON.stringify({
    timestamp: new Date(options.now ?? Date.now()).toISOString(),
    webhookId: options.webhookId ?? crypto.randomUUID(),
    ...payload,
  });
}
