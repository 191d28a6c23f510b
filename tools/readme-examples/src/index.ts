// The TypeScript examples of a README, type-checked as a user would compile
// them: each ```ts block becomes a file inside the package (so that its
// imports resolve the way a consumer's do, through the package's exports and
// dependencies), and one tsc run checks them all with the package's own
// tsconfig. The packages' README tests share this, so the docs can't drift
// from the API they show.
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** The contents of every ```ts block of a Markdown text, in order. */
export function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
}

/**
 * Type-checks `blocks` as modules of the package at `packageRoot` (written to
 * its test/.readme-examples, removed afterwards). Resolves to tsc's report:
 * empty when every block type-checks.
 */
export async function typecheckExamples(packageRoot: string, blocks: readonly string[]): Promise<string> {
  const scratch = join(packageRoot, 'test', '.readme-examples');
  await mkdir(scratch, { recursive: true });
  try {
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
    return await promisify(execFile)(process.execPath, [tsc, '-p', join(scratch, 'tsconfig.json')]).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
