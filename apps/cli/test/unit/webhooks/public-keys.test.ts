// --public-key files: the scheme comes from the key itself; anything that is
// not an Ed25519 or RSA public key is refused with what to give instead.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/exit-codes.js';
import { keyScheme, readPublicKeys, webhookKeys } from '../../../src/webhooks/public-keys.js';
import { type KeyFiles, keyFiles } from '../../support/webhooks.js';

let files: KeyFiles;
beforeAll(async () => {
  files = await keyFiles();
});
afterAll(() => files?.remove());

describe('--public-key', () => {
  it('an Ed25519 and an RSA key are told apart, and grouped for the verifier', async () => {
    const keys = await readPublicKeys([files.ed25519, files.rsa, files.otherRsa]);
    expect(keys.map((k) => k.scheme)).toEqual(['ed25519', 'rsa', 'rsa']);
    expect(webhookKeys(keys)).toEqual({
      ed25519: [files.keys.ed25519.publicKey],
      rsa: [files.keys.rsa.publicKey, keys[2]?.key],
    });
  });

  it('base64 of a raw 32-byte Ed25519 key counts as Ed25519', () => {
    expect(keyScheme(Buffer.alloc(32, 7).toString('base64'), 'raw.txt')).toBe('ed25519');
  });

  it.each([
    ['a private key', () => files.keys.ed25519.privateKey, /that is a private key\. Give the public key/],
    [
      'a PKCS#1 RSA key',
      () =>
        generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({
          type: 'pkcs1',
          format: 'pem',
        }) as string,
      /a PEM "RSA PUBLIC KEY".*openssl rsa -RSAPublicKey_in/,
    ],
    [
      'an EC key',
      () =>
        generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }) as string,
      /a key of type ec; webhooks are signed with Ed25519 or RSA keys/,
    ],
    ['a damaged PEM', () => '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n', /does not hold a readable/],
    ['some text', () => 'hello', /not a public key\. Give a PEM file/],
  ])('%s is refused, naming the file', (_, text, message) => {
    expect(() => keyScheme(text(), 'k.pem')).toThrow(UsageError);
    expect(() => keyScheme(text(), 'k.pem')).toThrow(new RegExp(`^--public-key k\\.pem: .*${message.source}`));
  });

  it('a missing file, a directory or a huge file: one line naming the flag and the path', async () => {
    await expect(readPublicKeys([`${files.dir}/nope.pem`])).rejects.toThrow(
      /^--public-key: cannot read .*nope\.pem: there is no such file \(ENOENT\)/,
    );
    await expect(readPublicKeys([files.dir])).rejects.toThrow(/^--public-key: cannot read .*: it is a directory/);
  });

  it('a key from a pipe (<(vault read ...), /dev/stdin) is read, even when it arrives in pieces', async () => {
    const fifo = join(files.dir, 'key-fifo.pem');
    execFileSync('mkfifo', [fifo]);
    const key = files.keys.ed25519.publicKey;
    // The writer side, as the shell's process substitution would be, in two writes.
    const writer = createWriteStream(fifo);
    writer.write(key.slice(0, 20));
    setTimeout(() => writer.end(key.slice(20)), 20);
    const keys = await readPublicKeys([fifo]);
    expect(keys.map((k) => k.scheme)).toEqual(['ed25519']);
    expect(keys[0]?.key).toBe(key);
  });
});
