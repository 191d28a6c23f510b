// A request as --dry-run and a confirmation show it: method, URL with its
// query, headers and JSON body, exactly as the client would send them, except
// the token, which is never shown (`Authorization: Bearer ****`).
import { jsonText } from './output/json-text.js';

export interface CapturedRequest {
  method: string;
  /** The whole URL, query included. */
  url: string;
  /** Header names in lower case, as `Headers` gives them, sorted. The token is still in `authorization`. */
  headers: [name: string, value: string][];
  /** The parsed JSON body; `undefined` when there is none. */
  body: unknown;
}

export const MASKED_AUTHORIZATION = 'Bearer ****';

/** `content-type` as `Content-Type`: how the headers are usually written. */
const headerName = (name: string) =>
  name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());

/** The headers with their usual names, the token masked. */
export function shownHeaders(request: CapturedRequest): [string, string][] {
  return request.headers.map(([name, value]) => [
    headerName(name),
    name === 'authorization' ? MASKED_AUTHORIZATION : value,
  ]);
}

/** As an HTTP message: the request line, the headers, a blank line and the body, indented JSON. */
export function requestText(request: CapturedRequest): string {
  const lines = [`${request.method} ${request.url}`, ...shownHeaders(request).map(([n, v]) => `${n}: ${v}`)];
  const body = request.body === undefined ? '' : `\n${jsonText(request.body, 2)}\n`;
  return `${lines.join('\n')}\n${body}`;
}

/** As one JSON object, for --format json. */
export function requestJson(request: CapturedRequest): string {
  const { method, url, body } = request;
  return `${jsonText({ method, url, headers: Object.fromEntries(shownHeaders(request)), body }, 2)}\n`;
}
