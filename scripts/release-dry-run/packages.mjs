// The public packages of the workspace (the ones `changeset publish` would
// publish): spec, packages/* and apps/* (the CLI), minus any marked private.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function publicPackages(root) {
  const dirs = [
    'spec',
    ...readdirSync(join(root, 'packages')).map((name) => join('packages', name)),
    ...readdirSync(join(root, 'apps')).map((name) => join('apps', name)),
  ];
  return dirs
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .map((dir) => ({ dir, ...JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }))
    .filter((pkg) => !pkg.private)
    .map(({ dir, name, version, main, exports, bin }) => ({
      dir,
      name,
      version,
      hasJs: Boolean(main || exports?.['.']),
      bin: bin ? Object.keys(bin) : [],
    }));
}
