#!/usr/bin/env node
// Sets info.version of spec/openapi.yaml to the version of @hl-orders/spec; run
// by `pnpm version-packages` right after `changeset version` bumped the package.
// Usage: node scripts/sync-info-version.mjs [spec folder]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readVersions, syncInfoVersion } from './lib/info-version.mjs';

const specDir = resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
const changed = await syncInfoVersion(specDir);
const { packageVersion } = await readVersions(specDir);
console.log(
  changed ? `spec/openapi.yaml info.version set to ${packageVersion}.` : `info.version is already ${packageVersion}.`,
);
