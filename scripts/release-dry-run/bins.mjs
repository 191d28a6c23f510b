// Paths of the CLIs the dry run uses, from the root devDependencies (pinned),
// run with this Node rather than through shell shims. Read from the root
// node_modules directly: not every package exports its package.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const nodeModules = fileURLToPath(new URL('../../node_modules/', import.meta.url));

function binOf(name, bin) {
  const dir = join(nodeModules, name);
  const { bin: bins } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return join(dir, typeof bins === 'string' ? bins : bins[bin]);
}

export const bin = {
  publint: binOf('publint', 'publint'),
  attw: binOf('@arethetypeswrong/cli', 'attw'),
  tsc: binOf('typescript', 'tsc'),
};
