// The bump each package gets from the pending changesets (.changeset/*.md),
// read with @changesets/read, the parser `changeset version` itself uses.
import readModule from '@changesets/read';
import { maxBump } from './bumps.mjs';

// A CommonJS module whose export is `{ default: read }`.
const readChangesets = readModule.default ?? readModule;

/**
 * `{ [package]: { bump, files } }` for every package a changeset names.
 * In pre-release mode the changesets a pre-release already consumed stay in
 * .changeset/ (their ids are `consumed`): they still count toward the next
 * stable release and are marked as such, or are left out with `pendingOnly`.
 */
export async function declaredBumps(root, { consumed = [], pendingOnly = false } = {}) {
  const declared = {};
  for (const changeset of await readChangesets(root)) {
    const released = consumed.includes(changeset.id);
    if (released && pendingOnly) continue;
    for (const { name, type } of changeset.releases) {
      const entry = declared[name] ?? { bump: 'none', files: [] };
      entry.bump = maxBump(entry.bump, type);
      entry.files.push(`.changeset/${changeset.id}.md (${type}${released ? ', in a pre-release' : ''})`);
      declared[name] = entry;
    }
  }
  return declared;
}
