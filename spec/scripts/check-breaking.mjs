#!/usr/bin/env node
// The breaking-change gate (`pnpm --filter @hl-orders/spec check:breaking`, run
// by `pnpm test`): compares spec/openapi.yaml with the spec of the last release,
// rates the change with `redocly diff` (plus our corrections), and fails when
// the pending changesets of @hl-orders/spec, /types or /client declare a
// smaller bump than the change needs.
//
// Usage: node scripts/check-breaking.mjs [--root <repository root>]
// Exit codes: 0 pass, 1 a package needs a larger bump, 2 the gate could not run.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { declaredBumps } from './lib/changesets.mjs';
import { contractDiff } from './lib/contract-diff.mjs';
import { judge } from './lib/judge.mjs';
import { CONTRACT_PACKAGES, currentVersions, findReleaseBase, SPEC_FILE } from './lib/release-base.mjs';
import { formatFindings, formatFix, formatVerdicts } from './lib/report.mjs';

const defaultRoot = fileURLToPath(new URL('../..', import.meta.url));

async function main() {
  const { values } = parseArgs({ options: { root: { type: 'string' } } });
  const root = resolve(values.root ?? defaultRoot);

  const base = await findReleaseBase(root);
  if (base.kind === 'none') {
    console.log('Breaking-change gate: no previous release, nothing to compare.');
    return 0;
  }
  try {
    const diff = await contractDiff(base.specFile, SPEC_FILE, { cwd: root });
    const context = { root, baseFile: base.specFile, baseDisplay: base.display };
    if (diff.bump === 'none') {
      console.log(`Breaking-change gate: ${SPEC_FILE} has no contract change since ${base.label}.`);
      return 0;
    }
    const verdicts = judge({
      required: diff.bump,
      packages: Object.keys(CONTRACT_PACKAGES),
      declared: await declaredBumps(root),
      released: base.released,
      current: await currentVersions(root),
    });
    const failing = verdicts.filter((verdict) => !verdict.ok);
    const summary = [
      `Breaking-change gate: ${SPEC_FILE} compared with ${base.label}; the change needs a ${diff.bump} release.`,
      '',
      'What changed (redocly diff):',
      formatFindings(diff.findings, context),
      '',
      'Bumps:',
      formatVerdicts(verdicts),
    ].join('\n');
    if (failing.length === 0) {
      console.log(summary);
      return 0;
    }
    console.error(`${summary}\n\n${formatFix(failing, diff.bump)}`);
    return 1;
  } finally {
    await base.cleanup();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`Breaking-change gate could not run: ${error.message}`);
    process.exitCode = 2;
  },
);
