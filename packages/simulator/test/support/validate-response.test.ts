// The validator must be able to fail: otherwise "every answer conforms" proves nothing.
import { describe, expect, it } from 'vitest';
import { responseProblems } from './validate-response.js';

const rateHeaders = {
  'X-RateLimit-Limit-Daily': '200000',
  'X-RateLimit-Daily-Remaining': '199999',
  'X-RateLimit-Interval-Milliseconds': '10000',
  'X-RateLimit-Max': '100',
  'X-RateLimit-Remaining': '99',
};
const json = { 'content-type': 'application/json; charset=utf-8' };
const order = {
  _id: '653f5e0cde5a1314e62a837c',
  altId: 'loc',
  altType: 'location',
  status: 'completed',
  sourceType: 'funnel',
  createdAt: '2023-11-20T10:23:36.515Z',
  updatedAt: '2024-01-23T09:57:04.846Z',
};
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers({ ...json, ...headers }),
  text: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('responseProblems', () => {
  it('accepts a conforming page', () => {
    expect(responseProblems(answer(200, { data: [order], totalCount: 1 }, rateHeaders))).toEqual([]);
  });

  it('catches a page without totalCount, an order without _id, a bad date-time and a string amount', () => {
    const { _id, ...noId } = order;
    const problems = responseProblems(
      answer(200, { data: [noId, { ...order, createdAt: 'yesterday', amount: '100' }] }, rateHeaders),
    );
    expect(problems.join('\n')).toMatch(/totalCount/);
    expect(problems.join('\n')).toMatch(/_id/);
    expect(problems.join('\n')).toMatch(/date-time/);
    expect(problems.join('\n')).toMatch(/amount.*number/);
  });

  it('requires the rate-limit headers on a 200 and checks they are integers', () => {
    const { 'X-RateLimit-Max': _max, ...withoutMax } = rateHeaders;
    expect(responseProblems(answer(200, { data: [], totalCount: 0 }, withoutMax))).toEqual([
      'header X-RateLimit-Max is missing',
    ]);
    expect(
      responseProblems(answer(200, { data: [], totalCount: 0 }, { ...rateHeaders, 'X-RateLimit-Remaining': 'lots' })),
    ).toEqual(['header X-RateLimit-Remaining: "lots" is not an integer']);
  });

  it('checks each status against its own schema', () => {
    expect(responseProblems(answer(422, { statusCode: 422, message: 'altId should not be empty' }))).not.toEqual([]);
    expect(responseProblems(answer(422, { statusCode: 422, message: ['altId should not be empty'] }))).toEqual([]);
    expect(responseProblems(answer(400, { statusCode: 400, message: ['a list'] }))).not.toEqual([]);
  });

  it('refuses an undocumented status, a non-JSON body and a wrong content type', () => {
    expect(responseProblems(answer(418, {}))).toEqual(['status 418 is not documented for GET /payments/orders']);
    expect(responseProblems(answer(500, '<html></html>')).join('\n')).toMatch(/not JSON/);
    expect(
      responseProblems({
        status: 500,
        headers: new Headers({ 'content-type': 'text/plain' }),
        text: '{"statusCode":500,"message":"x"}',
      }),
    ).toEqual(['content-type is "text/plain", not application/json']);
  });

  it('checks the operations on one order against their own responses', () => {
    const path = '/payments/orders/{orderId}';
    const notFound = { status: 404, message: 'Order not found', name: 'HttpException', traceId: 'x' };
    expect(responseProblems(answer(404, notFound), path)).toEqual([]);
    expect(responseProblems(answer(404, { statusCode: 404, message: 'Not Found' }), path).join('\n')).toMatch(/status/);
    const payment = '/payments/orders/{orderId}/record-payment';
    expect(responseProblems(answer(200, { success: true }, rateHeaders), payment, 'post')).toEqual([]);
    expect(responseProblems(answer(200, { success: 'yes' }, rateHeaders), payment, 'post').join('\n')).toMatch(
      /success.*boolean/,
    );
    expect(responseProblems(answer(200, {}), '/payments/orders/{orderId}/notes', 'delete')).toEqual([
      'the spec has no DELETE /payments/orders/{orderId}/notes',
    ]);
  });
});
