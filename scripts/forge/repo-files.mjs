// The files the forge checks read: the workflows, .ci/run, the README, the
// root package.json, pnpm-workspace.yaml and the Renovate config.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const read = (path) => readFileSync(join(repoRoot, path), 'utf8');

/** Every workflow as `{ file, text, doc }` (`file` relative to the repository root). */
export function readWorkflows() {
  const dir = '.github/workflows';
  return readdirSync(join(repoRoot, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = `${dir}/${name}`;
      const text = read(file);
      return { file, text, doc: parse(text) };
    });
}

export function readRepo() {
  return {
    workflows: readWorkflows(),
    ciRun: read('.ci/run'),
    readme: read('README.md'),
    packageJson: JSON.parse(read('package.json')),
    workspace: parse(read('pnpm-workspace.yaml')),
    renovate: JSON.parse(read('.github/renovate.json')),
  };
}
