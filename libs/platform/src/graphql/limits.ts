import { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { ASTVisitor, GraphQLError, GraphQLSchema, ValidationContext } from 'graphql';
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

export const validationRules = [depthLimit(LIMITS.depth), aliasLimit(LIMITS.aliases)];

export function costLimitPlugin(schemaRef: () => GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = getComplexity({
            schema: schemaRef(),
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > LIMITS.cost) {
            throw new GraphQLError(`Truy vấn quá phức tạp (chi phí ${cost}, tối đa ${LIMITS.cost}).`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: LIMITS.cost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
