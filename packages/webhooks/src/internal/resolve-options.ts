// Checks the numeric options once, with messages that say what to pass.
import { WebhookConfigurationError } from '../errors.js';
import type { VerificationOptions } from '../options.js';

export const DEFAULT_TOLERANCE_MS = 5 * 60_000;

export function resolveOptions(options: VerificationOptions): {
  tolerance: number;
  now: number;
  maxBodyBytes: number | undefined;
} {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE_MS;
  if (typeof tolerance !== 'number' || Number.isNaN(tolerance) || tolerance <= 0) {
    throw new WebhookConfigurationError(
      `tolerance must be a positive number of milliseconds (default 300000), not ${String(tolerance)}.`,
      { option: 'tolerance' },
    );
  }
  const now = options.now === undefined ? Date.now() : Number(options.now);
  if (!Number.isFinite(now)) {
    throw new WebhookConfigurationError('now must be a valid Date or a number of milliseconds since the epoch.', {
      option: 'now',
    });
  }
  const max = options.maxBodyBytes;
  if (max !== undefined && (!Number.isInteger(max) || max < 1)) {
    throw new WebhookConfigurationError(
      `maxBodyBytes must be a whole number of bytes, at least 1 (default 1048576), not ${String(max)}.`,
      { option: 'maxBodyBytes' },
    );
  }
  return { tolerance, now, maxBodyBytes: max };
}
