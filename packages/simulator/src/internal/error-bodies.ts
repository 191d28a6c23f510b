// The bodies of every error the simulator sends, in the shapes the real API
// uses and the spec's schemas describe (BadRequestError, UnauthorizedError,
// UnprocessableEntityError, ErrorResponse, NotFoundError). One place, so
// wording stays consistent.
import { randomUUID } from 'node:crypto';
import type {
  BadRequestBody,
  ErrorBody,
  NotFoundBody,
  UnauthorizedBody,
  UnprocessableEntityBody,
} from '@hl-orders/types';

/** Status texts, as NestJS puts them in `error`. */
export const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** 400 for a missing or wrong `Version` header (BadRequestError has no `error` field). */
export function badVersionBody(received: string | undefined, expected: readonly string[]): BadRequestBody {
  return {
    statusCode: 400,
    message:
      received === undefined
        ? `Version header was not found: send Version: ${expected.join(' or ')}`
        : `Version header is invalid: expected ${expected.join(' or ')}`,
  };
}

/** 400 for a request the API cannot read (a body that is not a JSON object). */
export function badRequestBody(message: string): BadRequestBody {
  return { statusCode: 400, message };
}

/** 401, worded as the vendor does; it never echoes the token. */
export function unauthorizedBody(): UnauthorizedBody {
  return { statusCode: 401, message: 'Invalid token: access token is invalid', error: 'Unauthorized' };
}

/** 401 for a valid token without the scope the operation needs, worded as the vendor does. */
export function missingScopeBody(): UnauthorizedBody {
  return { statusCode: 401, message: 'The token is not authorized for this scope.', error: 'Unauthorized' };
}

/**
 * 404 for an unknown order (or one of another location), in the live API's
 * shape: `status`, not `statusCode`, and a trace id for the vendor's support.
 */
export function orderNotFoundBody(): NotFoundBody {
  return { status: 404, message: 'Order not found', name: 'HttpException', traceId: randomUUID() };
}

/** 422 with one message per invalid parameter. */
export function unprocessableBody(problems: readonly string[]): UnprocessableEntityBody {
  return { statusCode: 422, message: [...problems], error: 'Unprocessable Entity' };
}

/** Any other status (403, 404, 429, 5xx): ErrorResponse with the status text. */
export function errorBody(statusCode: number, message = STATUS_TEXT[statusCode] ?? 'Error'): ErrorBody {
  return { statusCode, message, error: STATUS_TEXT[statusCode] ?? 'Error' };
}

/** The page a proxy shows when the API behind it is down. */
export const BAD_GATEWAY_HTML = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;
