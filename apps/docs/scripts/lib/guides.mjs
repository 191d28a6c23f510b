// The hand-written pages of content/, with their include directives filled
// in from the repository's documents and the spec:
//
//   <!-- @section README.md "Quick start" [intro] [optional] [level=N] -->
//   <!-- @section README.md /webhook/i optional -->   (first heading matching)
//   <!-- @intro README.md -->                          (before the first ## heading)
//   <!-- @file SECURITY.md -->
//   <!-- @generated servers|response-headers|webhooks|packages -->
//
// A section that is gone fails the build (unless `optional`), naming the
// page and the heading, so a README edit cannot leave a guide silently empty.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { escapeHtml, vPre } from './markdown.mjs';
import { contentDir, siteDir } from './paths.mjs';
import { anchorsOf, readIntro, readSection, readWhole, rewriteLinks } from './readme-sections.mjs';

const DIRECTIVE = /<!--\s*@(section|intro|file|generated)\s+(.*?)\s*-->/g;

function parseSelector(text) {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(text);
  if (regex) return new RegExp(regex[1], regex[2]);
  return text.replace(/^"(.*)"$/, '$1');
}

function expandSection(args, page) {
  const match = /^(\S+)\s+("[^"]+"|\/.+?\/[a-z]*)(.*)$/.exec(args);
  if (!match) throw new Error(`${page}: cannot read the directive "@section ${args}".`);
  const [, file, selectorText, flagsText] = match;
  const flags = flagsText.trim().split(/\s+/).filter(Boolean);
  const level = Number(flags.find((flag) => flag.startsWith('level='))?.slice(6) ?? 2);
  const section = readSection(file, parseSelector(selectorText), { level, intro: flags.includes('intro') });
  if (section === null && !flags.includes('optional')) {
    throw new Error(
      `${page} includes the section ${selectorText} of ${file}, which has no such heading: update the page or the heading.`,
    );
  }
  return section ?? '';
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Writes every page of content/ into site/. `generated` maps a name to the
 * Markdown it stands for; `linkTargets` maps repository paths to site pages.
 */
export function writeGuides({ generated, linkTargets }) {
  const written = [];
  for (const file of listFiles(contentDir)) {
    const page = relative(contentDir, file);
    let text = readFileSync(file, 'utf8');
    if (page.endsWith('.md')) {
      // Included text is read first, so its links can be checked against the anchors of the whole page.
      const included = [];
      const expanded = text.replace(DIRECTIVE, (_directive, kind, args) => {
        if (kind === 'generated') {
          if (!(args in generated)) throw new Error(`${page}: no generated block named "${args}".`);
          return generated[args];
        }
        const piece =
          kind === 'section' ? expandSection(args, page) : kind === 'intro' ? readIntro(args) : readWhole(args);
        included.push(piece);
        return piece;
      });
      const anchors = anchorsOf(expanded);
      text = text.replace(DIRECTIVE, (_directive, kind, args) => {
        if (kind === 'generated') return generated[args];
        const piece = included.shift();
        return piece ? vPre(escapeHtml(rewriteLinks(piece, linkTargets, anchors))) : '';
      });
      written.push(page);
    }
    mkdirSync(dirname(join(siteDir, page)), { recursive: true });
    writeFileSync(join(siteDir, page), text);
  }
  return written;
}
