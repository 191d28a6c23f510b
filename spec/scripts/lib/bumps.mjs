// Semver bump levels (none < patch < minor < major) as both changesets and
// `redocly diff` name them, and how to compare and combine them.
import semver from 'semver';

export const BUMPS = ['none', 'patch', 'minor', 'major'];

/** Rank of a bump; anything unknown (e.g. `undefined` from redocly diff) is `none`. */
export function rank(bump) {
  return Math.max(0, BUMPS.indexOf(bump));
}

export function maxBump(...bumps) {
  return BUMPS[Math.max(0, ...bumps.map(rank))];
}

export function atLeast(bump, required) {
  return rank(bump) >= rank(required);
}

/**
 * The bump between a released version and the current one, e.g. 1.2.0 → 2.0.0
 * is `major`. After `pnpm version-packages` the changesets are gone but the
 * versions carry the bump, so the gate counts it as declared. Prerelease steps
 * count as the bump they lead to; a version that did not go up is `none`.
 */
export function bumpBetween(released, current) {
  if (!semver.valid(released) || !semver.valid(current) || !semver.gt(current, released)) return 'none';
  const diff = semver.diff(released, current);
  if (diff === 'major' || diff === 'premajor') return 'major';
  if (diff === 'minor' || diff === 'preminor') return 'minor';
  return 'patch';
}
