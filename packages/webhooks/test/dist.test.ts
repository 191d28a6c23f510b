// The built package as consumers load it, CommonJS and ESM: every entry
// loads, and an error thrown by an adapter is an instance of the class the
// main entry exports (one copy of the classes, not one per entry).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { deliveryBody, ed, NOW, signEd25519 } from './support/signing.js';

const require = createRequire(import.meta.url);
const entries = ['index', 'web', 'node', 'express', 'fastify', 'testing'];

async function tamperedRequest(): Promise<Request> {
  const body = deliveryBody();
  return new Request('http://127.0.0.1/hook', {
    method: 'POST',
    body: body.replace('pending', 'paid'),
    headers: { 'x-ghl-signature': signEd25519(body) },
  });
}

describe('dist', () => {
  it.each(['cjs', 'js'])('loads every entry (.%s) and shares the error classes between them', async (extension) => {
    const load = (entry: string) =>
      extension === 'cjs'
        ? Promise.resolve(require(`../dist/${entry}.cjs`))
        : // A computed specifier: typecheck runs before this package is built.
          import(new URL(`../dist/${entry}.js`, import.meta.url).href);
    const modules = await Promise.all(entries.map(load));
    for (const module of modules) expect(Object.keys(module).length).toBeGreaterThan(0);
    const [main, web] = modules;
    const error = await web
      .constructEventFromRequest(await tamperedRequest(), { keys: { ed25519: ed.pem }, now: NOW })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(main.WebhookVerificationError);
    expect(error).toBeInstanceOf(main.WebhookError);
    expect(error.reason).toBe('bad-signature');
  });
});
