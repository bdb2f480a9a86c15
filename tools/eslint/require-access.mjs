// Fails a GraphQL operation (@Query, @Mutation, @Subscription) or an HTTP route (@Get, @Post, …)
// that declares no access rule. The global AccessGuard already refuses such a handler at run
// time; this finds it at lint time, before a test has to.
const OPERATION_DECORATORS = new Set(['Query', 'Mutation', 'Subscription', 'Get', 'Post', 'Put', 'Patch', 'Delete', 'All']);

/** `@Access.verified()` → 'Access'; `@Query(() => X)` → 'Query'. */
function decoratorName(decorator) {
  let node = decorator.expression;
  if (node.type === 'CallExpression') node = node.callee;
  if (node.type === 'MemberExpression') node = node.object;
  return node.type === 'Identifier' ? node.name : null;
}

const hasAccess = (decorators = []) => decorators.some((d) => decoratorName(d) === 'Access');

export const requireAccess = {
  meta: {
    type: 'problem',
    docs: { description: 'Every resolver operation and HTTP route declares @Access.*' },
    messages: { missing: '{{name}} has no @Access.* decorator (on the method or its class): declare who may call it.' },
    schema: [],
  },
  create(context) {
    return {
      MethodDefinition(method) {
        const decorators = method.decorators ?? [];
        if (!decorators.some((d) => OPERATION_DECORATORS.has(decoratorName(d)))) return;
        if (hasAccess(decorators) || hasAccess(method.parent.parent.decorators)) return;
        const name = method.key.type === 'Identifier' ? method.key.name : 'This handler';
        context.report({ node: method.key, messageId: 'missing', data: { name } });
      },
    };
  },
};

export default { rules: { 'require-access': requireAccess } };
