// Test keys and signatures made with node:crypto, independently of the
// package's own signing helpers: a bug shared by signer and verifier cannot
// make these tests pass.
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

export interface NodeKeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
  /** The public key as SPKI PEM, what `keys` takes. */
  pem: string;
}

function pair(keys: { publicKey: KeyObject; privateKey: KeyObject }): NodeKeyPair {
  return { ...keys, pem: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

export const ed = pair(generateKeyPairSync('ed25519'));
export const edOther = pair(generateKeyPairSync('ed25519'));
export const rsa = pair(generateKeyPairSync('rsa', { modulusLength: 2048 }));
export const rsaOther = pair(generateKeyPairSync('rsa', { modulusLength: 2048 }));

/** Base64 Ed25519 signature of the body's bytes. */
export function signEd25519(body: string | Uint8Array, key: NodeKeyPair = ed): string {
  return sign(null, typeof body === 'string' ? Buffer.from(body) : body, key.privateKey).toString('base64');
}

/** Base64 RSA-SHA256 (PKCS#1 v1.5) signature of the body's bytes. */
export function signRsa(body: string | Uint8Array, key: NodeKeyPair = rsa): string {
  return sign('sha256', typeof body === 'string' ? Buffer.from(body) : body, key.privateKey).toString('base64');
}

export const NOW = Date.parse('2025-01-28T14:35:00.000Z');

let counter = 0;

/** A delivery body as HighLevel would send it: compact JSON, a timestamp and a unique webhookId. */
export function deliveryBody(fields: Record<string, unknown> = {}, at = NOW): string {
  counter += 1;
  return JSON.stringify({
    type: 'OrderCreate',
    timestamp: new Date(at).toISOString(),
    webhookId: `wh-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`,
    locationId: '3SwdhCu3svxI8AKsPJt6',
    _id: '6798eb6bde5a1314e62a9f10',
    status: 'pending',
    amount: 104,
    currency: 'USD',
    ...fields,
  });
}

/** Headers of a body signed with both schemes. */
export function signedHeaders(body: string | Uint8Array): Record<string, string> {
  return { 'x-ghl-signature': signEd25519(body), 'x-wh-signature': signRsa(body), 'content-type': 'application/json' };
}
