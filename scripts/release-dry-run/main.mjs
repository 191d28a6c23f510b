#!/usr/bin/env node
// `pnpm release:dry-run` (also run by `pnpm test` through turbo): everything a
// release does except publishing, on a scratch copy of the repository.
//   1. copy the working tree, install from the lockfile
//   2. `pnpm version-packages` (changeset version, info.version sync, lockfile)
//   3. build, then `pnpm pack` every public package
//   4. publint and attw on each tarball
//   5. install the tarballs with npm into a fresh ES module project and a fresh
//      CommonJS project; tsc type-checks each, the spec's exports resolve,
//      then one listOrders call through the installed client against the
//      installed mock, one against the installed simulator, and one webhook
//      delivery signed with the installed webhooks package's test keys,
//      verified and typed
//   6. install the CLI's tarball alone, as npm would from the registry, then
//      run `hl-orders --version` and `hl-orders orders list --mock`; no Prism,
//      and an install within its size budget
// In changesets' pre-release mode (.changeset/pre.json) the versions are
// pre-releases like 1.1.0-next.0; the dry run says which npm dist-tag each
// package would get and refuses a pre-release version that would go out as
// `latest`. `--pre <tag>` rehearses a pre-release: it runs
// `changeset pre enter <tag>` in the scratch copy first.
// Progress goes to stderr; the scratch folder is removed at the end
// (HL_ORDERS_KEEP_SCRATCH=1 keeps it for debugging). Exit 1 on any failure.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readPreState } from '../../spec/scripts/lib/pre-state.mjs';
import { bin } from './bins.mjs';
import { checkCli } from './cli.mjs';
import { checkConsumer } from './consumer.mjs';
import { copyRepo } from './copy-repo.mjs';
import { releaseTags } from './dist-tags.mjs';
import { exec } from './exec.mjs';
import { lintTarballs, packAll } from './pack.mjs';
import { publicPackages } from './packages.mjs';
import { createScratch } from './scratch.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
const log = (line) => console.error(`[release:dry-run ${seconds()}] ${line}`);

/** `--pre <tag>`: enters pre-release mode in the scratch copy, unless it is already in that mode. */
async function enterPre(repo, tag) {
  const pre = await readPreState(repo);
  if (pre?.mode === 'pre' && pre.tag === tag) {
    log(`already in pre-release mode "${tag}"`);
    return;
  }
  if (pre) throw new Error(`--pre ${tag}: .changeset/pre.json is in mode "${pre.mode}" with tag "${pre.tag}"`);
  await exec('pnpm', ['changeset', 'pre', 'enter', tag], { cwd: repo });
  log(`changeset pre enter ${tag} (in the scratch copy only)`);
}

async function main() {
  const { values } = parseArgs({ options: { pre: { type: 'string' } } });
  const scratch = createScratch();
  const repo = join(scratch.dir, 'repo');
  const tarballDir = join(scratch.dir, 'tarballs');
  mkdirSync(tarballDir, { recursive: true });
  log(`scratch folder ${scratch.dir}${scratch.keep ? ' (kept)' : ''}`);

  const files = await copyRepo(root, repo);
  log(`copied ${files} files of the working tree`);
  await exec('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { cwd: repo });
  log('pnpm install --frozen-lockfile');

  if (values.pre) await enterPre(repo, values.pre);
  await exec('pnpm', ['run', 'version-packages'], { cwd: repo });
  const packages = publicPackages(repo);
  log(`pnpm version-packages: ${packages.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')}`);
  await exec(process.execPath, ['spec/scripts/check-info-version.mjs'], { cwd: repo });
  const { tags, problems } = releaseTags(packages, await readPreState(repo));
  if (problems.length > 0) throw new Error(problems.join('\n'));
  log(`changeset publish would use the npm dist-tag ${[...new Set(Object.values(tags))].join(', ')}`);

  const filters = packages.flatMap((pkg) => ['--filter', `${pkg.name}...`]);
  await exec('pnpm', [...filters, 'run', 'build'], { cwd: repo });
  log('built the public packages and their dependencies');

  const tarballs = await packAll(repo, packages, tarballDir);
  log(`packed ${Object.keys(tarballs).length} tarballs`);
  await lintTarballs(packages, tarballs, { bin });
  log(
    `publint --strict on every tarball; attw --profile node16 on ${packages
      .filter((pkg) => pkg.hasJs)
      .map((pkg) => pkg.name.replace('@hl-orders/', ''))
      .join(', ')}`,
  );

  const specVersion = packages.find((pkg) => pkg.name === '@hl-orders/spec').version;
  // The two projects are independent; checking them side by side halves the
  // time of the slowest step (npm installing Prism's dependencies).
  const cli = packages.find((pkg) => pkg.bin.includes('hl-orders'));
  const results = await Promise.allSettled([
    ...['esm', 'cjs'].map((kind) =>
      checkConsumer(kind, { dir: join(scratch.dir, `consumer-${kind}`), tarballs, specVersion, bin, log }),
    ),
    cli
      ? checkCli({ dir: join(scratch.dir, 'cli-user'), tarballs, cli, log })
      : Promise.reject(new Error('no public package has the hl-orders bin')),
  ]);
  const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason.message);
  if (failures.length > 0) throw new Error(failures.join('\n\n'));
  log('passed; nothing was published');
}

main().catch((error) => {
  log(`FAILED: ${error.message}`);
  process.exitCode = 1;
});
