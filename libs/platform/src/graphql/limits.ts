import { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { ASTVisitor, DocumentNode, GraphQLError, GraphQLSchema, NoSchemaIntrospectionCustomRule, ValidationContext, specifiedRules, validate } from 'graphql';
import { DEFAULT_PAGE_SIZE } from './pagination';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const LIMITS = { depth: 10, aliases: 30, cost: 5000 };

/** Refuses documents with more than `max` aliased fields (alias-amplification attacks). */
export function aliasLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias && ++count === max + 1) {
          context.reportError(new GraphQLError(`Truy vấn dùng quá nhiều bí danh (tối đa ${max}).`, { nodes: [node] }));
        }
      },
    };
  };
}

/** Connections cost `first` × their selection. */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + Math.max(first, 1) * Math.max(childComplexity, 1);
};

/** The rules added to graphql-js's own on every transport. */
export const validationRules = [depthLimit(LIMITS.depth), aliasLimit(LIMITS.aliases)];

export interface OperationRequest {
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * The cost check of both transports: the refusal for an operation costing more than
 * LIMITS.cost, or null. Throws the GraphQLError of variables that do not fit the operation.
 */
export function costLimitError(schema: GraphQLSchema, { document, operationName, variables }: OperationRequest): GraphQLError | null {
  const cost = getComplexity({
    schema,
    operationName: operationName ?? undefined,
    query: document,
    variables: variables ?? {},
    estimators: [fieldExtensionsEstimator(), connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
  if (cost <= LIMITS.cost) return null;
  return new GraphQLError(`Truy vấn quá phức tạp (chi phí ${cost}, tối đa ${LIMITS.cost}).`, {
    // A refused query is the client's fault: 400 on HTTP (Apollo strips `http` from the response).
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: LIMITS.cost, http: { status: 400 } },
  });
}

/**
 * Everything Apollo checks on HTTP before executing, for transports that bypass Apollo
 * (graphql-ws): graphql-js's rules and ours, no introspection and no "Did you mean"
 * suggestions in production (Apollo's `introspection` / `hideSchemaDetailsFromClientErrors`),
 * then the cost. Returns the errors to send back; none means the operation may run.
 */
export function validateOperation(schema: GraphQLSchema, request: OperationRequest, opts: { production: boolean }): GraphQLError[] {
  const rules = [...specifiedRules, ...validationRules, ...(opts.production ? [NoSchemaIntrospectionCustomRule] : [])];
  const errors = validate(schema, request.document, rules, { hideSuggestions: opts.production });
  if (errors.length) {
    return errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
  }
  try {
    const costError = costLimitError(schema, request);
    return costError ? [costError] : [];
  } catch (e) {
    if (e instanceof GraphQLError) return [e];
    throw e;
  }
}

export function costLimitPlugin(schemaRef: () => GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const error = costLimitError(schemaRef(), { document, operationName: request.operationName, variables: request.variables });
          if (error) throw error;
        },
      };
    },
  };
}
