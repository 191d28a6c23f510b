// Error bodies in the NestJS shape the real API uses: { statusCode, message, error }.
import { STATUS_CODES } from 'node:http';

export interface ErrorBody {
  statusCode: number;
  message: string | string[];
  error: string;
}

export function errorBody(statusCode: number, message?: string | string[]): ErrorBody {
  const text = STATUS_CODES[statusCode] ?? 'Error';
  return { statusCode, message: message ?? text, error: text };
}
