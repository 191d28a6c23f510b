// The runtime enum arrays the client validates input with come from the spec.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  apiVersionValues,
  cardPaymentDetailsTypeValues,
  listOrdersQueryConstraints,
  manualPaymentModeValues,
  orderPropertyTypes,
  paymentStatusValues,
} from '../src/index.js';

const require = createRequire(import.meta.url);
const spec = require('@hl-orders/spec/openapi.json');

describe('generated runtime values', () => {
  it('paymentStatusValues lists exactly the enum of the bundled spec', () => {
    expect([...paymentStatusValues]).toEqual(spec.components.schemas.PaymentStatus.enum);
  });

  it('apiVersionValues lists the Version values every operation accepts, and nothing else', () => {
    expect([...apiVersionValues]).toEqual(['2021-07-28']);
    for (const [path, item] of Object.entries<Record<string, { parameters: { $ref: string }[] }>>(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const refs = op.parameters.map((p) => p.$ref);
        expect(refs, `${method} ${path}`).toContain('#/components/parameters/Version');
      }
    }
    expect(spec.components.parameters.Version.schema).toEqual({ $ref: '#/components/schemas/ApiVersion' });
  });

  it('manualPaymentModeValues and cardPaymentDetailsTypeValues follow the record-payment body', () => {
    expect([...manualPaymentModeValues]).toEqual(['cash', 'card', 'cheque', 'bank_transfer', 'other']);
    expect([...manualPaymentModeValues]).toEqual(spec.components.schemas.ManualPaymentMode.enum);
    expect([...cardPaymentDetailsTypeValues]).toEqual(spec.components.schemas.CardPaymentDetails.properties.type.enum);
  });

  it('listOrdersQueryConstraints carries each query parameter of the spec with its bounds', () => {
    const op = spec.paths['/payments/orders'].get;
    const names = op.parameters
      .map((p: { $ref: string }) => spec.components.parameters[p.$ref.split('/').pop() as string])
      .filter((p: { in: string }) => p.in === 'query')
      .map((p: { name: string }) => p.name);
    expect(Object.keys(listOrdersQueryConstraints)).toEqual(names);
    expect(listOrdersQueryConstraints.altId.required).toBe(true);
    expect(listOrdersQueryConstraints.limit).toMatchObject({
      type: 'integer',
      minimum: spec.components.parameters.limit.schema.minimum,
      maximum: spec.components.parameters.limit.schema.maximum,
    });
  });

  it('orderPropertyTypes gives the JSON type of every Order property', () => {
    const props = spec.components.schemas.Order.properties;
    expect(Object.keys(orderPropertyTypes)).toEqual(Object.keys(props));
    expect(orderPropertyTypes.amount).toBe('number');
    expect(orderPropertyTypes.liveMode).toBe('boolean');
    expect(orderPropertyTypes.sourceMeta).toBe('object');
  });
});
