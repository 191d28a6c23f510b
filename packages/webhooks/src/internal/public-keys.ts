// Turns configured public keys (PEM or base64 text) into Web Crypto keys, once:
// importing an RSA 4096 key costs more than verifying with it, so imported keys
// are kept, a bounded number of them, by their text.
import { WebhookConfigurationError } from '../errors.js';
import { HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY, type WebhookKeys, type WebhookScheme } from '../keys.js';
import { ALGORITHMS } from './algorithms.js';
import { base64ToBytes } from './base64.js';
import { parsePem } from './pem.js';

const MAX_CACHED_KEYS = 64;
const cache = new Map<string, Promise<CryptoKey>>();

/** The configured keys of one scheme, as a list; RSA falls back to the vendor's published key. */
export function configuredKeys(keys: WebhookKeys | undefined, scheme: WebhookScheme): readonly string[] {
  const given = keys?.[scheme];
  if (given === undefined) return scheme === 'rsa' ? [HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY] : [];
  return typeof given === 'string' ? [given] : given;
}

/** The SPKI (or, for Ed25519, raw) bytes of a key's text, with the format to import them in. */
function keyBytes(text: string, scheme: WebhookScheme, option: string): { format: 'spki' | 'raw'; data: BufferSource } {
  const pem = parsePem(text);
  if (pem) {
    if (pem.label === 'PUBLIC KEY') return { format: 'spki', data: pem.der };
    const hint =
      pem.label === 'RSA PUBLIC KEY'
        ? ' Convert a PKCS#1 key with `openssl rsa -RSAPublicKey_in -in key.pem -pubout`.'
        : pem.label.includes('PRIVATE')
          ? ' That is a private key: give the public key, and keep the private one secret.'
          : '';
    throw new WebhookConfigurationError(
      `${option} is a PEM "${pem.label}"; a public key in SPKI PEM ("PUBLIC KEY") is needed.${hint}`,
      { option },
    );
  }
  const der = base64ToBytes(text);
  // Ed25519: 32 bytes is the raw key, 44 its SPKI (12 bytes of header + 32).
  if (der && scheme === 'ed25519' && der.length === 32) return { format: 'raw', data: der };
  if (der && der.length > 32) return { format: 'spki', data: der };
  const expected =
    scheme === 'ed25519'
      ? 'an SPKI PEM ("-----BEGIN PUBLIC KEY-----"), or base64 of the 32-byte raw key or of the SPKI DER'
      : 'an SPKI PEM ("-----BEGIN PUBLIC KEY-----")';
  throw new WebhookConfigurationError(`${option} is not a public key: expected ${expected}.`, { option });
}

async function importKey(text: string, scheme: WebhookScheme, option: string): Promise<CryptoKey> {
  const { format, data } = keyBytes(text, scheme, option);
  try {
    return await crypto.subtle.importKey(format, data, ALGORITHMS[scheme].import, false, ['verify']);
  } catch (cause) {
    const what = scheme === 'ed25519' ? 'an Ed25519' : 'an RSA';
    throw new WebhookConfigurationError(`${option} is not ${what} public key (${(cause as Error).message}).`, {
      option,
    });
  }
}

/** The Web Crypto key of one configured key's text; `option` names it in errors, e.g. `keys.rsa[1]`. */
export function verifyKey(text: string, scheme: WebhookScheme, option: string): Promise<CryptoKey> {
  const id = `${scheme}\u0000${text}`;
  let key = cache.get(id);
  if (!key) {
    key = importKey(text, scheme, option);
    // A key that failed to import is not kept: the error names the option of
    // this call, and the next call reports it again.
    key.catch(() => cache.delete(id));
    if (cache.size >= MAX_CACHED_KEYS) cache.delete(cache.keys().next().value as string);
    cache.set(id, key);
  }
  return key;
}
