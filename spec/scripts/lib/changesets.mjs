// The bump each package gets from the pending changesets (.changeset/*.md),
// read with @changesets/read, the parser `changeset version` itself uses.
import readModule from '@changesets/read';
import { maxBump } from './bumps.mjs';

// A CommonJS module whose export is `{ default: read }`.
const readChangesets = readModule.default ?? readModule;

/** `{ [package]: { bump, files } }` for every package a pending changeset names. */
export async function declaredBumps(root) {
  const declared = {};
  for (const changeset of await readChangesets(root)) {
    for (const { name, type } of changeset.releases) {
      const entry = declared[name] ?? { bump: 'none', files: [] };
      entry.bump = maxBump(entry.bump, type);
      entry.files.push(`.changeset/${changeset.id}.md (${type})`);
      declared[name] = entry;
    }
  }
  return declared;
}
