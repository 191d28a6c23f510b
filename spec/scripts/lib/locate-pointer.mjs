// Finds the line and column of a JSON pointer in a YAML file, so that findings
// redocly diff does not locate still name a place a reviewer can open.
import { isCollection, isNode, isSeq, LineCounter, parseDocument } from 'yaml';

/** `{ line, col }` (1-based) of the deepest existing node on the pointer's path. */
export function locatePointer(text, pointer) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const segments = pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  // Walk down as far as the path exists: a removed key is shown at its parent.
  let node = document.contents;
  for (const segment of segments) {
    const next = isCollection(node) ? node.get(isSeq(node) ? Number(segment) : segment, true) : undefined;
    if (!isNode(next)) break;
    node = next;
  }
  const offset = node?.range?.[0] ?? 0;
  return lineCounter.linePos(offset);
}
