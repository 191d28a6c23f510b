// The scratch folder of the dry run: created in the OS temp dir, and removed
// when the run ends however it ends (success, failure, Ctrl-C).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killAll } from './exec.mjs';

export function createScratch() {
  const dir = mkdtempSync(join(tmpdir(), 'hl-orders-release-'));
  const keep = Boolean(process.env.HL_ORDERS_KEEP_SCRATCH);
  const cleanup = () => {
    killAll();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      cleanup();
      process.exit(130);
    });
  }
  return { dir, keep };
}
