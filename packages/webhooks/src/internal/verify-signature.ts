// Which signature decides, and whether it verifies. `x-ghl-signature`
// (Ed25519) is preferred when the receiver has an Ed25519 key: if it does not
// verify, the delivery is refused, with no fallback to the legacy RSA
// signature. A fallback would let the deprecated scheme overrule a failed
// check of the current one, and would hide a wrong or outdated Ed25519 key
// until the RSA signature is switched off. RSA decides only when
// `x-ghl-signature` is absent, or there is no Ed25519 key to check it with.
import { WebhookVerificationError } from '../errors.js';
import type { WebhookScheme } from '../keys.js';
import type { VerificationOptions } from '../options.js';
import { SIGNATURE_HEADERS } from './algorithms.js';
import { configuredKeys } from './public-keys.js';
import { matchingKey } from './signature.js';

const ALL_SCHEMES: readonly WebhookScheme[] = ['ed25519', 'rsa'];

/** Why no signature could be checked, in words that name the fix. */
function noSignature(present: Record<WebhookScheme, boolean>, usable: Record<WebhookScheme, boolean>): string {
  if (!present.ed25519 && !present.rsa) {
    return 'The request has no x-ghl-signature or x-wh-signature header; an unsigned delivery is refused.';
  }
  const problems: string[] = [];
  for (const scheme of ALL_SCHEMES) {
    if (present[scheme] && !usable[scheme]) {
      problems.push(
        scheme === 'ed25519'
          ? 'x-ghl-signature (Ed25519) came, but no Ed25519 key is configured or the scheme is not accepted: pass keys.ed25519'
          : 'x-wh-signature (RSA) came, but the rsa scheme is not accepted (schemes)',
      );
    }
  }
  return `No signature this receiver can check: ${problems.join('; ')}.`;
}

export async function verifySignature(
  options: VerificationOptions,
  header: (name: string) => string[],
  bytes: Uint8Array<ArrayBuffer>,
): Promise<{ scheme: WebhookScheme; keyIndex: number }> {
  const accepted = options.schemes ?? ALL_SCHEMES;
  const signatures = { ed25519: header(SIGNATURE_HEADERS.ed25519), rsa: header(SIGNATURE_HEADERS.rsa) };
  const keys = { ed25519: configuredKeys(options.keys, 'ed25519'), rsa: configuredKeys(options.keys, 'rsa') };
  const present = { ed25519: signatures.ed25519.length > 0, rsa: signatures.rsa.length > 0 };
  const usable = {
    ed25519: accepted.includes('ed25519') && options.keys?.ed25519 !== undefined,
    rsa: accepted.includes('rsa'),
  };
  const scheme = ALL_SCHEMES.find((candidate) => present[candidate] && usable[candidate]);
  if (!scheme) throw new WebhookVerificationError('no-signature', noSignature(present, usable));
  const keyIndex = await matchingKey(scheme, keys[scheme], signatures[scheme], bytes);
  if (keyIndex < 0) {
    const count = keys[scheme].length;
    const which =
      scheme === 'rsa' && options.keys?.rsa === undefined
        ? "HighLevel's published RSA key"
        : `${count} ${scheme} key${count === 1 ? '' : 's'}`;
    throw new WebhookVerificationError(
      'bad-signature',
      `${SIGNATURE_HEADERS[scheme]} does not verify with ${which}: the body differs from what was signed ` +
        '(changed, or re-serialised after a JSON parser ran), or the key is wrong or has been rotated.',
    );
  }
  return { scheme, keyIndex };
}
