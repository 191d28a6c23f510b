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
//      installed mock
// Progress goes to stderr; the scratch folder is removed at the end
// (HL_ORDERS_KEEP_SCRATCH=1 keeps it for debugging). Exit 1 on any failure.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bin } from './bins.mjs';
import { checkConsumer } from './consumer.mjs';
import { copyRepo } from './copy-repo.mjs';
import { exec } from './exec.mjs';
import { lintTarballs, packAll } from './pack.mjs';
import { publicPackages } from './packages.mjs';
import { createScratch } from './scratch.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
const log = (line) => console.error(`[release:dry-run ${seconds()}] ${line}`);

async function main() {
  const scratch = createScratch();
  const repo = join(scratch.dir, 'repo');
  const tarballDir = join(scratch.dir, 'tarballs');
  mkdirSync(tarballDir, { recursive: true });
  log(`scratch folder ${scratch.dir}${scratch.keep ? ' (kept)' : ''}`);

  const files = await copyRepo(root, repo);
  log(`copied ${files} files of the working tree`);
  await exec('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { cwd: repo });
  log('pnpm install --frozen-lockfile');

  await exec('pnpm', ['run', 'version-packages'], { cwd: repo });
  const packages = publicPackages(repo);
  log(`pnpm version-packages: ${packages.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')}`);
  await exec(process.execPath, ['spec/scripts/check-info-version.mjs'], { cwd: repo });

  const filters = packages.flatMap((pkg) => ['--filter', `${pkg.name}...`]);
  await exec('pnpm', [...filters, 'run', 'build'], { cwd: repo });
  log('built the public packages and their dependencies');

  const tarballs = await packAll(repo, packages, tarballDir);
  log(`packed ${Object.keys(tarballs).length} tarballs`);
  await lintTarballs(packages, tarballs, { bin });
  log('publint --strict on every tarball; attw --profile node16 on types, client, mock');

  const specVersion = packages.find((pkg) => pkg.name === '@hl-orders/spec').version;
  // The two projects are independent; checking them side by side halves the
  // time of the slowest step (npm installing Prism's dependencies).
  const results = await Promise.allSettled(
    ['esm', 'cjs'].map((kind) =>
      checkConsumer(kind, { dir: join(scratch.dir, `consumer-${kind}`), tarballs, specVersion, bin, log }),
    ),
  );
  const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason.message);
  if (failures.length > 0) throw new Error(failures.join('\n\n'));
  log('passed; nothing was published');
}

main().catch((error) => {
  log(`FAILED: ${error.message}`);
  process.exitCode = 1;
});
