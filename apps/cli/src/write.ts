// What every write (`fulfil`, `record-payment`) goes through: the request is
// built by the client and checked before anything else; --dry-run prints it
// and stops; otherwise a person at a terminal sees it and says yes (or passes
// --yes), and it is sent once. The client never repeats a write that may have
// reached the API; when one fails that way, the message says so plainly and
// names the command that shows whether it was applied.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  HlOrdersError,
  type OrdersClient,
  PermissionDeniedError,
  type RequestOptions,
} from '@hl-orders/client';
import type { Connection } from './config.js';
import { CancelledError, InterruptedError, UsageError, WriteOutcomeError } from './exit-codes.js';
import { canPrompt, type IO } from './io.js';
import { type CapturedRequest, requestJson, requestText } from './request-preview.js';

export interface WriteFlags {
  /** Send without asking. */
  yes?: boolean;
  /** Print the request, send nothing. */
  dryRun?: boolean;
  format?: string;
  location?: string;
}

export interface Write<T> {
  /** The command, for messages: `orders record-payment`. */
  command: string;
  orderId: string;
  /** What the confirmation asks about: "Record a cash payment of 25 on order …". */
  summary: string;
  /** The thing written and what happens to it, for "the payment may have been recorded". */
  subject: string;
  done: string;
  /** What a repeat could do: "record it twice". */
  twice: string;
  /** What to look at in `orders get`, e.g. "its paymentStatus". */
  lookAt: string;
  /** The scope the token needs, for a 401 or 403. */
  scope: string;
  send(client: OrdersClient, options: RequestOptions): Promise<T>;
}

/** The answer of a write that was sent; `undefined` for --dry-run, which sent nothing. */
export async function performWrite<T>(
  io: IO,
  connection: Connection,
  flags: WriteFlags,
  write: Write<T>,
): Promise<T | undefined> {
  // Built (and checked) by the client itself, so what is shown is what is sent.
  const request = await connection.preview((client) => write.send(client, {}));
  if (flags.dryRun) {
    io.stdout.write(flags.format === 'json' ? requestJson(request) : requestText(request));
    io.stderr.write('Dry run: nothing was sent.\n');
    return undefined;
  }
  if (!flags.yes) await confirm(io, write, request);
  const controller = new AbortController();
  let interrupted = false;
  const stopListening = io.onInterrupt(() => {
    interrupted = true;
    controller.abort();
  });
  try {
    return await write.send(connection.client, { signal: controller.signal });
  } catch (error) {
    throw explainFailure(error, write, checkCommand(write, flags), interrupted);
  } finally {
    stopListening();
  }
}

async function confirm(io: IO, write: Write<unknown>, request: CapturedRequest): Promise<void> {
  if (!canPrompt(io)) {
    throw new UsageError(
      `${write.command} changes order ${write.orderId} and asks before it does, but there is no terminal to ask on: pass --yes to send it, or --dry-run to see the request.`,
    );
  }
  const shown = requestText(request)
    .trimEnd()
    .split('\n')
    .map((line) => (line ? `  ${line}` : ''))
    .join('\n');
  io.stderr.write(`${write.summary}\nThis request will be sent, and the API cannot undo it:\n\n${shown}\n\n`);
  if (!(await io.confirm('Send it? [y/N] '))) throw new CancelledError('Cancelled: nothing was sent.');
}

/** The command that shows whether a write was applied, as the user can paste it. */
function checkCommand(write: Write<unknown>, flags: WriteFlags): string {
  const location = flags.location && /^[\w-]+$/.test(flags.location) ? ` --location ${flags.location}` : '';
  return `hl-orders orders get ${write.orderId}${location}`;
}

/** Why a write's outcome is unknown, in a few words. */
function why(error: HlOrdersError): string {
  if (error instanceof APIConnectionTimeoutError) return 'no answer came in time';
  if (error instanceof APIConnectionError) return 'the connection failed before an answer came';
  if (error instanceof APIError) return `the API answered ${error.status}`;
  return 'the request failed';
}

function explainFailure(error: unknown, write: Write<unknown>, check: string, interrupted: boolean): unknown {
  const { subject, done, twice, lookAt } = write;
  const checkIt = `Check with ${check} (${lookAt}) before running this again.`;
  if (interrupted && error instanceof APIUserAbortError) {
    return new InterruptedError(
      `Interrupted: ${subject} may have been ${done}, if the request reached the API before Ctrl-C. ${checkIt}`,
      { cause: error },
    );
  }
  if (error instanceof HlOrdersError && error.writeOutcome === 'applied') {
    return new WriteOutcomeError(
      `${capital(subject)} was ${done} (the API answered ${(error as APIError).status}), but the answer could not be read. Do not send it again; see the result with ${check}.`,
      'applied',
      { cause: error },
    );
  }
  if (error instanceof HlOrdersError && error.writeOutcome === 'unknown') {
    return new WriteOutcomeError(
      `${capital(subject)} may have been ${done}: ${why(error)} after the request may have reached the API. It was not sent again: the API has no idempotency keys, so a repeat could ${twice}. ${checkIt}`,
      'unknown',
      { cause: error },
    );
  }
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    error.message += ` ${write.command} needs a token with the scope ${write.scope}.`;
  }
  return error;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A write the API answered without saying it succeeded (`success: false`): its outcome is not known. */
export function notConfirmed(write: Write<unknown>, flags: WriteFlags, said: string): WriteOutcomeError {
  return new WriteOutcomeError(
    `The API answered ${said} instead of confirming that ${write.subject} was ${write.done}. Check with ${checkCommand(write, flags)} (${write.lookAt}) before running this again.`,
    'unknown',
  );
}
