// Reads and sets `info.version` of spec/openapi.yaml, which follows the version
// of the @hl-orders/spec package. Setting it edits that one scalar in place, so
// the rest of the hand-written file (comments, folding, quoting) is untouched.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

export async function readVersions(specDir) {
  const text = await readFile(join(specDir, 'openapi.yaml'), 'utf8');
  const lineCounter = new LineCounter();
  const node = parseDocument(text, { lineCounter }).getIn(['info', 'version'], true);
  const { version } = JSON.parse(await readFile(join(specDir, 'package.json'), 'utf8'));
  return {
    text,
    infoVersion: node?.value,
    packageVersion: version,
    range: node?.range,
    position: node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 },
  };
}

/** Sets info.version to the package version; resolves with true when the file changed. */
export async function syncInfoVersion(specDir) {
  const { text, infoVersion, packageVersion, range } = await readVersions(specDir);
  if (!range) throw new Error('spec/openapi.yaml has no info.version to set.');
  if (infoVersion === packageVersion) return false;
  await writeFile(join(specDir, 'openapi.yaml'), text.slice(0, range[0]) + packageVersion + text.slice(range[1]));
  return true;
}
