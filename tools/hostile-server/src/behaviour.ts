// The types a behaviour is written against. A behaviour answers one request,
// however it likes (or never); the context hands it the raw Node request and
// response, what was recorded, the list, and the honest answer to wrap.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OrderList } from './order-list.js';
import type { Random } from './random.js';

/** One request as the server received it. */
export interface RecordedRequest {
  /** 0 for the first request this server received, then 1, 2, ... */
  index: number;
  method: string;
  /** The path without the query, e.g. `/payments/orders`. */
  path: string;
  /** The query parameters; a repeated one keeps its last value. */
  query: Record<string, string>;
  /** Request headers, names lower-cased, repeated ones joined with `, `. */
  headers: Record<string, string>;
  /** The request body as text (`''` for a GET), at most 1 MiB of it. */
  body: string;
  /** When it arrived: ms since the epoch, from a monotonic clock (differences are exact). */
  at: number;
}

/** A complete answer: a string body is sent as is, anything else as JSON. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** What a behaviour gets for the request it answers. */
export interface BehaviourContext {
  /** The raw request (its socket is `req.socket`). */
  req: IncomingMessage;
  /** The raw response; a behaviour may never finish it. */
  res: ServerResponse;
  /** The request as recorded in `server.requests`. */
  request: RecordedRequest;
  /** The server's live list. */
  list: OrderList;
  /** What the honest server would answer to `request` (default: this one); nothing is sent. */
  honestAnswer(request?: RecordedRequest): Answer;
  /** Sends the honest answer to this request. */
  honest(): void;
  /** Sends `answer` and ends the response. */
  send(answer: Answer): void;
  /** Aborted when the client goes away or the server stops: endless behaviours stop on it. */
  signal: AbortSignal;
  /** This server's origin, `http://127.0.0.1:<port>`. */
  url: string;
  /** Another origin (another port on 127.0.0.1) that records what it receives; see `HostileServer.otherOrigin`. */
  otherOriginUrl: string;
  /** The server's seeded random numbers. */
  random: Random;
  /** `limit` of a list request that sends none. */
  defaultLimit: number;
}

/** Answers one request. It may return before the answer is complete (or never complete it). */
export type Behaviour = (ctx: BehaviourContext) => void | Promise<void>;

/** Runs before a request is answered, e.g. to shift the list between two pages. */
export type BeforeEachHook = (request: RecordedRequest, list: OrderList) => void;
