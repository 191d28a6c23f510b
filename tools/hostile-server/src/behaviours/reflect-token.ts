// A server (or proxy) that echoes the caller's credentials back: in an error
// message, in a JSON field, in a response header or in a plain-text page. The
// padding, cut and repeat options place the token across whatever boundary a
// client truncates at (the old client cut at 40 and 1000 characters), so a
// test can prove no fragment of it survives into an error, log or output.
import type { Behaviour } from '../behaviour.js';
import { errorBody } from '../internal/error-body.js';
import { JSON_TYPE } from '../internal/headers.js';

/** Where {@link reflectToken} puts the token. */
export type ReflectWhere = 'body-message' | 'body-field' | 'header' | 'text';

export interface ReflectTokenOptions {
  /** Status of the answer. Default 401. */
  status?: number;
  /**
   * `body-message`: in the JSON `message`; `body-field`: in the JSON field `field`;
   * `header`: in the response header `header`; `text`: a `text/plain` body.
   */
  where: ReflectWhere;
  /** Keep the `Bearer ` scheme in front of the token. Default false. */
  prefix?: boolean;
  /** Cut the reflected value after this many characters (the scheme counts when kept). */
  cutAt?: number;
  /** Reflect it this many times, separated by a space. Default 1. */
  repeat?: number;
  /**
   * This many filler characters (`.`) before the token, inside the message,
   * field, header value or text body, so that a cut at N characters lands
   * mid-token. Default 0. With `body-message` the raw body has 29 more
   * characters in front (`{"statusCode":401,"message":"`), so the token starts
   * at body offset `29 + padding`.
   */
  padding?: number;
  /** The JSON field for `body-field`. Default `authorization`. */
  field?: string;
  /** The header for `header`. Default `x-echo-authorization`. */
  header?: string;
}

/** Echoes the request's `Authorization` value back to it (empty when there was none). */
export function reflectToken(options: ReflectTokenOptions): Behaviour {
  const { status = 401, where, prefix = false, cutAt, repeat = 1, padding = 0 } = options;
  return ({ request, send }) => {
    const raw = request.headers.authorization ?? '';
    let token = prefix ? raw : raw.replace(/^bearer\s+/i, '');
    if (cutAt !== undefined) token = token.slice(0, cutAt);
    const value = '.'.repeat(padding) + Array.from({ length: repeat }, () => token).join(' ');
    const base = errorBody(status);
    switch (where) {
      case 'body-message':
        return send({ status, headers: { 'content-type': JSON_TYPE }, body: { ...base, message: value } });
      case 'body-field':
        return send({
          status,
          headers: { 'content-type': JSON_TYPE },
          body: { ...base, [options.field ?? 'authorization']: value },
        });
      case 'header':
        return send({
          status,
          headers: { 'content-type': JSON_TYPE, [options.header ?? 'x-echo-authorization']: value },
          body: base,
        });
      case 'text':
        return send({ status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: value });
    }
  };
}
