// Every `uses:` of a workflow names a full 40-hex commit SHA, with the version
// in a comment (`uses: actions/checkout@<sha> # v5.0.0`): a tag can be moved to
// other code, a commit cannot, and the comment lets a reviewer and Renovate
// read and bump the pin. A local action (`./…`) comes with the checkout.

const USES = /^\s*(?:-\s+)?uses:\s*(['"]?)([^\s'"#]+)\1\s*(?:#\s*(.*))?$/;
const SHA = /^[0-9a-f]{40}$/;
const VERSION = /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;
const FIX = 'pin it as `uses: owner/repo@<40-hex commit SHA> # vX.Y.Z`, the SHA read from the tag upstream';

/**
 * Scans one workflow's text; resolves with `{ pins, problems }`: `pins` as
 * `{ file, line, action, sha, version }`, `problems` as lint lines.
 */
export function scanPins(text, file) {
  const pins = [];
  const problems = [];
  text.split('\n').forEach((source, index) => {
    const match = USES.exec(source);
    if (!match) return;
    const [, , ref, comment = ''] = match;
    const line = index + 1;
    if (ref.startsWith('./')) return;
    if (ref.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(ref)) {
        problems.push(
          `${file}:${line}  error  pinned-uses  ${ref} is not pinned by digest; use docker://image@sha256:<digest>`,
        );
      }
      return;
    }
    const at = ref.lastIndexOf('@');
    const action = at > 0 ? ref.slice(0, at) : ref;
    const sha = at > 0 ? ref.slice(at + 1) : '';
    const version = comment.trim().split(/\s+/)[0];
    if (!SHA.test(sha)) {
      problems.push(`${file}:${line}  error  pinned-uses  ${ref} is not pinned by a full commit SHA: ${FIX}.`);
    } else if (!VERSION.test(version)) {
      problems.push(
        `${file}:${line}  error  pinned-uses  ${action}@${sha} has no version comment (found ${JSON.stringify(comment.trim())}): ${FIX}.`,
      );
    } else {
      pins.push({ file, line, action, sha, version });
    }
  });
  return { pins, problems };
}

/** One action at one version must be one commit everywhere, or one of the pins is wrong. */
export function conflictingPins(pins) {
  const seen = new Map();
  const problems = [];
  for (const pin of pins) {
    const key = `${pin.action}@${pin.version}`;
    const first = seen.get(key);
    if (!first) seen.set(key, pin);
    else if (first.sha !== pin.sha) {
      problems.push(
        `${pin.file}:${pin.line}  error  pinned-uses  ${key} is ${pin.sha} here but ${first.sha} at ${first.file}:${first.line}; ` +
          'read the SHA of the tag upstream and use it in both places.',
      );
    }
  }
  return problems;
}
