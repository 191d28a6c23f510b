// The breaking-change gate end to end: a seeded git repository with a release
// tag, an edited spec and pending changesets, through scripts/check-breaking.mjs.
import { describe, expect, it } from 'vitest';
import { seededRepo } from './support/seeded-repo.js';
import { realSpec, replaceOnce } from './support/spec-copy.js';

const removeSearch = (s: string) => replaceOnce(s, "        - $ref: '#/components/parameters/search'\n", '');
const all = (bump: string) => ({ '@hl-orders/spec': bump, '@hl-orders/types': bump, '@hl-orders/client': bump });

describe.concurrent('breaking-change gate', () => {
  it('passes when the spec did not change since the release', async ({ onTestFinished }) => {
    const repo = await seededRepo(onTestFinished);
    await repo.release('1.0.0');
    const { code, output } = await repo.gate();
    expect(output).toContain('no contract change since git tag @hl-orders/spec@1.0.0');
    expect(code).toBe(0);
  });

  it('fails when the changesets declare a minor for a removed parameter, and says why and how to fix it', async ({
    onTestFinished,
  }) => {
    const repo = await seededRepo(onTestFinished);
    await repo.release('1.0.0');
    await repo.write('spec/openapi.yaml', removeSearch(realSpec));
    await repo.changeset('drop-search', all('minor'));
    const { code, output } = await repo.gate();
    expect(code).toBe(1);
    expect(output).toContain('the change needs a major release');
    expect(output).toContain('`search` query parameter was removed. (parameter-removed)');
    expect(output).toMatch(/at @hl-orders\/spec@1\.0\.0:spec\/openapi\.yaml:\d+:\d+/);
    for (const name of Object.keys(all('major'))) {
      expect(output).toContain(`FAIL  ${name}: needs major, declares minor (.changeset/drop-search.md (minor))`);
    }
    expect(output).toContain('run `pnpm changeset`');
  });

  it('passes when every contract package declares the major', async ({ onTestFinished }) => {
    const repo = await seededRepo(onTestFinished);
    await repo.release('1.0.0');
    await repo.write('spec/openapi.yaml', removeSearch(realSpec));
    await repo.changeset('drop-search', all('major'));
    const { code, output } = await repo.gate();
    expect(output).toContain('ok    @hl-orders/client: needs major, declares major');
    expect(code).toBe(0);
  });

  it('counts a package without a changeset as no bump', async ({ onTestFinished }) => {
    const repo = await seededRepo(onTestFinished);
    await repo.release('1.0.0');
    await repo.write('spec/openapi.yaml', removeSearch(realSpec));
    await repo.changeset('drop-search', { '@hl-orders/spec': 'major', '@hl-orders/types': 'major' });
    const { code, output } = await repo.gate();
    expect(code).toBe(1);
    expect(output).toContain('FAIL  @hl-orders/client: needs major, declares none (no pending changeset)');
    expect(output).toContain('ok    @hl-orders/types');
    expect(output).toContain('select @hl-orders/client, choose "major"');
  });

  it('fails a new optional parameter declared as a patch, and passes it as a minor', async ({ onTestFinished }) => {
    const repo = await seededRepo(onTestFinished);
    await repo.release('1.4.2');
    await repo.write(
      'spec/openapi.yaml',
      replaceOnce(
        realSpec,
        "        - $ref: '#/components/parameters/offset'\n",
        "        - $ref: '#/components/parameters/offset'\n        - name: currency\n          in: query\n          description: Only orders in this currency.\n          schema:\n            type: string\n          example: USD\n",
      ),
    );
    await repo.changeset('currency', all('patch'));
    const failed = await repo.gate();
    expect(failed.code).toBe(1);
    expect(failed.output).toContain('needs minor, declares patch');
    await repo.changeset('currency', all('minor'));
    const passed = await repo.gate();
    expect(passed.code).toBe(0);
  });

  it('accepts a bump that `pnpm version-packages` already applied to the versions', async ({ onTestFinished }) => {
    const repo = await seededRepo(onTestFinished);
    await repo.release('1.0.0');
    await repo.write('spec/openapi.yaml', removeSearch(realSpec));
    await repo.setVersions('2.0.0'); // the changesets were consumed
    const { code, output } = await repo.gate();
    expect(output).toContain('declares major (version already bumped: major)');
    expect(code).toBe(0);
  });

  it('compares with the highest release tag by semver, not by name', async ({ onTestFinished }) => {
    const repo = await seededRepo(onTestFinished);
    await repo.release('1.2.0');
    await repo.write('spec/openapi.yaml', removeSearch(realSpec));
    await repo.release('1.10.0'); // released with the parameter removed
    const { code, output } = await repo.gate();
    expect(output).toContain('since git tag @hl-orders/spec@1.10.0');
    expect(code).toBe(0);
  });
});
