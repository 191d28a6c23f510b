// Rule hl-orders/no-invalid-header-examples: a response header's `example` (and
// each of its `examples`) must be valid against the header's schema. Redocly
// validates the examples of parameters, schemas and media types, but not of
// headers, and a wrong header example misleads the mock and the docs alike.
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// Both are CommonJS modules with a `default` export.
const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

// The whole document is registered under this id so that `$ref`s inside a
// header's schema resolve against it, like they do in the contract.
const DOCUMENT_ID = 'urn:hl-orders:openapi';

export default function noInvalidHeaderExamples() {
  let ajv;
  let documentSource;
  return {
    Root: {
      enter(root, ctx) {
        // OpenAPI 3.1 schemas are JSON Schema 2020-12; OpenAPI's own keywords
        // (`example`, `discriminator`, `xml`) are unknown to Ajv, hence not strict.
        ajv = new Ajv2020({ strict: false, allErrors: true });
        addFormats(ajv);
        ajv.addSchema(root, DOCUMENT_ID);
        documentSource = ctx.location.source;
      },
    },
    Header: {
      leave(header, ctx) {
        if (!header.schema) return;
        const checks = [];
        if ('example' in header) checks.push([header.example, ctx.location.child('example')]);
        for (const [name, example] of Object.entries(header.examples ?? {})) {
          const resolved = ctx.resolve(example).node;
          if (resolved && 'value' in resolved) checks.push([resolved.value, ctx.location.child(['examples', name])]);
        }
        if (checks.length === 0) return;
        // A header defined in the root document is validated in place (its refs
        // resolve); one from another file is validated on its own.
        const schema =
          ctx.location.source === documentSource
            ? { $ref: `${DOCUMENT_ID}#${ctx.location.child('schema').pointer.replace(/^#/, '')}` }
            : header.schema;
        const validate = ajv.compile(schema);
        for (const [value, location] of checks) {
          if (!validate(value)) {
            ctx.report({
              message: `Example value must conform to the header's schema: ${ajv.errorsText(validate.errors, { dataVar: 'example' })}.`,
              location,
            });
          }
        }
      },
    },
  };
}
