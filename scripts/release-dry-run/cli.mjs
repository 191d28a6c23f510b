// The CLI as a user gets it: its tarball installed by npm into an empty
// directory, as `npm install @hl-orders/cli` or `npx` would from the registry
// (our own packages it depends on come from their tarballs, everything else
// from the registry), then `hl-orders --version` and `hl-orders orders list
// --mock` run from node_modules/.bin. Checks that no Prism came along and that
// the install stays within its size budget.
import { existsSync, lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from './exec.mjs';

/** The install may grow with the simulator's dependencies (fastify, faker), not beyond this (12.9 MB at 0.1.0). */
export const CLI_INSTALL_BUDGET_MB = 20;

function sizeOf(path) {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((total, name) => total + sizeOf(join(path, name)), 0);
}

export async function checkCli({ dir, tarballs, cli, log }) {
  mkdirSync(dir, { recursive: true });
  const ours = Object.fromEntries(
    Object.entries(tarballs)
      .filter(([name]) => name !== cli.name)
      .map(([name, file]) => [name, `file:${file}`]),
  );
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'hl-orders-cli-user', private: true, dependencies: { [cli.name]: `file:${tarballs[cli.name]}` }, overrides: ours }, null, 2)}\n`,
  );
  const started = performance.now();
  await exec('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: dir });
  const installSeconds = (performance.now() - started) / 1000;
  const modules = join(dir, 'node_modules');
  if (existsSync(join(modules, '@stoplight'))) throw new Error(`installing ${cli.name} installed Prism (@stoplight/*)`);
  const mb = sizeOf(modules) / 1024 / 1024;
  const packages = readdirSync(modules).flatMap((name) =>
    name.startsWith('@') ? readdirSync(join(modules, name)).map((inner) => `${name}/${inner}`) : [name],
  );
  log(
    `cli: npm installed ${cli.name} in ${installSeconds.toFixed(1)} s: ${packages.filter((p) => !p.startsWith('.')).length} packages, ${mb.toFixed(1)} MB, no Prism`,
  );
  if (mb > CLI_INSTALL_BUDGET_MB) {
    throw new Error(`installing ${cli.name} takes ${mb.toFixed(1)} MB, over its budget of ${CLI_INSTALL_BUDGET_MB} MB`);
  }
  const bin = join(modules, '.bin', 'hl-orders');
  const versionStarted = performance.now();
  const version = (await exec(bin, ['--version'], { cwd: dir })).trim();
  const coldMs = performance.now() - versionStarted;
  if (version !== cli.version)
    throw new Error(`hl-orders --version printed "${version}", the package is ${cli.version}`);
  // exec gives stdout and stderr together: the page is the JSON object in it.
  const printed = await exec(bin, ['orders', 'list', '--mock', '--format', 'json', '--limit', '3'], {
    cwd: dir,
    timeoutMs: 60_000,
  });
  const listing = JSON.parse(printed.slice(printed.indexOf('{'), printed.lastIndexOf('}') + 1));
  if (!Array.isArray(listing.data) || listing.data.length !== 3) {
    throw new Error(`hl-orders orders list --mock printed ${JSON.stringify(listing).slice(0, 200)}`);
  }
  log(
    `cli: hl-orders --version is ${version} (${Math.round(coldMs)} ms); hl-orders orders list --mock lists ${listing.data.length} orders`,
  );
}
