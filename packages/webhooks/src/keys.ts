// The keys deliveries are verified with. The RSA key of the legacy
// `x-wh-signature` is the one the vendor publishes; the Ed25519 key of
// `x-ghl-signature` is not in the vendor docs this package was built from, so
// it is always supplied by the receiver.

/** A signature scheme: `ed25519` for `x-ghl-signature`, `rsa` (RSA-SHA256, PKCS#1 v1.5) for `x-wh-signature`. */
export type WebhookScheme = 'ed25519' | 'rsa';

/**
 * Public keys per scheme. Several keys of one scheme are a rotation: a
 * signature that verifies with any of them is accepted.
 */
export interface WebhookKeys {
  /** Ed25519 public keys: SPKI PEM (`-----BEGIN PUBLIC KEY-----`), or base64 of the 32-byte raw key or of the SPKI DER. No default. */
  ed25519?: string | readonly string[];
  /** RSA public keys, SPKI PEM. Default: {@link HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY}; a list you give replaces it. */
  rsa?: string | readonly string[];
}

/**
 * The RSA 4096 public key HighLevel publishes for `x-wh-signature`
 * (docs/oauth/WebhookAuthentication.md of the vendor's API docs). The default
 * for RSA; to rotate, pass `keys.rsa: [HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY, newKey]`.
 */
export const HIGHLEVEL_WEBHOOK_RSA_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC
Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6
dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB
csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv
uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF
3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU
J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp
IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN
h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC
HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ
PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk
T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==
-----END PUBLIC KEY-----`;
