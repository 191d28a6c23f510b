// Generates the site's pages into site/ from the repository: the spec, the
// README and CONTRIBUTING, the CLI's help, each package's types, changelog
// and pending changesets. `vitepress build` then turns site/ into dist/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeApiReference } from './lib/api-reference.mjs';
import { writeCliReference } from './lib/cli-reference.mjs';
import { writeGuides } from './lib/guides.mjs';
import { writeInteractiveReference } from './lib/interactive-reference.mjs';
import { writePackagePages } from './lib/package-pages.mjs';
import { siteDataFile, siteDir } from './lib/paths.mjs';
import { referenceIndex, referencePage } from './lib/reference-pages.mjs';
import { writeSpecArchive } from './lib/spec-archive.mjs';
import { responseHeadersBlock, serversBlock, webhooksBlock } from './lib/spec-blocks.mjs';
import { pagePath, readSpec, referenceEntries } from './lib/spec-model.mjs';
import { assertDocsDependsOn, commandLinePrograms, publicPackages } from './lib/workspace.mjs';

const started = performance.now();
assertDocsDependsOn([...publicPackages(), ...commandLinePrograms().map((program) => program.pkg)]);
rmSync(siteDir, { recursive: true, force: true });
mkdirSync(siteDir, { recursive: true });

const spec = readSpec();
const entries = referenceEntries(spec);
for (const entry of entries) {
  const file = join(siteDir, `${pagePath(entry)}.md`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, referencePage(spec, entry));
}
writeFileSync(join(siteDir, 'reference', 'index.md'), referenceIndex(spec));
writeInteractiveReference(spec);
const specVersions = writeSpecArchive(spec);

const cli = writeCliReference();
const packages = publicPackages();
const apiSidebars = {};
for (const pkg of packages.filter((candidate) => candidate.entries))
  apiSidebars[pkg.slug] = await writeApiReference(pkg);

// Repository paths that included text links to, and the site page for each.
const linkTargets = new Map([
  ['README.md', '/'],
  ['CONTRIBUTING.md', '/guide/contract-governance'],
  ['SECURITY.md', '/security'],
  ...packages.map((pkg) => [pkg.dir, `/packages/${pkg.slug}/`]),
]);
writePackagePages(packages, { linkTargets, apiSidebars });
const guides = writeGuides({
  linkTargets,
  generated: {
    servers: serversBlock(spec),
    'response-headers': responseHeadersBlock(spec),
    webhooks: webhooksBlock(spec),
    'cli-commands': cli.table,
  },
});

const link = (entry) => ({ text: entry.title, link: pagePath(entry) });
const referenceSidebar = [
  { text: 'API reference', items: [{ text: 'Overview', link: '/reference/' }] },
  { text: 'Operations', items: entries.filter((entry) => entry.kind === 'operation').map(link) },
  { text: 'Webhooks', items: entries.filter((entry) => entry.kind === 'webhook').map(link) },
  {
    text: 'The contract',
    items: [
      { text: 'Interactive reference', link: '/api/index.html', target: '_self' },
      { text: 'Contract versions', link: '/spec/' },
    ],
  },
].filter((group) => group.items.length > 0);
const packageSidebars = Object.fromEntries(
  packages.map((pkg) => [
    `/packages/${pkg.slug}/`,
    [
      {
        text: pkg.name,
        items: [
          { text: 'Overview', link: `/packages/${pkg.slug}/` },
          { text: 'Changelog', link: `/packages/${pkg.slug}/changelog` },
        ],
      },
      // One entry point: a link to its page; several: the link and one item per entry point.
      ...(apiSidebars[pkg.slug]
        ? [
            {
              text: 'API reference',
              link: `/packages/${pkg.slug}/api/`,
              ...(apiSidebars[pkg.slug].length ? { items: apiSidebars[pkg.slug] } : {}),
            },
          ]
        : []),
    ],
  ]),
);
mkdirSync(dirname(siteDataFile), { recursive: true });
writeFileSync(
  siteDataFile,
  `${JSON.stringify(
    {
      specTitle: spec.info.title,
      specVersion: spec.info.version,
      packages: packages.map((pkg) => ({ text: pkg.name, link: `/packages/${pkg.slug}/` })),
      sidebar: {
        '/reference/': referenceSidebar,
        '/spec/': referenceSidebar,
        '/cli/': [{ text: 'CLI reference', items: [{ text: 'Overview', link: '/cli/' }] }, ...cli.sidebar],
        '/packages/': [
          {
            text: 'Packages',
            items: [
              { text: 'Overview', link: '/packages/' },
              ...packages.map((pkg) => ({ text: pkg.name, link: `/packages/${pkg.slug}/` })),
            ],
          },
        ],
        ...packageSidebars,
      },
    },
    null,
    2,
  )}\n`,
);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `docs: ${entries.length} reference pages, ${guides.length} guide pages, ${cli.sidebar.length} programs, ` +
    `${Object.keys(apiSidebars).length} API references, ${packages.length} changelogs, contract versions ${specVersions.join(', ')} (${seconds} s)`,
);
