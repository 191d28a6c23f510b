#!/usr/bin/env node
// Lint check (part of `pnpm --filter @hl-orders/spec lint`): info.version of
// spec/openapi.yaml must equal the version of the @hl-orders/spec package, so a
// published spec always says which release it is.
// Usage: node scripts/check-info-version.mjs [spec folder]; exit 1 on a mismatch.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readVersions } from './lib/info-version.mjs';

const specDir = resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
const { infoVersion, packageVersion, position } = await readVersions(specDir);
if (infoVersion !== packageVersion) {
  console.error(
    `openapi.yaml:${position.line}:${position.col}  error  hl-orders/info-version-matches-package  ` +
      `info.version is ${JSON.stringify(infoVersion)} but package.json says ${packageVersion}.\n` +
      'Run `node spec/scripts/sync-info-version.mjs` (`pnpm version-packages` does it for you).',
  );
  process.exitCode = 1;
} else {
  console.log(`info.version ${infoVersion} matches @hl-orders/spec ${packageVersion}.`);
}
