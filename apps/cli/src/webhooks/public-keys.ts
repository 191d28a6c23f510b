// The public keys given with --public-key: read from their files (small ones
// only), and sorted by scheme from what the key is, so that the user does not
// have to say it twice. A key file is checked when the command starts, with a
// message naming the flag and the file, not at the first delivery.
import { createPublicKey } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { WebhookKeys, WebhookScheme } from '@hl-orders/webhooks';
import { UsageError } from '../exit-codes.js';
import { fileErrorMessage } from '../file-errors.js';

/** A PEM public key is well under 1 KiB (RSA 4096: about 800 bytes); anything far larger is the wrong file. */
const MAX_KEY_FILE_BYTES = 64 * 1024;

export interface PublicKeyFile {
  path: string;
  scheme: WebhookScheme;
  /** The key's text, as the verifier takes it (SPKI PEM, or base64 of a raw Ed25519 key). */
  key: string;
}

export const SCHEME_NAMES: Record<WebhookScheme, string> = { ed25519: 'an Ed25519', rsa: 'an RSA' };

async function readSmallFile(path: string): Promise<string> {
  const flag = `--public-key ${path}`;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(MAX_KEY_FILE_BYTES + 1);
    // Read from the current position until the end, as a pipe (<(...), /dev/stdin)
    // can't seek and may hand its bytes over in several reads.
    let bytesRead = 0;
    for (;;) {
      const { bytesRead: n } = await handle.read(buffer, bytesRead, buffer.length - bytesRead, null);
      if (n === 0) break;
      bytesRead += n;
      if (bytesRead === buffer.length) break;
    }
    if (bytesRead > MAX_KEY_FILE_BYTES) {
      throw new UsageError(
        `${flag}: the file is over ${MAX_KEY_FILE_BYTES / 1024} KiB, too large for a public key. Give the file holding the PEM ("-----BEGIN PUBLIC KEY-----").`,
      );
    }
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--public-key: ${fileErrorMessage(error, { path, action: 'read' })}`);
  } finally {
    await handle?.close();
  }
}

/** Which scheme a key's text is for; throws UsageError, naming the file, for anything but an Ed25519 or RSA public key. */
export function keyScheme(text: string, path: string): WebhookScheme {
  const flag = `--public-key ${path}`;
  const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1];
  if (label === undefined) {
    // The verifier also takes an Ed25519 key as base64 of its 32 raw bytes.
    const trimmed = text.trim();
    if (/^[A-Za-z0-9+/]{43}=$/.test(trimmed) && Buffer.from(trimmed, 'base64').length === 32) return 'ed25519';
    throw new UsageError(
      `${flag}: not a public key. Give a PEM file starting with "-----BEGIN PUBLIC KEY-----" (or, for Ed25519, the base64 of the 32-byte key).`,
    );
  }
  if (label.includes('PRIVATE')) {
    throw new UsageError(
      `${flag}: that is a private key. Give the public key (openssl pkey -in private.pem -pubout > public.pem), and keep the private one secret.`,
    );
  }
  if (label !== 'PUBLIC KEY') {
    const hint =
      label === 'RSA PUBLIC KEY' ? ' Convert it: openssl rsa -RSAPublicKey_in -in key.pem -pubout > public.pem' : '';
    throw new UsageError(`${flag}: a PEM "${label}"; a public key in SPKI PEM ("PUBLIC KEY") is needed.${hint}`);
  }
  let type: string | undefined;
  try {
    type = createPublicKey(text).asymmetricKeyType;
  } catch {
    throw new UsageError(`${flag}: the PEM does not hold a readable public key (damaged or cut short?).`);
  }
  if (type === 'ed25519' || type === 'rsa') return type;
  throw new UsageError(`${flag}: a key of type ${type ?? 'unknown'}; webhooks are signed with Ed25519 or RSA keys.`);
}

/** Reads and checks each --public-key file. */
export async function readPublicKeys(paths: readonly string[]): Promise<PublicKeyFile[]> {
  const keys: PublicKeyFile[] = [];
  for (const path of paths) {
    const key = await readSmallFile(path);
    keys.push({ path, key, scheme: keyScheme(key, path) });
  }
  return keys;
}

/** The verifier's `keys`: the files' keys by scheme. RSA keeps HighLevel's published key unless an RSA key is given. */
export function webhookKeys(files: readonly PublicKeyFile[]): WebhookKeys {
  const keys: { ed25519?: string[]; rsa?: string[] } = {};
  for (const file of files) {
    keys[file.scheme] ??= [];
    keys[file.scheme]?.push(file.key);
  }
  return keys;
}
