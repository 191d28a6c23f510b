// The lint check that info.version follows the package version, and the sync
// `pnpm version-packages` runs, on a copy of the spec with a bumped package.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { realSpec, scratch } from './support/spec-copy.js';

const exec = promisify(execFile);
const script = (name: string) => fileURLToPath(new URL(`../scripts/${name}`, import.meta.url));

async function run(name: string, dir?: string) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [script(name), ...(dir ? [dir] : [])]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('info.version follows @hl-orders/spec', async () => {
  const dir = await scratch('info-version');
  await dir.write('openapi.yaml', realSpec);
  await dir.write('package.json', JSON.stringify({ name: '@hl-orders/spec', version: '3.1.4' }));

  it('passes on the real spec', async () => {
    expect((await run('check-info-version.mjs')).code).toBe(0);
  });

  it('fails when the package was bumped and the spec was not, naming file, line and rule', async () => {
    const { code, output } = await run('check-info-version.mjs', dir.dir);
    expect(code).toBe(1);
    expect(output).toMatch(/^openapi\.yaml:4:12 {2}error {2}hl-orders\/info-version-matches-package/);
  });

  it('is fixed by the sync, which changes nothing but that line', async () => {
    await run('sync-info-version.mjs', dir.dir);
    const synced = await readFile(`${dir.dir}/openapi.yaml`, 'utf8');
    expect(synced).toBe(realSpec.replace(/^ {2}version: .*$/m, '  version: 3.1.4'));
    expect((await run('check-info-version.mjs', dir.dir)).code).toBe(0);
  });
});
