// Compares two versions of the contract with `redocly diff` (JSON output),
// applies our corrections (bump-rules.mjs) and returns the findings: what
// changed, where, by which rule, and the bump each needs.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { CORRECTIONS, overallBump, unratedChanges } from './bump-rules.mjs';
import { locatePointer } from './locate-pointer.mjs';
import { redoclyConfig, runRedocly } from './redocly.mjs';

function locate(change) {
  // A removal exists only in the base; everything else is shown where it is now.
  const side = change.kind === 'removed' ? change.base : (change.revision ?? change.base);
  return side ? { file: side.file, line: side.line, col: side.col } : null;
}

function describe(change) {
  const path = change.path.replace(/^#\/paths\//, '').replaceAll('~1', '/');
  return `${change.kind} ${path}${change.property ? ` · ${change.property}` : ''}`;
}

/** Turns one change of the diff report into findings, one per verdict. */
function findingsOf(change) {
  if (change.path === '#/info' && change.property === 'version') return []; // set by version-packages
  const corrected = CORRECTIONS.reduce((found, rule) => found ?? rule(change), null);
  if (corrected) return [{ ...corrected, change: describe(change), location: locate(change), corrected: true }];
  if (change.verdicts.length === 0) {
    return [
      {
        impact: change.impact,
        rule: null,
        message: describe(change),
        change: describe(change),
        location: locate(change),
      },
    ];
  }
  return change.verdicts.map((verdict) => ({
    impact: verdict.impact,
    rule: verdict.ruleId,
    message: verdict.message,
    change: describe(change),
    location: verdict.location ?? locate(change),
  }));
}

/**
 * Runs `redocly diff <base> <revision>` in `cwd` and resolves with
 * `{ bump, findings, redoclyBump }`; `redoclyBump` is the tool's own verdict,
 * before our corrections.
 */
export async function contractDiff(base, revision, { cwd } = {}) {
  const args = ['diff', base, revision, '--format', 'json', '--fail-on', 'none', '--config', redoclyConfig];
  const { code, stdout, stderr } = await runRedocly(args, { cwd });
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    throw new Error(`redocly diff failed (exit ${code}):\n${stderr.trim() || stdout.trim()}`);
  }
  if (/No diff rules are on/.test(stderr)) {
    throw new Error('redocly diff ran without diff rules; spec/redocly.yaml must extend diff-recommended.');
  }
  const findings = report.changes.flatMap(findingsOf);
  if (findings.length === 0) {
    const text = async (file) => readFile(resolve(cwd ?? process.cwd(), file), 'utf8');
    const revisionText = await text(revision);
    for (const pointer of unratedChanges(parse(await text(base)), parse(revisionText))) {
      findings.push({
        impact: 'patch',
        rule: 'hl-orders/unrated-change',
        message: `Changed ${pointer} (a change redocly diff does not rate).`,
        change: `modified ${pointer}`,
        location: { file: revision, ...locatePointer(revisionText, pointer) },
        corrected: true,
      });
    }
  }
  return { bump: overallBump(findings), findings, redoclyBump: report.bump ?? 'none' };
}
