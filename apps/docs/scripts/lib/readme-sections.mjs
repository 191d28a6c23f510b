// Sections of the repository's own documents (README, CONTRIBUTING,
// SECURITY), cut by heading, so the guides say what those say and cannot
// drift from them. Links that point into the repository are pointed at the
// site's page for the same thing, or become plain text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from './markdown.mjs';
import { repoRoot } from './paths.mjs';

/** Headings outside fenced code: `{ index, level, text }` by line. */
function headings(lines) {
  const found = [];
  let fence = null;
  lines.forEach((line, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
    } else if (marker) fence = marker;
    else {
      const match = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
      if (match) found.push({ index, level: match[1].length, text: match[2] });
    }
  });
  return found;
}

function matches(heading, selector) {
  return selector instanceof RegExp ? selector.test(heading.text) : heading.text === selector;
}

/**
 * The section of `file` under the heading `selector` (its text, or a RegExp),
 * with its heading moved to `level`; `intro` stops at its first sub-heading.
 * Returns null when no heading matches.
 */
export function readSection(file, selector, { level = 2, intro = false } = {}) {
  const lines = readFileSync(join(repoRoot, file), 'utf8').split('\n');
  const all = headings(lines);
  const start = all.find((heading) => matches(heading, selector));
  if (!start) return null;
  const end = all.find((heading) => heading.index > start.index && (intro || heading.level <= start.level));
  const shift = level - start.level;
  const inside = new Set(all.map((heading) => heading.index));
  return lines
    .slice(start.index, end?.index ?? lines.length)
    .map((line, offset) => {
      if (!inside.has(start.index + offset)) return line;
      const hashes = /^#+/.exec(line)[0].length;
      return `${'#'.repeat(Math.min(6, Math.max(1, hashes + shift)))}${line.slice(hashes)}`;
    })
    .join('\n')
    .trim();
}

/** The whole file, its first heading moved to `level`. */
export function readWhole(file, { level = 1 } = {}) {
  const first = headings(readFileSync(join(repoRoot, file), 'utf8').split('\n'))[0];
  return readSection(file, first.text, { level, intro: false }) ?? '';
}

/** The text of `file` before its first `##` heading, without its title. */
export function readIntro(file) {
  const lines = readFileSync(join(repoRoot, file), 'utf8').split('\n');
  const all = headings(lines);
  const title = all.find((heading) => heading.level === 1);
  const next = all.find((heading) => heading.level > 1);
  return lines
    .slice(title ? title.index + 1 : 0, next?.index ?? lines.length)
    .join('\n')
    .trim();
}

/** The anchors VitePress gives the headings of a page (duplicates numbered as it does). */
export function anchorsOf(markdown) {
  const counts = new Map();
  return new Set(
    headings(markdown.split('\n')).map((heading) => {
      const slug = slugify(heading.text.replace(/`/g, ''));
      const count = counts.get(slug) ?? 0;
      counts.set(slug, count + 1);
      return count ? `${slug}-${count}` : slug;
    }),
  );
}

/**
 * Points the relative links of included text at site pages: `targets` maps a
 * repository path (`SECURITY.md`, `packages/client`) to a site path. A link
 * with no page, or an anchor the page does not have (`anchors`, by default
 * those of `markdown` itself), keeps its text only.
 */
export function rewriteLinks(markdown, targets, anchors = anchorsOf(markdown)) {
  return markdown.replace(/\[((?:[^\]`]|`[^`]*`)*)\]\(([^)\s]+)\)/g, (link, text, href) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return link;
    if (href.startsWith('#')) return anchors.has(href.slice(1)) ? link : text;
    const [path, hash] = href.split('#');
    const target = targets.get(path.replace(/^\.\//, '').replace(/\/(README\.md)?$/, ''));
    return target ? `[${text}](${target}${hash ? `#${hash}` : ''})` : text;
  });
}
