// `hl-orders orders record-payment ID --mode cash [--amount N] [--partial] [--note TEXT]`:
// records a payment taken outside the platform. A write: see write.ts.
import type { RecordOrderPaymentInput, RecordOrderPaymentResponse } from '@hl-orders/client';
import { recordOrderPaymentOperation } from '@hl-orders/types';
import { type ConnectionFlags, withConnection } from '../config.js';
import { UsageError } from '../exit-codes.js';
import type { IO } from '../io.js';
import { jsonOutput, outputFormat } from '../output/formats.js';
import { notConfirmed, performWrite, type Write, type WriteFlags } from '../write.js';
import { parseAmount, parseMode, parseOrderId } from '../write-flags.js';

export interface RecordPaymentFlags extends ConnectionFlags, WriteFlags {
  mode?: string;
  amount?: string;
  partial?: boolean;
  note?: string;
}

/** The body of the request, from the flags (altType is the client's to add). */
export function paymentFromFlags(altId: string, flags: RecordPaymentFlags): RecordOrderPaymentInput {
  const mode = parseMode(flags.mode);
  const amount = flags.amount === undefined ? undefined : parseAmount(flags.amount);
  if (flags.partial && amount === undefined) {
    throw new UsageError('--partial needs --amount: how much of the amount due was paid.');
  }
  if (flags.note !== undefined && flags.note.trim() === '') {
    throw new UsageError('--note is empty: give the text of the note, or leave the flag out.');
  }
  return {
    altId,
    mode,
    // An amount says whether it settles the order; without one the API takes the whole amount due.
    ...(amount === undefined ? {} : { amount, isPartialPayment: flags.partial === true }),
    ...(flags.note === undefined ? {} : { notes: flags.note }),
  };
}

/** "a cash payment of 25 (part of the amount due)" */
function describePayment(body: RecordOrderPaymentInput): string {
  const mode = body.mode.replace('_', ' ');
  const amount = body.amount === undefined ? ' of the whole amount due' : ` of ${body.amount}`;
  return `a ${mode} payment${amount}${body.isPartialPayment ? ' (part of the amount due)' : ''}`;
}

export async function recordPaymentCommand(id: string, flags: RecordPaymentFlags, io: IO): Promise<number> {
  const orderId = parseOrderId(id);
  const format = outputFormat(flags.format, io.isTTY.stdout, ['table', 'json'] as const);
  return withConnection(flags, io, async (connection) => {
    const body = paymentFromFlags(connection.altId, flags);
    const payment = describePayment(body);
    const write: Write<RecordOrderPaymentResponse> = {
      command: 'orders record-payment',
      orderId,
      summary: `Record ${payment} on order ${orderId}.`,
      subject: 'the payment',
      done: 'recorded',
      twice: 'record it twice',
      lookAt: 'its paymentStatus',
      scope: recordOrderPaymentOperation.scopes.join(' '),
      send: (client, options) => client.orders.recordPayment(orderId, body, options),
    };
    const answer = await performWrite(io, connection, flags, write);
    if (answer === undefined) return 0;
    if (answer.success !== true) throw notConfirmed(write, flags, `success: ${JSON.stringify(answer.success)}`);
    if (format === 'json') io.stdout.write(jsonOutput(answer, 'json'));
    if (format === 'table' || io.isTTY.stderr) io.stderr.write(`Recorded ${payment} on order ${orderId}.\n`);
    return 0;
  });
}
