// Every example of the contract is valid against its schema, checked with Ajv
// independently of Redocly and more strictly: no undeclared property, also in
// schemas composed with `allOf`. The mock serves these examples and the docs
// show them, so a wrong one misleads both.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { realSpec } from './support/spec-copy.js';
import { collectExamples, invalidExamples } from './support/spec-examples.js';

const doc = parse(realSpec) as Record<string, unknown>;
const examples = collectExamples(doc);

describe('examples of the spec', () => {
  it('finds examples of every operation: its 200, its documented errors and its body', () => {
    const at = new Set(examples.map((example) => example.at.replace(/\/(example|examples\/[^/]+)$/, '')));
    const paths = doc.paths as Record<string, Record<string, { requestBody?: unknown; responses: object }>>;
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const base = `#/paths/${path}/${method}`;
        for (const status of Object.keys(operation.responses)) {
          expect(at, `${method} ${path} ${status}`).toContain(`${base}/responses/${status}/content/application/json`);
        }
        if (operation.requestBody) expect(at).toContain(`${base}/requestBody/content/application/json`);
      }
    }
    const webhooks = doc.webhooks as Record<string, Record<string, { requestBody: unknown }>>;
    expect(Object.keys(webhooks)).toEqual(['OrderCreate', 'OrderStatusUpdate']);
    for (const [name, item] of Object.entries(webhooks)) {
      for (const method of Object.keys(item)) {
        expect(at, `webhook ${name}`).toContain(`#/webhooks/${name}/${method}/requestBody/content/application/json`);
      }
    }
    expect(at).toContain('#/components/parameters/orderId');
    expect(at).toContain('#/components/parameters/WebhookEd25519Signature');
    expect(at).toContain('#/components/parameters/WebhookRsaSignature');
    expect(at).toContain('#/components/schemas/OrderPrice');
  });

  it('are all valid against their schemas, with no undeclared property', () => {
    expect(invalidExamples(doc, examples)).toEqual([]);
  });

  it('would catch a misspelt key in the example of a schema composed with allOf', () => {
    const getOrder = examples.find((example) =>
      example.at.endsWith('{orderId}/get/responses/200/content/application/json/examples/paidOrder'),
    );
    expect(getOrder).toBeDefined();
    const misspelt = { ...getOrder!, value: { ...(getOrder!.value as object), fulfilmentStatus: 'unfulfilled' } };
    expect(invalidExamples(doc, [misspelt]).join('\n')).toMatch(/must NOT have additional properties/);
  });

  it('would catch a misspelt key, or the wrong event type, in a webhook example', () => {
    const created = examples.find((example) =>
      example.at.endsWith('#/webhooks/OrderCreate/post/requestBody/content/application/json/examples/websiteOrder'),
    );
    expect(created).toBeDefined();
    const misspelt = { ...created!, value: { ...(created!.value as object), webhookID: 'x' } };
    expect(invalidExamples(doc, [misspelt]).join('\n')).toMatch(/must NOT have additional properties/);
    const wrongType = { ...created!, value: { ...(created!.value as object), type: 'OrderStatusUpdate' } };
    expect(invalidExamples(doc, [wrongType]).join('\n')).toMatch(/type must be equal to constant/);
  });

  it('would catch a value outside its constraints in a request body', () => {
    const body = examples.find((example) =>
      example.at.endsWith('fulfillments/post/requestBody/content/application/json/examples/tracked'),
    );
    expect(body).toBeDefined();
    const zero = {
      ...body!,
      value: { ...(body!.value as object), items: [{ priceId: '6578278e879ad2646715ba9c', qty: 0 }] },
    };
    expect(invalidExamples(doc, [zero]).join('\n')).toMatch(/qty must be >= 1/);
  });
});
