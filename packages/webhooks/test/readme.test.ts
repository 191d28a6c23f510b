// The README's TypeScript examples (and the webhook examples of the
// repository's README) compile against the package as published
// (its own name, resolved through its exports to the built declarations), with
// the real Express, Hono and Fastify types, so the docs can't drift from the API.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsBlocks, typecheckExamples } from '@hl-orders/readme-examples';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The ```ts blocks of a README that import the package. */
function examples(readme: string): string[] {
  return tsBlocks(readme).filter((code) => code.includes("from '@hl-orders/webhooks"));
}

function framework(code: string): string {
  if (code.includes("from 'express'")) return 'express';
  if (code.includes("from 'hono'")) return 'hono';
  if (code.includes('route.ts')) return 'next';
  return 'other';
}

describe('README examples', () => {
  it("every ```ts block that uses the package type-checks, in its README and the repository's", async () => {
    const blocks = examples(await readFile(join(root, 'README.md'), 'utf8'));
    // Quick start (2), Express, Hono, Next.js, Fastify + node, rotation, Redis, SQL, testing.
    expect(blocks.length).toBe(10);
    // The repository's README shows the package in Express, Hono and Next.js.
    const rootBlocks = examples(await readFile(join(root, '..', '..', 'README.md'), 'utf8'));
    expect(rootBlocks.map(framework)).toEqual(['express', 'hono', 'next']);
    expect(await typecheckExamples(root, [...blocks, ...rootBlocks])).toBe('');
    // One tsc run over ten files with the framework types: seconds alone,
    // two minutes and more on a loaded 2-core machine running the whole suite.
  }, 300_000);
});
