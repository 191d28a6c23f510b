// Checks one scheme's signatures against its keys, over the raw bytes.
import { WebhookConfigurationError } from '../errors.js';
import type { WebhookScheme } from '../keys.js';
import { ALGORITHMS } from './algorithms.js';
import { base64ToBytes } from './base64.js';
import { verifyKey } from './public-keys.js';

/** Byte length of a signature of each scheme; RSA's is the modulus length, checked by Web Crypto. */
const ED25519_SIGNATURE_BYTES = 64;

/**
 * The index of the first key that verifies one of the signatures, or -1 when
 * none does. A signature that is not base64 (or, for Ed25519, not 64 bytes)
 * verifies with nothing. Keys that cannot be imported throw a
 * `WebhookConfigurationError`, whatever the signature.
 */
export async function matchingKey(
  scheme: WebhookScheme,
  keyTexts: readonly string[],
  signatures: readonly string[],
  data: Uint8Array<ArrayBuffer>,
): Promise<number> {
  if (keyTexts.length === 0) {
    throw new WebhookConfigurationError(`keys.${scheme} is an empty list; give at least one public key.`, {
      option: `keys.${scheme}`,
    });
  }
  const keys = await Promise.all(
    keyTexts.map((text, index) =>
      verifyKey(text, scheme, keyTexts.length === 1 ? `keys.${scheme}` : `keys.${scheme}[${index}]`),
    ),
  );
  for (const signature of signatures) {
    const bytes = base64ToBytes(signature);
    if (!bytes || (scheme === 'ed25519' && bytes.length !== ED25519_SIGNATURE_BYTES)) continue;
    for (const [index, key] of keys.entries()) {
      if (await crypto.subtle.verify(ALGORITHMS[scheme].verify, key, bytes, data)) return index;
    }
  }
  return -1;
}
