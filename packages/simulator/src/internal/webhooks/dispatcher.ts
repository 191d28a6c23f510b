// Sends the simulator's order webhooks: one delivery per event and receiver,
// signed per attempt (a fresh `timestamp`, the same `webhookId`), retried with
// a doubling delay after an answer other than 2xx or none, and logged. Each
// receiver gets its deliveries one at a time, in the order of the events, so
// a test sees a deterministic order unless it asks for a fault (or a retry
// lets a later event overtake the one that failed, as it would in real life).
import type { OrderDetail } from '@hl-orders/types';
import { createWebhookBody, signatureHeaders, type TestKeys } from '@hl-orders/webhooks/testing';
import {
  checkWebhookUrl,
  normaliseWebhookFault,
  type ResolvedWebhookOptions,
  type SimulatorWebhooks,
  type WebhookAttempt,
  type WebhookEventType,
  type WebhookFault,
} from '../../webhooks.js';
import { type EventPayload, eventPayload } from './payload.js';
import { post } from './post.js';

/** The delivery log keeps the latest this many attempts. */
const MAX_LOG = 10_000;
/** An event held back for `out-of-order` is sent anyway after this long without another event. */
const HOLD_MS = 1000;
/** No wait between retries is longer than this, whatever the doubling gives. */
const MAX_RETRY_DELAY_MS = 600_000;
/**
 * Deliveries one receiver may have unfinished (queued, sent, waiting for a
 * retry); past it an event is logged as not sent. A receiver that is down
 * would otherwise collect a timer and a payload per event for as long as the
 * simulator runs.
 */
export const MAX_PENDING_PER_RECEIVER = 1000;

type FaultKind = WebhookFault['kind'];

interface PendingEvent {
  readonly type: WebhookEventType;
  readonly payload: EventPayload;
  outOfOrder: boolean;
}

interface Job {
  readonly event: PendingEvent;
  readonly url: string;
  /** The registration it was made for: after unregister (and a new register of the URL) it is dropped. */
  readonly receiver: Receiver;
  readonly webhookId: string;
  attempt: number;
  /** A replay: these exact bytes and headers again, never retried. */
  readonly replay?: { readonly body: Uint8Array; readonly headers: Record<string, string> };
}

interface Receiver {
  readonly queue: Job[];
  busy: boolean;
  /** Its jobs not finished: queued, being sent, or waiting for a retry. */
  pending: number;
}

export class WebhookDispatcher implements SimulatorWebhooks {
  readonly keys: SimulatorWebhooks['keys'];
  readonly #privateKeys: { ed25519?: string; rsa?: string };
  readonly #options: ResolvedWebhookOptions;
  readonly #clock: () => number;
  readonly #receivers = new Map<string, Receiver>();
  readonly #faults: { kind: FaultKind; left: number }[] = [];
  readonly #log: WebhookAttempt[] = [];
  /** Jobs waiting for a retry, by their timer. */
  readonly #timers = new Map<ReturnType<typeof setTimeout>, Job>();
  readonly #waiters: (() => void)[] = [];
  readonly #stopping = new AbortController();
  #held: { event: PendingEvent; timer: ReturnType<typeof setTimeout> } | undefined;
  /** Deliveries not finished (queued, sent, waiting for a retry) plus the held event. */
  #pending = 0;

  constructor(options: ResolvedWebhookOptions, keys: TestKeys, clock: () => number) {
    this.#options = options;
    this.#clock = clock;
    this.keys = Object.freeze({ ed25519: keys.ed25519.publicKey, rsa: keys.rsa.publicKey });
    this.#privateKeys = Object.fromEntries(options.schemes.map((scheme) => [scheme, keys[scheme].privateKey]));
    for (const url of options.urls) this.register(url);
    for (const fault of options.faults) this.fault(fault);
  }

  urls(): readonly string[] {
    return Object.freeze([...this.#receivers.keys()]);
  }

  register(url: string): void {
    checkWebhookUrl(url);
    if (!this.#receivers.has(url)) this.#receivers.set(url, { queue: [], busy: false, pending: 0 });
  }

  unregister(url: string): boolean {
    const receiver = this.#receivers.get(url);
    if (!receiver) return false;
    this.#receivers.delete(url);
    for (const job of receiver.queue.splice(0)) this.#done(job);
    for (const [timer, job] of this.#timers) {
      if (job.receiver !== receiver) continue;
      clearTimeout(timer);
      this.#timers.delete(timer);
      this.#done(job);
    }
    return true;
  }

  fault(fault: WebhookFault): void {
    const { kind, count } = normaliseWebhookFault(fault);
    this.#faults.push({ kind, left: count });
  }

  clearFaults(): void {
    this.#faults.length = 0;
    this.#release();
  }

  deliveries(): readonly WebhookAttempt[] {
    return Object.freeze([...this.#log]);
  }

  idle(): Promise<void> {
    if (this.#pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** An event happened to the order: deliver it to every receiver (nothing when there is none). */
  emit(type: WebhookEventType, detail: OrderDetail): void {
    if (this.#stopping.signal.aborted || this.#receivers.size === 0) return;
    const event: PendingEvent = { type, payload: eventPayload(type, detail), outOfOrder: false };
    const held = this.#held;
    if (held) {
      // This is the event the held one must come after.
      this.#dispatch(event);
      this.#release();
    } else if (this.#take('out-of-order')) {
      event.outOfOrder = true;
      this.#pending++;
      const timer = setTimeout(() => this.#release(), HOLD_MS);
      this.#held = { event, timer };
    } else {
      this.#dispatch(event);
    }
  }

  /** Stops every delivery: nothing more is sent, retried or waited for. */
  stop(): void {
    this.#stopping.abort();
    for (const timer of this.#timers.keys()) clearTimeout(timer);
    this.#timers.clear();
    if (this.#held) clearTimeout(this.#held.timer);
    this.#held = undefined;
    for (const receiver of this.#receivers.values()) {
      receiver.queue.length = 0;
      receiver.pending = 0;
    }
    this.#finish(this.#pending);
  }

  #release(): void {
    const held = this.#held;
    if (!held) return;
    clearTimeout(held.timer);
    this.#held = undefined;
    this.#dispatch(held.event);
    this.#finish(1);
  }

  #dispatch(event: PendingEvent): void {
    for (const [url, receiver] of this.#receivers) {
      const job: Job = { event, url, receiver, webhookId: crypto.randomUUID(), attempt: 1 };
      if (receiver.pending >= MAX_PENDING_PER_RECEIVER) {
        this.#record(
          this.#entry(job, {
            at: new Date().toISOString(),
            durationMs: 0,
            error: `not sent: ${MAX_PENDING_PER_RECEIVER} deliveries to this URL were still unfinished`,
            ok: false,
            retrying: false,
          }),
        );
        continue;
      }
      receiver.pending++;
      this.#pending++;
      this.#enqueue(job);
    }
  }

  /** A log entry for an attempt of `job`. */
  #entry(
    job: Job,
    outcome: Pick<WebhookAttempt, 'at' | 'durationMs' | 'status' | 'error' | 'ok' | 'fault' | 'retrying'>,
  ): WebhookAttempt {
    return {
      webhookId: job.webhookId,
      type: job.event.type,
      orderId: job.event.payload._id,
      url: job.url,
      attempt: job.attempt,
      ...outcome,
    };
  }

  /** A job ended (delivered, given up, dropped): it no longer counts for its receiver or for idle(). */
  #done(job: Job): void {
    if (job.receiver.pending > 0) job.receiver.pending--;
    this.#finish(1);
  }

  #take(kind: FaultKind): boolean {
    const index = this.#faults.findIndex((fault) => fault.kind === kind);
    const fault = this.#faults[index];
    if (!fault) return false;
    if (--fault.left === 0) this.#faults.splice(index, 1);
    return true;
  }

  #finish(count: number): void {
    this.#pending = Math.max(0, this.#pending - count);
    if (this.#pending === 0) for (const resolve of this.#waiters.splice(0)) resolve();
  }

  /** Queues `job` for its receiver (a replay goes first: it is sent "at once"). */
  #enqueue(job: Job): void {
    const { receiver } = job;
    if (this.#receivers.get(job.url) !== receiver || this.#stopping.signal.aborted) {
      this.#done(job);
      return;
    }
    if (job.replay) receiver.queue.unshift(job);
    else receiver.queue.push(job);
    if (!receiver.busy) void this.#pump(receiver);
  }

  async #pump(receiver: Receiver): Promise<void> {
    receiver.busy = true;
    try {
      for (let job = receiver.queue.shift(); job; job = receiver.queue.shift()) {
        // Signing cannot fail with keys made here; if it ever did, the job ends rather than the pump.
        await this.#send(job).catch(() => this.#done(job));
      }
    } finally {
      receiver.busy = false;
    }
  }

  async #send(job: Job): Promise<void> {
    let fault: FaultKind | undefined;
    let body: Uint8Array;
    let headers: Record<string, string>;
    if (job.replay) {
      ({ body, headers } = job.replay);
      fault = 'replay';
    } else {
      const text = createWebhookBody(job.event.payload, { now: this.#clock(), webhookId: job.webhookId });
      body = new TextEncoder().encode(text);
      // A bad signature is a good one of other bytes: well-formed, and wrong.
      if (this.#take('bad-signature')) fault = 'bad-signature';
      else if (job.attempt === 1 && job.event.outOfOrder) fault = 'out-of-order';
      headers = await signatureHeaders({
        body: fault === 'bad-signature' ? `${text} ` : body,
        privateKeys: this.#privateKeys,
      });
    }
    const started = performance.now();
    const at = new Date().toISOString();
    const outcome = await post(job.url, body, headers, {
      timeoutMs: this.#options.timeoutMs,
      signal: this.#stopping.signal,
    });
    if (this.#stopping.signal.aborted) return;
    const ok = outcome.status !== undefined && outcome.status >= 200 && outcome.status < 300;
    const retrying =
      !ok && !job.replay && job.attempt <= this.#options.retries && this.#receivers.get(job.url) === job.receiver;
    this.#record(
      this.#entry(job, {
        at,
        durationMs: Math.round(performance.now() - started),
        ...(outcome.status === undefined ? { error: outcome.error } : { status: outcome.status }),
        ok,
        ...(fault ? { fault } : {}),
        retrying,
      }),
    );
    if (retrying) {
      const delay = Math.min(MAX_RETRY_DELAY_MS, this.#options.retryDelayMs * 2 ** (job.attempt - 1));
      job.attempt++;
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        this.#enqueue(job);
      }, delay);
      this.#timers.set(timer, job);
      return;
    }
    if (ok && !job.replay && this.#take('replay')) {
      job.receiver.pending++;
      this.#pending++;
      this.#enqueue({ ...job, replay: { body, headers } });
    }
    this.#done(job);
  }

  #record(attempt: WebhookAttempt): void {
    this.#log.push(Object.freeze(attempt));
    if (this.#log.length > MAX_LOG) this.#log.splice(0, this.#log.length - MAX_LOG);
  }
}
