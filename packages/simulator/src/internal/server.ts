// The HTTP side of the simulator, on fastify: one route per operation of the
// spec, each answered by the common pipeline (pipeline.ts) and its handler.
// Anything else is a NestJS-style 404.
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { OPERATIONS, type OperationId } from '../operations.js';
import type { SimulatorContext } from './context.js';
import { badRequestBody, errorBody } from './error-bodies.js';
import { createFulfillment, listFulfillments } from './handlers/fulfillments.js';
import { getOrder } from './handlers/get-order.js';
import { listOrders } from './handlers/list-orders.js';
import { listNotes } from './handlers/notes.js';
import { recordPayment } from './handlers/record-payment.js';
import { type Handler, serve } from './pipeline.js';
import { sendJson } from './reply.js';

// Every operation of the spec must have its handler: a new one fails to compile here.
const HANDLERS: Readonly<Record<OperationId, Handler>> = {
  'list-orders': listOrders,
  'get-order-by-id': getOrder,
  'record-order-payment': recordPayment,
  'list-order-fulfillment': listFulfillments,
  'create-order-fulfillment': createFulfillment,
  'list-order-notes': listNotes,
};

/** `/payments/orders/{orderId}` in fastify's notation, `/payments/orders/:orderId`. */
export function routePath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** Deeper than any body of the contract needs (its deepest is a few levels). */
const MAX_DEPTH = 32;

/** Whether JSON `value` nests objects or arrays more than `max` levels deep; iterative, so any depth is safe. */
function deeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, depth] = next;
    if (depth > max) return true;
    for (const child of Object.values(item as object)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

function acceptBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, text, done) => {
    parseJson(request, text as string, (error: Error | null, value?: unknown) => {
      if (error) return done(error, undefined);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return done(Object.assign(new Error('The request body must be a JSON object'), { statusCode: 400 }), undefined);
      }
      // Small but deep (a free-form meta nested 100,000 times) would be stored,
      // then overflow the stack of whatever reads it back (structuredClone).
      if (deeperThan(value, MAX_DEPTH)) {
        return done(
          Object.assign(new Error(`The request body is nested more than ${MAX_DEPTH} levels deep`), {
            statusCode: 400,
          }),
          undefined,
        );
      }
      done(null, value);
    });
  });
  // Any other content type is read and ignored, as the API's JSON body parser
  // ignores it: the body then has no field, and the 422 names the missing ones.
  app.addContentTypeParser('*', (_request, payload, done) => {
    payload.on('error', (error) => done(error, undefined));
    payload.on('end', () => done(null, undefined));
    payload.resume();
  });
}

/** Builds the fastify app (not listening yet). */
export function createApp(ctx: SimulatorContext): FastifyInstance {
  // forceCloseConnections: stop() must not wait for idle keep-alive sockets.
  const app = Fastify({ logger: false, forceCloseConnections: true });

  app.addHook('onRequest', (_request, _reply, done) => {
    ctx.stats.requests++;
    done();
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    return sendJson(ctx, reply, 404, errorBody(404, `Cannot ${request.method} ${path}`));
  });

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    // A body that cannot be parsed is the one error the client caused before any check.
    if (status === 400) return sendJson(ctx, reply, 400, badRequestBody(error.message));
    return sendJson(ctx, reply, status, errorBody(status));
  });

  acceptBodies(app);
  for (const facts of OPERATIONS) {
    const handler = HANDLERS[facts.id];
    app.route({
      method: facts.method,
      url: routePath(facts.path),
      handler: (request, reply) => serve(ctx, facts, handler, request, reply),
    });
  }
  return app;
}
