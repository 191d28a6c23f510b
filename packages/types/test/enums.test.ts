// The runtime enum arrays the client validates input with come from the spec.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { paymentStatusValues } from '../src/index.js';

const require = createRequire(import.meta.url);
const spec = require('@hl-orders/spec/openapi.json');

describe('generated runtime values', () => {
  it('paymentStatusValues lists exactly the enum of the bundled spec', () => {
    expect([...paymentStatusValues]).toEqual(spec.components.schemas.PaymentStatus.enum);
  });
});
