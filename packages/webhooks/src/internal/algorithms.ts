// The Web Crypto algorithm of each scheme, for keys and signatures alike.
import type { WebhookScheme } from '../keys.js';

export const ALGORITHMS: Record<WebhookScheme, { import: Algorithm | RsaHashedImportParams; verify: Algorithm }> = {
  ed25519: { import: { name: 'Ed25519' }, verify: { name: 'Ed25519' } },
  rsa: {
    import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    verify: { name: 'RSASSA-PKCS1-v1_5' },
  },
};

/** The header each scheme's signature travels in. */
export const SIGNATURE_HEADERS: Record<WebhookScheme, string> = {
  ed25519: 'x-ghl-signature',
  rsa: 'x-wh-signature',
};
