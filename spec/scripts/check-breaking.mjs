#!/usr/bin/env node
// The breaking-change gate (`pnpm --filter @hl-orders/spec check:breaking`, run
// by `pnpm test`): compares spec/openapi.yaml with the spec of the last stable
// release, rates the change with `redocly diff` (plus our corrections), and
// fails when the changesets of @hl-orders/spec, /types or /client declare a
// smaller bump than the change needs.
//
// In changesets' pre-release mode (.changeset/pre.json, mode "pre") it also
// compares with the last pre-release tag: a change since then needs a
// changeset that no pre-release consumed yet, or no pre-release would carry it.
//
// Usage: node scripts/check-breaking.mjs [--root <repository root>]
// Exit codes: 0 pass, 1 a package needs a larger bump, 2 the gate could not run.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { declaredBumps } from './lib/changesets.mjs';
import { contractDiff } from './lib/contract-diff.mjs';
import { judge } from './lib/judge.mjs';
import { PRE_FILE, readPreState } from './lib/pre-state.mjs';
import {
  CONTRACT_PACKAGES,
  currentVersions,
  findPrereleaseBase,
  findReleaseBase,
  SPEC_FILE,
  SPEC_PACKAGE,
} from './lib/release-base.mjs';
import { formatFindings, formatFix, formatPendingFix, formatPendingVerdicts, formatVerdicts } from './lib/report.mjs';

const defaultRoot = fileURLToPath(new URL('../..', import.meta.url));
const packages = Object.keys(CONTRACT_PACKAGES);

/** Runs `check(base)` on a base from `find()`, always removing the base's temp folder. */
async function withBase(find, check) {
  const base = await find();
  try {
    return await check(base);
  } finally {
    await base.cleanup();
  }
}

/** The change since the last stable release against every changeset, consumed by a pre-release or not. */
async function sinceRelease(root, pre, current) {
  return withBase(
    () => findReleaseBase(root),
    async (base) => {
      if (base.kind === 'none') {
        return { ok: true, text: 'Breaking-change gate: no previous release, nothing to compare.' };
      }
      const diff = await contractDiff(base.specFile, SPEC_FILE, { cwd: root });
      if (diff.bump === 'none') {
        return { ok: true, text: `Breaking-change gate: ${SPEC_FILE} has no contract change since ${base.label}.` };
      }
      const context = { root, baseFile: base.specFile, baseDisplay: base.display };
      const verdicts = judge({
        required: diff.bump,
        packages,
        declared: await declaredBumps(root, { consumed: pre?.changesets }),
        released: base.released,
        current,
      });
      const failing = verdicts.filter((verdict) => !verdict.ok);
      const text = [
        `Breaking-change gate: ${SPEC_FILE} compared with ${base.label}; the change needs a ${diff.bump} release.`,
        '',
        'What changed (redocly diff):',
        formatFindings(diff.findings, context),
        '',
        'Bumps:',
        formatVerdicts(verdicts),
      ].join('\n');
      return { ok: failing.length === 0, text, fix: failing.length ? formatFix(failing, diff.bump) : '' };
    },
  );
}

/** In pre-release mode: the change since the last pre-release against the changesets no pre-release consumed. */
async function sincePrerelease(root, pre, current) {
  return withBase(
    () => findPrereleaseBase(root),
    async (base) => {
      if (base.kind === 'none') return null;
      const diff = await contractDiff(base.specFile, SPEC_FILE, { cwd: root });
      if (diff.bump === 'none') return { ok: true, text: `No contract change since the pre-release ${base.label}.` };
      const context = { root, baseFile: base.specFile, baseDisplay: base.display };
      const verdicts = judge({
        required: 'patch',
        packages,
        declared: await declaredBumps(root, { consumed: pre.changesets, pendingOnly: true }),
        released: base.released,
        current,
      });
      const failing = verdicts.filter((verdict) => !verdict.ok);
      const since = base.released[SPEC_PACKAGE];
      const text = [
        `Since the pre-release ${base.label} the contract changed too (redocly diff):`,
        formatFindings(diff.findings, context),
        '',
        `Changesets not yet in a pre-release (each contract package needs one, of any bump, or no pre-release carries the change):`,
        formatPendingVerdicts(verdicts, since),
      ].join('\n');
      return { ok: failing.length === 0, text, fix: failing.length ? formatPendingFix(failing, since) : '' };
    },
  );
}

async function main() {
  const { values } = parseArgs({ options: { root: { type: 'string' } } });
  const root = resolve(values.root ?? defaultRoot);
  const pre = await readPreState(root);
  const current = await currentVersions(root);

  const results = [await sinceRelease(root, pre, current)];
  if (pre) {
    results.push({
      ok: true,
      text:
        `Pre-release mode "${pre.tag}" (${PRE_FILE}, ${pre.mode}): the next stable release is judged against the ` +
        'last stable one, and changesets already in a pre-release count toward it.',
    });
  }
  if (pre?.mode === 'pre') {
    const prerelease = await sincePrerelease(root, pre, current);
    if (prerelease) results.push(prerelease);
  }

  const text = results.map((result) => result.text).join('\n\n');
  const fixes = results.map((result) => result.fix).filter(Boolean);
  if (fixes.length === 0) {
    console.log(text);
    return 0;
  }
  console.error(`${text}\n\n${fixes.join('\n\n')}`);
  return 1;
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
