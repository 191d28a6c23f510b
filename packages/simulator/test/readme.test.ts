// The README's TypeScript examples compile against the package as published
// (its own name, resolved through its exports), so the docs can't drift from
// the API they show.
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

describe('README examples', () => {
  it('every ```ts block type-checks', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const code of blocks) expect(code).toContain("from '@hl-orders/simulator'");
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
  });
});
