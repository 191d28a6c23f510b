// How a verified webhook delivery is shown: one line per event on a terminal
// (a few columns of fixed width, since events arrive one by one and a table
// cannot be measured in advance), one JSON object per line when piped. Every
// field is the sender's text: cells pass through `cell` (terminal-safe, one
// line), JSON through jsonText.
import type { VerifiedWebhook } from '@hl-orders/webhooks';
import pc from 'picocolors';
import { jsonText } from './json-text.js';
import { cell, money } from './table.js';

/** What happened to a verified event forwarded with --forward-to. */
export type ForwardOutcome = { status: number; durationMs: number } | { error: string; durationMs: number };

export interface ReceivedEvent {
  verified: VerifiedWebhook;
  /** When it arrived here. */
  receivedAt: Date;
  forward?: ForwardOutcome;
}

const MAX_ID = 64;
const MAX_TYPE = 40;

const clipped = (value: unknown, max: number) => {
  const text = cell(value);
  return Array.from(text).length <= max
    ? text
    : `${Array.from(text)
        .slice(0, max - 1)
        .join('')}…`;
};

/** The event's name: its `type`, as sent. */
export function eventType(payload: Record<string, unknown>): string {
  return typeof payload.type === 'string' && payload.type !== '' ? clipped(payload.type, MAX_TYPE) : '(no type)';
}

/** "OrderCreate 653f5e0c… (webhookId 8a1f…)": the confirmation of `webhooks verify`, terminal-safe. */
export function eventSummary(verified: VerifiedWebhook): string {
  const { payload, webhookId } = verified;
  const order = typeof payload._id === 'string' ? ` order ${clipped(payload._id, MAX_ID)}` : '';
  const id = webhookId === undefined ? 'no webhookId' : `webhookId ${clipped(webhookId, MAX_ID)}`;
  return `${eventType(payload)}${order} (${id})`;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - Array.from(text).length));

const COLUMNS = [
  ['TIME', 8],
  ['EVENT', 18],
  ['ORDER', 24],
  ['STATUS', 10],
  ['FULFILMENT', 12],
  ['AMOUNT', 13],
  ['SIGNED', 7],
] as const;

function forwardCell(forward: ForwardOutcome | undefined): string {
  if (!forward) return '';
  if ('status' in forward) return `-> ${forward.status} (${Math.round(forward.durationMs)} ms)`;
  return `-> failed: ${cell(forward.error)}`;
}

/** The heading of the terminal view. */
export function eventHeader(options: { forwarding: boolean; color: boolean }): string {
  const titles = COLUMNS.map(([title, width]) => pad(title, width)).join('  ');
  const line = `${titles}  ${options.forwarding ? 'FORWARDED' : 'WEBHOOK ID'}`;
  return `${pc.createColors(options.color).bold(line.trimEnd())}\n`;
}

/** One event on a terminal: time, type, order, status, fulfilment, amount, scheme, then the forward or the webhookId. */
export function eventLine(event: ReceivedEvent): string {
  const { payload, scheme, webhookId } = event.verified;
  const cells = [
    event.receivedAt.toTimeString().slice(0, 8),
    eventType(payload),
    clipped(payload._id, 24),
    clipped(payload.status, 10),
    clipped(payload.fulfillmentStatus, 12),
    clipped(money(payload.amount, payload.currency), 13),
    scheme,
  ];
  const columns = cells.map((text, i) =>
    pad(Array.from(text).slice(0, COLUMNS[i]?.[1]).join(''), COLUMNS[i]?.[1] ?? 0),
  );
  const last = event.forward ? forwardCell(event.forward) : clipped(webhookId ?? '', MAX_ID);
  return `${`${columns.join('  ')}  ${last}`.trimEnd()}\n`;
}

/** One event as a line of NDJSON: the verification's facts, the payload exactly as parsed, the forward's outcome. */
export function eventJson(event: ReceivedEvent): string {
  const { payload, scheme, webhookId, timestamp } = event.verified;
  return `${jsonText({
    type: typeof payload.type === 'string' ? payload.type : null,
    webhookId: webhookId ?? null,
    scheme,
    timestamp: timestamp.toISOString(),
    receivedAt: event.receivedAt.toISOString(),
    ...(event.forward ? { forward: event.forward } : {}),
    payload,
  })}\n`;
}
