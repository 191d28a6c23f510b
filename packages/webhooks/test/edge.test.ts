// The core runs where only Web APIs exist. It is bundled by esbuild for a
// browser platform with every Node built-in refused (the build fails on any
// `node:` or bare built-in import), then run in a node:vm context that exposes
// nothing but crypto, TextEncoder, TextDecoder, atob and btoa: no require, no
// Buffer, no process. There it must verify a delivery of each scheme and
// refuse a tampered one. The Web Request adapter is checked the same way,
// with the Fetch API added.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { deliveryBody, ed, NOW, rsa, signEd25519, signRsa } from './support/signing.js';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Fails the build on any import of a Node built-in, with or without `node:`. */
const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      builtins.has(args.path) || args.path.startsWith('node:')
        ? { errors: [{ text: `${args.path} is a Node built-in, imported by ${args.importer}` }] }
        : undefined,
    );
  },
};

/** An IIFE bundle of `code` (resolved from src/) for a browser platform, exposing its exports as `lib`. */
async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: srcDir, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'lib',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [noNodeBuiltins],
  });
  return result.outputFiles[0]!.text;
}

/** Runs a bundle in a context with only the given globals, and returns its exports. */
function run(code: string, globals: Record<string, unknown>): Record<string, (...args: unknown[]) => Promise<unknown>> {
  const context = createContext({ ...globals });
  runInContext(code, context);
  return (context as { lib: Record<string, (...args: unknown[]) => Promise<unknown>> }).lib;
}

const webGlobals = { crypto: globalThis.crypto, TextEncoder, TextDecoder, atob, btoa };

describe('the core on an edge runtime', () => {
  it('cannot be bundled with a Node built-in in it (the check works)', async () => {
    await expect(bundle("import { createHash } from 'node:crypto'; export const x = createHash;")).rejects.toThrow(
      /node:crypto is a Node built-in/,
    );
    await expect(bundle("import { Buffer } from 'buffer'; export const x = Buffer;")).rejects.toThrow(
      /buffer is a Node built-in/,
    );
  });

  it('verifies both schemes and refuses a tampered delivery with only Web APIs', async () => {
    const code = await bundle("export { constructEvent, verifyWebhook, createMemoryReplayStore } from './index.ts';");
    expect(code).not.toMatch(/\brequire\(|\bBuffer\b|\bprocess\./);
    const lib = run(code, webGlobals);
    const keys = { ed25519: ed.pem, rsa: rsa.pem };
    const body = deliveryBody({ type: 'OrderStatusUpdate' });
    const options = (headers: Record<string, string>, text = body) => ({
      body: text,
      headers,
      keys,
      now: NOW,
      replayStore: lib.createMemoryReplayStore!(),
    });

    const byEd = (await lib.verifyWebhook!(options({ 'x-ghl-signature': signEd25519(body) }))) as { scheme: string };
    expect(byEd.scheme).toBe('ed25519');
    const byRsa = (await lib.verifyWebhook!(options({ 'X-WH-Signature': signRsa(body) }))) as { scheme: string };
    expect(byRsa.scheme).toBe('rsa');
    const event = (await lib.constructEvent!(options({ 'x-ghl-signature': signEd25519(body) }))) as { type: string };
    expect(event.type).toBe('OrderStatusUpdate');

    const tampered = body.replace('"amount":104', '"amount":1');
    const signed: Record<string, string>[] = [
      { 'x-ghl-signature': signEd25519(body) },
      { 'x-wh-signature': signRsa(body) },
    ];
    for (const headers of signed) {
      const error = (await lib.verifyWebhook!(options(headers, tampered)).catch((e: unknown) => e)) as Error & {
        reason: string;
      };
      expect([error.name, error.reason]).toEqual(['WebhookVerificationError', 'bad-signature']);
    }
  });

  it('serves the Web Request adapter with only Web APIs and the Fetch API', async () => {
    const code = await bundle("export { createWebhookHandler } from './web.ts';");
    const lib = run(code, { ...webGlobals, Request, Response, Headers, ReadableStream });
    const events: unknown[] = [];
    const handle = (await lib.createWebhookHandler!({
      keys: { ed25519: ed.pem },
      now: NOW,
      onEvent: (event: unknown) => {
        events.push(event);
      },
    })) as unknown as (request: Request) => Promise<Response>;
    const body = deliveryBody();
    const deliver = (text: string) =>
      new Request('http://127.0.0.1/hook', {
        method: 'POST',
        body: text,
        headers: { 'x-ghl-signature': signEd25519(body) },
      });
    expect((await handle(deliver(body))).status).toBe(200);
    expect((await handle(deliver(body.replace('pending', 'pendinG')))).status).toBe(400);
    expect(events).toEqual([JSON.parse(body)]);
  });
});
