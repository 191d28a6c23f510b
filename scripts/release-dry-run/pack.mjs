// Packs each public package with `pnpm pack` (which turns `workspace:^` into
// real version ranges, as publishing does) and checks every tarball with
// publint and, for packages with JavaScript, attw.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from './exec.mjs';

/** Resolves with `{ [name]: tarball path }`. */
export async function packAll(repo, packages, into) {
  const tarballs = {};
  for (const pkg of packages) {
    const before = new Set(readdirSync(into));
    await exec('pnpm', ['pack', '--pack-destination', into], { cwd: join(repo, pkg.dir) });
    const made = readdirSync(into).filter((file) => !before.has(file));
    if (made.length !== 1) throw new Error(`pnpm pack of ${pkg.name} made ${made.length} files: ${made.join(', ')}`);
    tarballs[pkg.name] = join(into, made[0]);
  }
  return tarballs;
}

/**
 * publint --strict on every tarball. attw (--profile node16: ESM and CommonJS
 * under node16/nodenext resolution, the modes our consumers use) only where
 * there is JavaScript: @hl-orders/spec exports JSON and YAML files and no types,
 * so attw would have no entry point to analyse; its exports are checked instead
 * by resolving them from the consumer projects.
 */
export async function lintTarballs(packages, tarballs, { bin }) {
  const reports = [];
  for (const pkg of packages) {
    const tarball = tarballs[pkg.name];
    reports.push(await exec(process.execPath, [bin.publint, 'run', tarball, '--strict']));
    if (pkg.hasJs) {
      reports.push(
        await exec(process.execPath, [
          bin.attw,
          tarball,
          '--profile',
          'node16',
          '--no-color',
          '--format',
          'table-flipped',
        ]),
      );
    }
  }
  return reports;
}
