// What installing the simulator brings: its rules come from @hl-orders/types,
// so neither Prism nor the spec is installed or read at run time (the CLI's
// --mock depends on this package and must stay light).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('@hl-orders/simulator at run time', () => {
  it('depends on neither Prism nor the spec', () => {
    const names = Object.keys(manifest.dependencies);
    expect(names).toContain('@hl-orders/types');
    expect(names.filter((name) => name.startsWith('@stoplight/') || name === '@hl-orders/spec')).toEqual([]);
  });

  it('reads no file at run time: no source imports the spec or node:fs', () => {
    const offenders = sources(join(root, 'src')).filter((file) =>
      /from '(@hl-orders\/spec[^']*|node:fs|node:module)'/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
