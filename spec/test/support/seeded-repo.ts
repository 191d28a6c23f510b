// A throw-away git repository shaped like ours (spec, types, client, .changeset)
// with a release tag, for running the breaking-change gate end to end.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { realSpec } from './spec-copy.js';

const exec = promisify(execFile);
const gateScript = fileURLToPath(new URL('../../scripts/check-breaking.mjs', import.meta.url));

const packagePaths = {
  '@hl-orders/spec': 'spec',
  '@hl-orders/types': 'packages/types',
  '@hl-orders/client': 'packages/client',
};

// Commits and tags must work on a machine without a git identity or with signing on.
const gitConfig = [
  '-c',
  'user.name=test',
  '-c',
  'user.email=test@example.com',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'tag.gpgsign=false',
];

/**
 * Call inside a test with that test's own `onTestFinished` (the global one may
 * pick another test when tests run concurrently): the repository is removed
 * when the test finishes.
 */
export async function seededRepo(onTestFinished: (cleanup: () => Promise<void>) => void) {
  const root = await mkdtemp(join(tmpdir(), 'hl-orders-gate-'));
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  };
  const git = (...args: string[]) => exec('git', [...gitConfig, ...args], { cwd: root });
  const setVersions = async (version: string) => {
    for (const [name, path] of Object.entries(packagePaths)) {
      await write(`${path}/package.json`, `${JSON.stringify({ name, version }, null, 2)}\n`);
    }
  };

  await git('init', '--quiet');
  await write('spec/openapi.yaml', realSpec);
  await write('.changeset/README.md', 'Changesets.\n');
  await setVersions('0.0.0');

  return {
    root,
    write,
    setVersions,
    /** Commits everything and tags the commit as a release of the spec, as `changeset publish` does. */
    async release(version: string) {
      await setVersions(version);
      await git('add', '-A');
      await git('commit', '--quiet', '-m', `release ${version}`);
      await git('tag', '-a', `@hl-orders/spec@${version}`, '-m', `@hl-orders/spec@${version}`);
    },
    git,
    async changeset(id: string, bumps: Record<string, string>) {
      const front = Object.entries(bumps).map(([name, bump]) => `'${name}': ${bump}`);
      await write(`.changeset/${id}.md`, `---\n${front.join('\n')}\n---\n\nA change.\n`);
    },
    /** `changeset pre enter <tag>`: writes .changeset/pre.json as changesets does. */
    async enterPre(tag: string, mode: 'pre' | 'exit' = 'pre') {
      await write(
        '.changeset/pre.json',
        `${JSON.stringify({ mode, tag, initialVersions: {}, changesets: [] }, null, 2)}\n`,
      );
    },
    /**
     * What `changeset version` does in pre-release mode: sets the versions and
     * records the changesets as consumed in pre.json, leaving their files.
     */
    async consume(ids: string[], version: string) {
      await setVersions(version);
      const pre = JSON.parse(await readFile(join(root, '.changeset/pre.json'), 'utf8'));
      pre.changesets.push(...ids);
      await write('.changeset/pre.json', `${JSON.stringify(pre, null, 2)}\n`);
    },
    /** Runs the gate on this repository; resolves with exit code and all output. */
    async gate() {
      try {
        const { stdout, stderr } = await exec(process.execPath, [gateScript, '--root', root]);
        return { code: 0, output: stdout + stderr };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, output: failed.stdout + failed.stderr };
      }
    },
  };
}
