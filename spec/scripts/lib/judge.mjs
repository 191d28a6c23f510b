// The verdict of the breaking-change gate: does every contract package declare
// at least the bump the contract change requires?
import { atLeast, bumpBetween, maxBump } from './bumps.mjs';

/**
 * One verdict per package. A package's bump is the larger of what its pending
 * changesets declare and what its version already went up by since the release
 * (after `pnpm version-packages` the changesets are consumed). A package that
 * was never released has nothing to break.
 */
export function judge({ required, packages, declared, released, current }) {
  return packages.map((name) => {
    const fromChangesets = declared[name]?.bump ?? 'none';
    const fromVersion = released[name] ? bumpBetween(released[name], current[name]) : 'none';
    const firstRelease = !released[name];
    const bump = maxBump(fromChangesets, fromVersion);
    return {
      name,
      required,
      bump,
      fromChangesets,
      fromVersion,
      files: declared[name]?.files ?? [],
      firstRelease,
      ok: firstRelease || atLeast(bump, required),
    };
  });
}
