// The workspace's packages, found from pnpm-workspace.yaml's globs, so that a
// package added to the repository appears on the site without a list to edit.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './paths.mjs';

/** Folders of the workspace's packages (`dir/*` globs and plain folders). */
function workspaceDirs() {
  const { packages = [] } = parse(readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8'));
  return packages.flatMap((glob) => {
    if (!glob.endsWith('/*')) return [glob];
    const parent = glob.slice(0, -2);
    if (!existsSync(join(repoRoot, parent))) return [];
    return readdirSync(join(repoRoot, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`)
      .sort();
  });
}

/** The short name a package's pages live under: `@hl-orders/client` -> `client`. */
export function slugOf(name) {
  return name.replace(/^@[^/]+\//, '');
}

/** Whether the package declares type declarations, i.e. has a TypeScript API to document. */
function hasTypes(pkg) {
  const exports = JSON.stringify(pkg.exports ?? {});
  return Boolean(pkg.types || pkg.typings || exports.includes('"types"'));
}

/**
 * The source file of each entry point the package exports (`.`, `./web`, …):
 * `./dist/web.js` is built from `src/web.ts`. An entry added to `exports`
 * gets its reference without a list to edit here.
 */
function entryPoints(dir, pkg) {
  const subpaths = pkg.exports && typeof pkg.exports === 'object' ? Object.keys(pkg.exports) : ['.'];
  const sources = subpaths
    .filter((subpath) => subpath === '.' || (subpath.startsWith('./') && !subpath.endsWith('.json')))
    .map((subpath) => join(dir, 'src', `${subpath === '.' ? 'index' : subpath.slice(2)}.ts`))
    .filter((source) => existsSync(join(repoRoot, source)));
  return sources.length > 0
    ? sources
    : [join(dir, 'src', 'index.ts')].filter((source) => existsSync(join(repoRoot, source)));
}

function describe(dir, pkg) {
  const entries = hasTypes(pkg) ? entryPoints(dir, pkg) : [];
  return {
    dir,
    name: pkg.name,
    slug: slugOf(pkg.name),
    version: pkg.version,
    private: Boolean(pkg.private),
    description: pkg.description ?? '',
    /** The TypeScript sources of its entry points (`src/index.ts` first), or null without types. */
    entries: entries.length > 0 ? entries : null,
    bin: typeof pkg.bin === 'string' ? { [slugOf(pkg.name)]: pkg.bin } : (pkg.bin ?? {}),
  };
}

/** Every package of the workspace, in the order of pnpm-workspace.yaml. */
export function workspacePackages() {
  return workspaceDirs()
    .filter((dir) => existsSync(join(repoRoot, dir, 'package.json')))
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8')) }))
    .filter(({ pkg }) => pkg.name)
    .map(({ dir, pkg }) => describe(dir, pkg));
}

/** The packages that are published (not `private`): the site documents each one. */
export function publicPackages() {
  return workspacePackages().filter((pkg) => !pkg.private);
}

/** The programs a user runs: the bins of published packages and of the apps. */
export function commandLinePrograms() {
  return workspacePackages()
    .filter((pkg) => !pkg.private || pkg.dir.startsWith('apps/'))
    .flatMap((pkg) => Object.entries(pkg.bin).map(([name, file]) => ({ name, file: join(pkg.dir, file), pkg })));
}

/**
 * Fails unless every package the site documents is a dependency of the docs
 * package: only then does turbo build it (its types, its bin) before the
 * docs, instead of racing it.
 */
export function assertDocsDependsOn(packages) {
  const docs = JSON.parse(readFileSync(join(repoRoot, 'apps', 'docs', 'package.json'), 'utf8'));
  const declared = { ...docs.dependencies, ...docs.devDependencies };
  const missing = packages.filter((pkg) => pkg.name !== docs.name && !(pkg.name in declared));
  if (missing.length > 0) {
    const names = missing.map((pkg) => pkg.name).join(', ');
    throw new Error(
      `The docs document ${names}, which apps/docs/package.json does not depend on: add each as a devDependency ("workspace:*") so that turbo builds it before the docs.`,
    );
  }
}
