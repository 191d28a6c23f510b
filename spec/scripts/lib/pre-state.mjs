// Changesets pre-release mode: `changeset pre enter next` writes
// .changeset/pre.json, and every `changeset version` after it makes versions
// like 1.1.0-next.0. The changeset files stay in .changeset/ until the mode is
// left; pre.json lists the ones a pre-release already consumed, which the
// gate must tell apart from the ones still pending.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PRE_FILE = '.changeset/pre.json';

/**
 * `null` outside pre-release mode, else `{ mode: 'pre' | 'exit', tag,
 * initialVersions, changesets }` (`changesets`: ids of the consumed ones).
 */
export async function readPreState(root) {
  let text;
  try {
    text = await readFile(join(root, PRE_FILE), 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
  let state;
  try {
    state = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${PRE_FILE} is not valid JSON (${error.message}); restore it from git or run \`changeset pre exit\`.`,
    );
  }
  const valid =
    (state?.mode === 'pre' || state?.mode === 'exit') &&
    typeof state.tag === 'string' &&
    Array.isArray(state.changesets) &&
    state.changesets.every((id) => typeof id === 'string');
  if (!valid) {
    throw new Error(
      `${PRE_FILE} does not look like changesets' pre-release state (mode "pre" or "exit", a tag, a list of changesets); ` +
        'restore it from git or run `changeset pre exit`.',
    );
  }
  return {
    mode: state.mode,
    tag: state.tag,
    initialVersions: state.initialVersions ?? {},
    changesets: state.changesets,
  };
}
