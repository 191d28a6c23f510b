// The README's TypeScript examples compile against the client as published
// (its own package name, resolved through its exports), so the docs can't drift
// from the API they show.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsBlocks, typecheckExamples } from '@hl-orders/readme-examples';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('README examples', () => {
  it('every ```ts block that uses the client type-checks', async () => {
    const readme = await readFile(join(root, '..', '..', 'README.md'), 'utf8');
    const blocks = tsBlocks(readme).filter((code) => code.includes("from '@hl-orders/client'"));
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(await typecheckExamples(root, blocks)).toBe('');
    // tsc over every example takes a few seconds alone, far longer on a loaded machine.
  }, 180_000);
});
