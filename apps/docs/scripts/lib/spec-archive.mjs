// Every release's contract at a stable URL, so a consumer can pin one:
// /spec/<version>/openapi.{json,yaml}, and /spec/latest/ for the contract this
// site documents. Older releases come from the git tags `@hl-orders/spec@X`
// (CI clones with tags); the current `info.version` from spec/dist when no tag
// holds it yet (the build of a release runs before its tag is pushed).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import semver from 'semver';
import { code, frontMatter, table } from './markdown.mjs';
import { publicDir, repoRoot, siteDir } from './paths.mjs';

const TAG_PREFIX = '@hl-orders/spec@';
const require = createRequire(import.meta.url);

function releaseTags() {
  try {
    return execFileSync('git', ['tag', '--list', `${TAG_PREFIX}*`], { cwd: repoRoot, encoding: 'utf8' })
      .split('\n')
      .map((tag) => tag.trim())
      .filter((tag) => semver.valid(tag.slice(TAG_PREFIX.length)));
  } catch {
    // Not a git checkout (an unpacked tarball): only the current contract.
    return [];
  }
}

/** The tag's spec/ folder, bundled by Redocly without the repository's plugins (a bundle needs none). */
function bundleTag(tag, outDir) {
  const scratch = mkdtempSync(join(tmpdir(), 'hl-orders-docs-spec-'));
  try {
    const archive = join(scratch, 'spec.tar');
    execFileSync('git', ['archive', '--format=tar', '-o', archive, tag, 'spec'], { cwd: repoRoot });
    execFileSync('tar', ['-xf', archive, '-C', scratch]);
    const config = join(scratch, 'redocly.yaml');
    writeFileSync(config, 'extends:\n  - minimal\n');
    const cliPackage = require.resolve('@redocly/cli/package.json');
    const bin = join(dirname(cliPackage), JSON.parse(readFileSync(cliPackage, 'utf8')).bin.redocly);
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    for (const ext of ['yaml', 'json']) {
      const output = join(outDir, `openapi.${ext}`);
      execFileSync(
        process.execPath,
        [bin, 'bundle', join(scratch, 'spec', 'openapi.yaml'), '--config', config, '--ext', ext, '--output', output],
        { cwd: scratch, env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
    }
  } catch (error) {
    throw new Error(`Could not bundle the contract of ${tag}: ${error.message}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Writes every release's contract under public/spec/ and the page that lists them; returns the versions. */
export function writeSpecArchive(spec) {
  const distDir = dirname(require.resolve('@hl-orders/spec/openapi.json'));
  const current = spec.info.version;
  const tags = releaseTags();
  const versions = new Map(tags.map((tag) => [tag.slice(TAG_PREFIX.length), { source: `git tag ${code(tag)}`, tag }]));
  if (!versions.has(current)) versions.set(current, { source: 'this build (spec/dist)', tag: null });

  const copyDist = (dir) => {
    mkdirSync(dir, { recursive: true });
    for (const ext of ['json', 'yaml']) copyFileSync(join(distDir, `openapi.${ext}`), join(dir, `openapi.${ext}`));
  };
  for (const [version, { tag }] of versions) {
    const dir = join(publicDir, 'spec', version);
    mkdirSync(dir, { recursive: true });
    if (tag) bundleTag(tag, dir);
    else copyDist(dir);
  }
  copyDist(join(publicDir, 'spec', 'latest'));

  const sorted = [...versions].sort(([a], [b]) => semver.rcompare(a, b));
  const row = (label, path, source) => [
    label,
    `[openapi.json](/spec/${path}/openapi.json)`,
    `[openapi.yaml](/spec/${path}/openapi.yaml)`,
    source,
  ];
  const rows = [
    row('**latest**', 'latest', `the contract this site documents (${code(current)} as built)`),
    ...sorted.map(([version, { source }]) => row(code(version), version, source)),
  ];
  mkdirSync(join(siteDir, 'spec'), { recursive: true });
  writeFileSync(
    join(siteDir, 'spec', 'index.md'),
    `${frontMatter({ title: 'Contract versions' })}# Contract versions

Every release of \`@hl-orders/spec\` keeps its contract here, bundled into one file, at a URL that
does not change: \`/spec/<version>/openapi.json\` and \`openapi.yaml\`. Pin a version to generate
code or run a mock against a contract that cannot move under you. The same files are in the npm
package \`@hl-orders/spec\` (\`@hl-orders/spec/openapi.json\`).

${table(['Version', 'JSON', 'YAML', 'From'], rows)}`,
  );
  return sorted.map(([version]) => version);
}
