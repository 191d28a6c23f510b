// Redocly plugin with the contract rules of hl-orders that Redocly's built-in
// and configurable rules cannot express. Each rule lives in its own file under
// rules/ and is switched on (as an error) in ../redocly.yaml.
import noInvalidHeaderExamples from './rules/no-invalid-header-examples.js';
import operationSecurityScope from './rules/operation-security-scope.js';

export default function hlOrdersPlugin() {
  return {
    id: 'hl-orders',
    rules: {
      oas3: {
        'no-invalid-header-examples': noInvalidHeaderExamples,
        'operation-security-scope': operationSecurityScope,
      },
    },
  };
}
