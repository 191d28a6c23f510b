// Each published package's changelog: its CHANGELOG.md (written by
// `changeset version` at each release), preceded by what is not released yet,
// read from the pending changesets in .changeset/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { escapeHtml } from './markdown.mjs';
import { repoRoot } from './paths.mjs';

const BUMPS = ['major', 'minor', 'patch'];
const HEADINGS = { major: 'Major changes', minor: 'Minor changes', patch: 'Patch changes' };

/** Pending changesets: `{ id, releases: { name: bump }, summary }`, those of a pre-release already out excepted. */
export function pendingChangesets() {
  const dir = join(repoRoot, '.changeset');
  if (!existsSync(dir)) return [];
  const prePath = join(dir, 'pre.json');
  const released = new Set(existsSync(prePath) ? (JSON.parse(readFileSync(prePath, 'utf8')).changesets ?? []) : []);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`.changeset/${file} has no front matter: run \`pnpm changeset\` to write it.`);
      return { id: file.slice(0, -3), releases: parse(match[1]) ?? {}, summary: match[2].trim() };
    })
    .filter((changeset) => !released.has(changeset.id));
}

/** Indents a changeset's summary under its list item, as changesets does in CHANGELOG.md. */
function listItem(summary) {
  const [first, ...rest] = summary.split('\n');
  return [`- ${first}`, ...rest.map((line) => (line ? `  ${line}` : line))].join('\n');
}

/** The Markdown of a package's changelog page body (under an H1 the caller writes). */
export function changelogOf(pkg, changesets) {
  const mine = changesets.filter((changeset) => changeset.releases[pkg.name]);
  const unreleased = BUMPS.map((bump) => {
    const items = mine.filter((changeset) => changeset.releases[pkg.name] === bump);
    return items.length ? `### ${HEADINGS[bump]}\n\n${items.map((item) => listItem(item.summary)).join('\n')}\n` : '';
  }).join('\n');
  const parts = [
    `## Unreleased\n\n${unreleased.trim() ? `Pending changesets, released with the next version.\n\n${unreleased}` : 'Nothing pending.\n'}`,
  ];
  const file = join(repoRoot, pkg.dir, 'CHANGELOG.md');
  if (existsSync(file)) {
    // Its first line is the package's name; the page has its own title.
    parts.push(
      readFileSync(file, 'utf8')
        .replace(/^#\s+.*\n/, '')
        .trim(),
    );
  } else {
    parts.push('No release yet: `CHANGELOG.md` is written by the first release.');
  }
  return escapeHtml(parts.join('\n\n'));
}
