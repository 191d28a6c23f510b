// Words of the breaking-change gate: what changed (the diff's own words, with
// location), which bump each package needs, and how to fix a failure.
import { relative, resolve } from 'node:path';
import { rank } from './bumps.mjs';

function where(location, { root, baseFile, baseDisplay }) {
  if (!location?.file) return '';
  const file = resolve(root, location.file);
  const name = file === resolve(baseFile) ? baseDisplay : relative(root, file).replaceAll('\\', '/');
  return `${name}:${location.line}:${location.col}`;
}

export function formatFindings(findings, context) {
  return [...findings]
    .sort((a, b) => rank(b.impact) - rank(a.impact))
    .map((finding) => {
      const rule = finding.rule ? ` (${finding.rule}${finding.corrected ? ', our rule' : ''})` : '';
      const at = where(finding.location, context);
      return `  ${finding.impact.padEnd(5)}  ${finding.message}${rule}${at ? `\n         at ${at}` : ''}`;
    })
    .join('\n');
}

export function formatVerdicts(verdicts) {
  return verdicts
    .map((verdict) => {
      const mark = verdict.ok ? 'ok  ' : 'FAIL';
      const sources = [
        ...verdict.files,
        ...(verdict.fromVersion !== 'none' ? [`version already bumped: ${verdict.fromVersion}`] : []),
      ];
      const declared = verdict.firstRelease
        ? 'first release, nothing to break'
        : `declares ${verdict.bump}${sources.length ? ` (${sources.join(', ')})` : ' (no pending changeset)'}`;
      return `  ${mark}  ${verdict.name}: needs ${verdict.required}, ${declared}`;
    })
    .join('\n');
}

export function formatFix(failing, required) {
  const names = failing.map((verdict) => verdict.name).join(', ');
  return [
    `To fix: run \`pnpm changeset\`, select ${names}, choose "${required}" and say what changed for users`,
    `(for a major: what breaks and how to migrate). Or undo the part of the edit that needs the ${required}.`,
    'See CONTRIBUTING.md, "The breaking-change gate".',
  ].join('\n');
}

/** Verdicts of the pre-release check: a changeset since `since`, not a bump, is what each package needs. */
export function formatPendingVerdicts(verdicts, since) {
  return verdicts
    .map((verdict) => {
      const sources = [
        ...verdict.files,
        ...(verdict.fromVersion !== 'none' ? [`version already bumped since ${since}`] : []),
      ];
      const has = verdict.firstRelease
        ? `not in ${since}, nothing to carry over`
        : sources.length
          ? `has ${sources.join(', ')}`
          : 'has none (changesets listed in .changeset/pre.json were consumed by an earlier pre-release)';
      return `  ${verdict.ok ? 'ok  ' : 'FAIL'}  ${verdict.name}: needs a changeset since ${since}, ${has}`;
    })
    .join('\n');
}

export function formatPendingFix(failing, since) {
  const names = failing.map((verdict) => verdict.name).join(', ');
  return [
    `To fix: run \`pnpm changeset\`, select ${names} and say what changed since ${since}. A changeset a`,
    'pre-release already consumed (listed in .changeset/pre.json) does not release this change; the bump you choose',
    'decides the next stable version together with theirs. See CONTRIBUTING.md, "Pre-releases".',
  ].join('\n');
}
