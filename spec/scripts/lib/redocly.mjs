// Runs the Redocly CLI pinned in spec/package.json (never a global one), with
// telemetry and update notices off, and collects its output.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { run } from './run.mjs';

const require = createRequire(import.meta.url);

/** The cli.js of the pinned @redocly/cli. */
export const redoclyBin = require.resolve('@redocly/cli/bin/cli.js');

/** spec/redocly.yaml: lint rules, our plugin and the diff ruleset. */
export const redoclyConfig = fileURLToPath(new URL('../../redocly.yaml', import.meta.url));

/**
 * Runs `redocly <args>` and resolves with its exit code and output; never
 * rejects for a non-zero exit, since lint and diff use it to report findings.
 */
export function runRedocly(args, { cwd } = {}) {
  return run(process.execPath, [redoclyBin, ...args], {
    cwd,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    allowFailure: true,
  });
}
