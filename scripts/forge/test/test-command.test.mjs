// The workflows, .ci/run and the README run the same install and test
// commands with the same environment; each kind of drift is reported.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { readRepo } from '../repo-files.mjs';
import { readCiRun, testCommandDrift } from '../test-command.mjs';

const repo = readRepo();
const ciRun = `#!/usr/bin/env bash
set -euo pipefail
export CI=true
export DO_NOT_TRACK=1
if ! command -v pnpm >/dev/null 2>&1; then
  npm install -g "pnpm@$want"
fi
pnpm install --frozen-lockfile
pnpm test
`;
const readme = 'Run it:\n\n```sh\nnpm install -g pnpm@10.34.9 && pnpm install && pnpm start\npnpm test\n```\n';
const packageJson = { packageManager: 'pnpm@10.34.9', scripts: { test: 'turbo run test' } };
const workflow = (steps, env = "env:\n  DO_NOT_TRACK: '1'\n") => ({
  file: 'ci.yml',
  doc: parse(
    `${env}jobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n${steps.map((run) => `      - run: ${run}\n`).join('')}`,
  ),
});
const good = workflow(['pnpm install --frozen-lockfile', 'pnpm test']);
const drift = (overrides) => testCommandDrift({ ciRun, readme, packageJson, workflows: [good], ...overrides });

describe('one test command', () => {
  it('is the same in the workflows, .ci/run and the README of this repository', () => {
    assert.deepEqual(testCommandDrift(repo), []);
    assert.equal(readCiRun(repo.ciRun).test, 'pnpm test');
  });

  it('finds nothing when everything agrees', () => {
    assert.deepEqual(drift({}), []);
  });

  it('reports a workflow that tests with another command, or installs differently', () => {
    const problems = drift({ workflows: [workflow(['pnpm install', 'pnpm run test'])] });
    assert.deepEqual(problems, [
      'ci.yml  error  test-command  job "test" installs with "pnpm install"; .ci/run uses "pnpm install --frozen-lockfile".',
      'ci.yml  error  test-command  job "test" runs "pnpm run test"; the test command of .ci/run and the README is "pnpm test".',
      'ci.yml  error  test-command  job "test" runs the tests without "pnpm install --frozen-lockfile" before them, as .ci/run does.',
    ]);
  });

  it('reports a workflow without the environment .ci/run exports (CI excepted)', () => {
    const [problem, ...rest] = drift({ workflows: [workflow(['pnpm install --frozen-lockfile', 'pnpm test'], '')] });
    assert.equal(
      problem,
      'ci.yml  error  test-command  DO_NOT_TRACK is missing from its env; .ci/run exports DO_NOT_TRACK=1.',
    );
    assert.deepEqual(rest, []);
  });

  it('reports a .ci/run whose test command the README and the workflows do not run', () => {
    const problems = drift({ ciRun: ciRun.replace('pnpm test\n', 'pnpm test:ci\n') });
    assert.ok(problems.some((p) => p.startsWith('.ci/run  error  test-command  "pnpm test:ci" is not a script')));
    assert.ok(
      problems.some((p) =>
        p.includes('runs "pnpm test"; the test command of .ci/run and the README is "pnpm test:ci"'),
      ),
    );
    assert.ok(
      problems.some((p) =>
        p.startsWith('README.md  error  test-command  no shell block of the README runs "pnpm test:ci"'),
      ),
    );
  });

  it('reports when no workflow runs the tests at all', () => {
    const problems = drift({ workflows: [workflow(['pnpm install --frozen-lockfile', 'pnpm bench'])] });
    assert.deepEqual(problems, ['.github/workflows  error  test-command  no workflow job runs "pnpm test".']);
  });

  it("reports a README that installs another pnpm than package.json's packageManager", () => {
    const problems = drift({ readme: readme.replace('pnpm@10.34.9', 'pnpm@9.0.0') });
    assert.deepEqual(problems, [
      "README.md  error  test-command  installs pnpm@9.0.0; package.json's packageManager (which CI uses) is pnpm@10.34.9.",
    ]);
  });
});
