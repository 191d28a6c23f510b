// Finds the spec of the last release, the base the breaking-change gate
// compares the working spec with: the highest `@hl-orders/spec@X.Y.Z` git tag
// reachable from HEAD (changesets creates one per release), else the latest
// version of @hl-orders/spec on npm, else none (nothing was released yet).
// Pre-releases (`X.Y.Z-next.N`, from changesets' pre-release mode) promise no
// compatibility, so they are never that base: the next stable release is
// judged against the last stable one. In pre-release mode the gate also
// looks at the last pre-release tag (findPrereleaseBase).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import semver from 'semver';
import { run } from './run.mjs';

/** The packages whose bump the contract decides, and where they live. */
export const CONTRACT_PACKAGES = {
  '@hl-orders/spec': 'spec',
  '@hl-orders/types': 'packages/types',
  '@hl-orders/client': 'packages/client',
};

export const SPEC_PACKAGE = '@hl-orders/spec';
export const SPEC_FILE = 'spec/openapi.yaml';

/** The npm registry, through the npm CLI (so .npmrc, proxies and auth apply). */
export const npmRegistry = {
  /** Latest published version, or null when the package does not exist. */
  async latestVersion(name) {
    const { code, stdout } = await run('npm', ['view', name, 'version', '--json'], { allowFailure: true });
    const parsed = stdout.trim() ? JSON.parse(stdout) : null;
    if (code === 0) return Array.isArray(parsed) ? parsed.at(-1) : parsed;
    if (parsed?.error?.code === 'E404') return null;
    throw new Error(
      `Could not ask the npm registry for ${name} (${parsed?.error?.summary ?? `npm exited with ${code}`}). ` +
        'The gate needs it when no release tag is present: check the network, or fetch the tags (git fetch --tags).',
    );
  },
  /** Downloads and unpacks a published version; resolves with the unpacked `package/` folder. */
  async unpack(name, version, into) {
    const { stdout } = await run('npm', ['pack', `${name}@${version}`, '--pack-destination', into, '--json']);
    const [{ filename }] = JSON.parse(stdout);
    await run('tar', ['-xzf', join(into, filename), '-C', into]);
    return join(into, 'package');
  },
};

async function git(root, args) {
  return run('git', ['-C', root, ...args], { allowFailure: true });
}

/** Versions of the spec package's release tags that HEAD contains, highest first. */
async function taggedVersions(root) {
  const { code, stdout } = await git(root, ['tag', '--list', `${SPEC_PACKAGE}@*`, '--merged', 'HEAD']);
  if (code !== 0) return []; // not a git repository, or no commit yet
  return stdout
    .split('\n')
    .map((tag) => tag.trim().slice(SPEC_PACKAGE.length + 1))
    .filter((version) => semver.valid(version))
    .sort(semver.rcompare);
}

const tagOf = (version) => (version ? `${SPEC_PACKAGE}@${version}` : null);

/** The highest stable release tag of the spec package that HEAD contains, or null. */
export async function lastReleaseTag(root) {
  return tagOf((await taggedVersions(root)).find((version) => !semver.prerelease(version)));
}

/** The highest pre-release tag that HEAD contains above the last stable release, or null. */
export async function lastPrereleaseTag(root) {
  const versions = await taggedVersions(root);
  const stable = versions.find((version) => !semver.prerelease(version));
  const newest = versions[0];
  return newest && semver.prerelease(newest) && (!stable || semver.gt(newest, stable)) ? tagOf(newest) : null;
}

async function fromTag(root, tag, dir) {
  // git archive brings the whole spec folder, so a spec split into several
  // files with relative $refs still resolves.
  const archive = join(dir, 'base.tar');
  const result = await git(root, ['archive', '--format=tar', '-o', archive, tag, posix.dirname(SPEC_FILE)]);
  if (result.code !== 0) throw new Error(`Could not read ${SPEC_FILE} at tag ${tag}:\n${result.stderr.trim()}`);
  await run('tar', ['-xf', archive, '-C', dir]);
  const released = {};
  for (const [name, path] of Object.entries(CONTRACT_PACKAGES)) {
    const shown = await git(root, ['show', `${tag}:${path}/package.json`]);
    released[name] = shown.code === 0 ? JSON.parse(shown.stdout).version : null;
  }
  return {
    kind: 'tag',
    label: `git tag ${tag}`,
    display: `${tag}:${SPEC_FILE}`,
    specFile: join(dir, SPEC_FILE),
    released,
  };
}

async function fromNpm(version, dir, npm) {
  const unpacked = await npm.unpack(SPEC_PACKAGE, version, dir);
  const released = {};
  for (const name of Object.keys(CONTRACT_PACKAGES)) {
    released[name] = name === SPEC_PACKAGE ? version : await npm.latestVersion(name);
  }
  // The package ships the source spec next to the bundled one.
  return {
    kind: 'npm',
    label: `${SPEC_PACKAGE}@${version} on npm`,
    display: `${SPEC_PACKAGE}@${version} (npm):openapi.yaml`,
    specFile: join(unpacked, 'openapi.yaml'),
    released,
  };
}

const none = () => ({
  kind: 'none',
  label: 'no previous release',
  specFile: null,
  released: {},
  cleanup: async () => {},
});

/** Runs `find(dir)` in a fresh temp folder; resolves with its base plus `cleanup()`, or none(). */
async function inScratch(find) {
  const dir = await mkdtemp(join(tmpdir(), 'hl-orders-base-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const base = await find(dir);
    if (base) return { ...base, cleanup };
    await cleanup();
    return none();
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * Resolves with the last release: `{ kind: 'tag' | 'npm' | 'none', label,
 * display (how locations in its spec are shown), specFile, released:
 * { [package]: version | null }, cleanup() }`.
 */
export async function findReleaseBase(root, { npm = npmRegistry } = {}) {
  return inScratch(async (dir) => {
    const tag = await lastReleaseTag(root);
    if (tag) return fromTag(root, tag, dir);
    // npm's `latest` is a pre-release only when nothing stable was published.
    const version = await npm.latestVersion(SPEC_PACKAGE);
    if (version && !semver.prerelease(version)) return fromNpm(version, dir, npm);
    return null;
  });
}

/**
 * The last pre-release above the last stable release, from git tags only, in
 * the shape of findReleaseBase's answer; `kind: 'none'` when there is none.
 */
export async function findPrereleaseBase(root) {
  return inScratch(async (dir) => {
    const tag = await lastPrereleaseTag(root);
    return tag ? fromTag(root, tag, dir) : null;
  });
}

/** Current versions of the contract packages in the working tree. */
export async function currentVersions(root) {
  const versions = {};
  for (const [name, path] of Object.entries(CONTRACT_PACKAGES)) {
    versions[name] = JSON.parse(await readFile(join(root, path, 'package.json'), 'utf8')).version;
  }
  return versions;
}
