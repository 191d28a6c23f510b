// Rule hl-orders/operation-security-scope: every operation must be protected by
// a security requirement that names at least one scope for each scheme.
// Redocly's security-defined only checks that some requirement exists; an empty
// scope list (or `{}`, anonymous access) would still pass it, and then neither
// the docs nor the client could tell a user which token an operation needs.
// Webhooks (`webhooks`, OpenAPI 3.1) are exempt: the vendor calls the
// receiver, with no token, and their signature headers authenticate them.
export default function operationSecurityScope() {
  let documentSecurity;
  return {
    Root: {
      enter(root) {
        documentSecurity = root.security;
      },
    },
    Operation: {
      enter(operation, ctx) {
        if (ctx.location.pointer.startsWith('#/webhooks/')) return;
        // An operation's own `security` replaces the document's (OpenAPI semantics).
        const own = operation.security !== undefined;
        const requirements = own ? operation.security : documentSecurity;
        const at = own ? ctx.location.child('security') : ctx.location.key();
        if (!Array.isArray(requirements) || requirements.length === 0) {
          ctx.report({
            message: 'The operation has no security requirement; add `security` naming the scheme and its scope.',
            location: at,
          });
          return;
        }
        requirements.forEach((requirement, index) => {
          const schemes = Object.entries(requirement ?? {});
          if (schemes.length === 0) {
            ctx.report({
              message: 'An empty security requirement (`{}`) allows anonymous access; name the scheme and its scope.',
              location: own ? at.child(index) : at,
            });
          }
          for (const [scheme, scopes] of schemes) {
            if (!Array.isArray(scopes) || scopes.length === 0) {
              ctx.report({
                message: `The security requirement \`${scheme}\` names no scope; list the scope the operation needs.`,
                location: own ? at.child([index, scheme]) : at,
              });
            }
          }
        });
      },
    },
  };
}
