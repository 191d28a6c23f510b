// A page per published package (what it is, how to install it, its README,
// links to its API reference and changelog), its changelog page, and the
// packages' index.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { changelogOf, pendingChangesets } from './changelogs.mjs';
import { cell, code, escapeHtml, fenced, frontMatter, table, vPre } from './markdown.mjs';
import { repoRoot, siteDir } from './paths.mjs';
import { rewriteLinks } from './readme-sections.mjs';

function readmeOf(pkg, linkTargets) {
  const file = join(repoRoot, pkg.dir, 'README.md');
  if (!existsSync(file)) return '';
  const body = readFileSync(file, 'utf8')
    .replace(/^#\s+.*\n/, '')
    .trim();
  return `## README\n\n${vPre(escapeHtml(rewriteLinks(body, linkTargets)))}`;
}

export function writePackagePages(packages, { linkTargets, apiSidebars }) {
  const changesets = pendingChangesets();
  for (const pkg of packages) {
    const dir = join(siteDir, 'packages', pkg.slug);
    mkdirSync(dir, { recursive: true });
    const links = [
      apiSidebars[pkg.slug] ? `- [API reference](./api/): every export, from its types` : '',
      `- [Changelog](./changelog): released versions and pending changes`,
      pkg.slug === 'spec' ? '- [Contract versions](/spec/): the contract of every release, to download' : '',
    ].filter(Boolean);
    writeFileSync(
      join(dir, 'index.md'),
      `${frontMatter({ title: pkg.name })}# ${code(pkg.name)}

${escapeHtml(pkg.description)}

Version ${code(pkg.version)}.

${fenced('sh', `npm install ${pkg.name}`)}
${links.join('\n')}

${readmeOf(pkg, linkTargets)}`,
    );
    writeFileSync(
      join(dir, 'changelog.md'),
      `${frontMatter({ title: `${pkg.name} changelog` })}# Changelog of ${code(pkg.name)}\n\n${vPre(changelogOf(pkg, changesets))}`,
    );
  }
  writeFileSync(
    join(siteDir, 'packages', 'index.md'),
    `${frontMatter({ title: 'Packages' })}# Packages

Every package published from this repository, with its API reference (from its types) and its changelog.

${table(
  ['Package', 'What it is', 'Version', 'Changelog'],
  packages.map((pkg) => [
    `[${code(pkg.name)}](/packages/${pkg.slug}/)`,
    cell(pkg.description),
    code(pkg.version),
    `[changelog](/packages/${pkg.slug}/changelog)`,
  ]),
)}`,
  );
}
