// The README's TypeScript examples (and the webhook examples of the
// repository's README) compile against the package as published
// (its own name, resolved through its exports to the built declarations), with
// the real Express, Hono and Fastify types, so the docs can't drift from the API.
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const scratch = join(root, 'test', '.readme-examples');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

afterAll(() => rm(scratch, { recursive: true, force: true }));

/** The ```ts blocks of a README that import the package. */
function examples(readme: string): string[] {
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((m) => m[1] as string)
    .filter((code) => code.includes("from '@hl-orders/webhooks"));
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
    blocks.push(...rootBlocks);
    await mkdir(scratch, { recursive: true });
    const files = await Promise.all(
      blocks.map(async (code, i) => {
        const file = join(scratch, `example-${i + 1}.ts`);
        await writeFile(file, `${code}\nexport {};\n`);
        return file;
      }),
    );
    const config = {
      extends: '../../tsconfig.json',
      compilerOptions: { noEmit: true, noUnusedLocals: false },
      include: [],
      files,
    };
    await writeFile(join(scratch, 'tsconfig.json'), JSON.stringify(config));
    const result = await promisify(execFile)(process.execPath, [tsc, '-p', join(scratch, 'tsconfig.json')]).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe('');
    // One tsc run over ten files with the framework types: seconds alone,
    // two minutes and more on a loaded 2-core machine running the whole suite.
  }, 300_000);
});
