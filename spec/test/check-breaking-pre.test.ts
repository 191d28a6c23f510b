// The breaking-change gate in changesets' pre-release mode (.changeset/pre.json):
// the next stable release is judged against the last stable tag with every
// changeset of the cycle, and a change since the last pre-release needs a
// changeset no pre-release consumed yet.
import { describe, expect, it } from 'vitest';
import { seededRepo } from './support/seeded-repo.js';
import { realSpec, replaceOnce } from './support/spec-copy.js';

const all = (bump: string) => ({ '@hl-orders/spec': bump, '@hl-orders/types': bump, '@hl-orders/client': bump });
const names = Object.keys(all('none'));
const addCurrency = (s: string) =>
  replaceOnce(
    s,
    "        - $ref: '#/components/parameters/offset'\n",
    "        - $ref: '#/components/parameters/offset'\n        - name: currency\n          in: query\n          description: Only orders in this currency.\n          schema:\n            type: string\n          example: USD\n",
  );
const removeSearch = (s: string) => replaceOnce(s, "        - $ref: '#/components/parameters/search'\n", '');
const reword = (s: string) => replaceOnce(s, 'Only orders of this contact.', 'Only the orders of this contact.');

/** 1.0.0 released; pre-release mode "next"; 1.1.0-next.0 released with a new parameter (a minor changeset). */
async function inPrerelease(onTestFinished: Parameters<typeof seededRepo>[0]) {
  const repo = await seededRepo(onTestFinished);
  await repo.release('1.0.0');
  await repo.enterPre('next');
  await repo.write('spec/openapi.yaml', addCurrency(realSpec));
  await repo.changeset('currency', all('minor'));
  await repo.consume(['currency'], '1.1.0-next.0');
  await repo.release('1.1.0-next.0');
  return repo;
}

describe.concurrent('breaking-change gate in pre-release mode', () => {
  it('judges against the last stable tag, counting the changesets a pre-release consumed', async ({
    onTestFinished,
  }) => {
    const repo = await inPrerelease(onTestFinished);
    const { code, output } = await repo.gate();
    expect(output).toContain('compared with git tag @hl-orders/spec@1.0.0; the change needs a minor release');
    expect(output).toContain(
      'ok    @hl-orders/spec: needs minor, declares minor (.changeset/currency.md (minor, in a pre-release), version already bumped: minor)',
    );
    expect(output).toContain('Pre-release mode "next" (.changeset/pre.json, pre)');
    expect(output).toContain('No contract change since the pre-release git tag @hl-orders/spec@1.1.0-next.0');
    expect(code).toBe(0);
  });

  it('fails a change since the last pre-release that only consumed changesets cover, and passes it with a new one', async ({
    onTestFinished,
  }) => {
    const repo = await inPrerelease(onTestFinished);
    await repo.write('spec/openapi.yaml', reword(addCurrency(realSpec)));
    const failed = await repo.gate();
    expect(failed.code).toBe(1);
    expect(failed.output).toContain('Since the pre-release git tag @hl-orders/spec@1.1.0-next.0 the contract changed');
    for (const name of names) {
      expect(failed.output).toContain(`FAIL  ${name}: needs a changeset since 1.1.0-next.0, has none`);
    }
    expect(failed.output).toContain('A changeset a\npre-release already consumed');

    await repo.changeset('wording', all('patch'));
    const passed = await repo.gate();
    expect(passed.output).toContain(
      'ok    @hl-orders/spec: needs a changeset since 1.1.0-next.0, has .changeset/wording.md (patch)',
    );
    expect(passed.code).toBe(0);
  });

  it('needs a major for a breaking change in a pre-release, judged against the stable release', async ({
    onTestFinished,
  }) => {
    const repo = await inPrerelease(onTestFinished);
    await repo.write('spec/openapi.yaml', removeSearch(addCurrency(realSpec)));
    await repo.changeset('drop-search', all('minor'));
    const failed = await repo.gate();
    expect(failed.code).toBe(1);
    expect(failed.output).toContain('compared with git tag @hl-orders/spec@1.0.0; the change needs a major release');
    expect(failed.output).toContain('FAIL  @hl-orders/client: needs major, declares minor');

    await repo.changeset('drop-search', all('major'));
    expect((await repo.gate()).code).toBe(0);
  });

  it('accepts the pre-release versions `pnpm version-packages` set, once it consumed the new changeset', async ({
    onTestFinished,
  }) => {
    const repo = await inPrerelease(onTestFinished);
    await repo.write('spec/openapi.yaml', removeSearch(addCurrency(realSpec)));
    await repo.changeset('drop-search', all('major'));
    await repo.consume(['drop-search'], '2.0.0-next.0');
    const { code, output } = await repo.gate();
    expect(output).toContain('version already bumped: major');
    expect(output).toContain('version already bumped since 1.1.0-next.0');
    expect(code).toBe(0);
  });

  it('skips the pre-release check once `changeset pre exit` ran: the next release is stable', async ({
    onTestFinished,
  }) => {
    const repo = await inPrerelease(onTestFinished);
    await repo.enterPre('next', 'exit');
    await repo.write('spec/openapi.yaml', reword(addCurrency(realSpec)));
    const { code, output } = await repo.gate();
    expect(output).toContain('(.changeset/pre.json, exit)');
    expect(output).not.toContain('Since the pre-release');
    expect(code).toBe(0);
  });

  it('stops with exit 2 and says what to do when pre.json is broken', async ({ onTestFinished }) => {
    const repo = await seededRepo(onTestFinished);
    await repo.release('1.0.0');
    await repo.write('.changeset/pre.json', '{"mode": "pre"}\n');
    const { code, output } = await repo.gate();
    expect(code).toBe(2);
    expect(output).toContain(".changeset/pre.json does not look like changesets' pre-release state");
    expect(output).toContain('`changeset pre exit`');
  });
});
