// Copies the working tree (tracked files and new files git does not ignore,
// never node_modules, dist or .turbo) into the scratch folder, so the dry run
// versions and builds exactly what would be committed, without touching it.
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exec } from './exec.mjs';

export async function copyRepo(root, into) {
  const listed = await exec('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root });
  const files = listed.split('\0').filter(Boolean);
  for (const file of files) {
    const target = join(into, file);
    mkdirSync(dirname(target), { recursive: true });
    try {
      cpSync(join(root, file), target, { dereference: false });
    } catch (error) {
      // A file deleted in the working tree but still in the index.
      if (error.code !== 'ENOENT') throw error;
    }
  }
  return files.length;
}
