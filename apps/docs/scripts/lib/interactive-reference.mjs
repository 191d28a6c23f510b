// The interactive reference: Redoc 2's standalone bundle, served from the
// site itself, rendering the contract this site archives under /spec/latest/.
//
// Why not `redocly build-docs` (Redoc 3)? Its output loads a logo from
// cdn.redoc.ly whatever the options, carries an OpenTelemetry exporter, and
// routes by path (`/orders`), which breaks on a static host under a sub-path.
// Redoc 2 routes by hash; its one request elsewhere is the same logo, whose
// URL is replaced below by an inline image (the build fails if Redoc changes
// it, so no upgrade can reintroduce the request unnoticed).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { publicDir } from './paths.mjs';
import { siteBase } from './site-base.mjs';

const LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';
const BLANK_IMAGE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";

function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Redoc options: colours dark enough for WCAG AA contrast on white. */
const options = {
  hideDownloadButton: false,
  expandResponses: '200,201',
  jsonSampleExpandLevel: 3,
  theme: {
    colors: {
      primary: { main: '#3451b2' },
      success: { main: '#1a7f37' },
      warning: { main: '#9a6700' },
      error: { main: '#cf222e' },
      text: { primary: '#1f2328', secondary: '#59636e' },
    },
    typography: { fontFamily: 'system-ui, sans-serif', headings: { fontFamily: 'system-ui, sans-serif' } },
    sidebar: { textColor: '#1f2328' },
  },
};

export function writeInteractiveReference(spec) {
  const bundlePath = join(dirname(createRequire(import.meta.url).resolve('redoc/package.json')), 'bundles');
  const bundle = readFileSync(join(bundlePath, 'redoc.standalone.js'), 'utf8');
  if (!bundle.includes(LOGO)) {
    throw new Error(
      `redoc.standalone.js no longer loads ${LOGO}: check what it requests from other hosts now, and update interactive-reference.mjs.`,
    );
  }
  const out = join(publicDir, 'api');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'redoc.standalone.js'), bundle.replaceAll(LOGO, BLANK_IMAGE));
  const title = `${spec.info.title} ${spec.info.version}: interactive reference`;
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttribute(title)}</title>
<style>
  body { margin: 0; }
  .docs-home { display: block; padding: 0.5rem 1rem; font: 14px system-ui, sans-serif; background: #f6f6f7; color: #3451b2; }
</style>
</head>
<body>
<a class="docs-home" href="${escapeAttribute(siteBase())}">← hl-orders documentation</a>
<main id="redoc"></main>
<script src="redoc.standalone.js"></script>
<script>
  Redoc.init('../spec/latest/openapi.json', ${JSON.stringify(options)}, document.getElementById('redoc'));
</script>
</body>
</html>
`,
  );
}
