// Where the gate finds the last release when there is no tag: npm, else none.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReleaseBase } from '../scripts/lib/release-base.mjs';
import { realSpec, scratch } from './support/spec-copy.js';

describe('findReleaseBase without a release tag', async () => {
  const notARepo = (await scratch('no-git')).dir;

  it('reports no previous release when the spec package is not on npm', async () => {
    const npm = { latestVersion: async () => null, unpack: async () => '' };
    const base = await findReleaseBase(notARepo, { npm });
    expect(base.kind).toBe('none');
  });

  it('falls back to the latest version on npm, and the released versions of each package', async () => {
    const versions: Record<string, string | null> = {
      '@hl-orders/spec': '1.3.0',
      '@hl-orders/types': '1.3.0',
      '@hl-orders/client': null,
    };
    const npm = {
      latestVersion: async (name: string) => versions[name] ?? null,
      unpack: async (_name: string, _version: string, into: string) => {
        await mkdir(join(into, 'package'));
        await writeFile(join(into, 'package', 'openapi.yaml'), realSpec);
        return join(into, 'package');
      },
    };
    const base = await findReleaseBase(notARepo, { npm });
    try {
      expect(base.kind).toBe('npm');
      expect(base.label).toBe('@hl-orders/spec@1.3.0 on npm');
      expect(base.released).toEqual(versions);
    } finally {
      await base.cleanup();
    }
  });

  it('does not take a pre-release on npm for the last release: it promises no compatibility', async () => {
    const npm = { latestVersion: async () => '0.1.0-next.2', unpack: async () => '' };
    const base = await findReleaseBase(notARepo, { npm });
    expect(base.kind).toBe('none');
  });

  it('fails with a clear message when the registry cannot be asked', async () => {
    const npm = {
      latestVersion: async () => {
        throw new Error('Could not ask the npm registry for @hl-orders/spec');
      },
      unpack: async () => '',
    };
    await expect(findReleaseBase(notARepo, { npm })).rejects.toThrow('Could not ask the npm registry');
  });
});
