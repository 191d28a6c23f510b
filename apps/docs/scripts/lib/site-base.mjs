// The path the site is served under: `/` locally, `/<repository>/` on GitHub
// Pages. One variable, read by the config, the generator and the test.

/** DOCS_BASE with one leading and one trailing slash (default `/`). */
export function siteBase(value = process.env.DOCS_BASE) {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A link to a file VitePress did not make (the interactive reference): such a
 * link needs `target="_self"`, and VitePress leaves those untouched, so the
 * base is added here.
 */
export function plainLink(text, path) {
  return `[${text}](${siteBase()}${path.replace(/^\//, '')}){target="_self"}`;
}
