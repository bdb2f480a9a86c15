import type { ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  DocumentNode,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  Kind,
  TypeInfo,
  getNamedType,
  getOperationAST,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { isUuid } from '../database/ids';
import { hasUnstorableText } from '../database/storable';
import { badInput } from './errors';

/**
 * `ID` arguments and input fields that are opaque client strings, not UUIDs: idempotency
 * keys (`clientId`; stored as text, some features accept any string). Every other `ID`
 * the API takes names a row and must be a UUID.
 */
const OPAQUE_IDS = new Set(['clientId']);

export interface InputProblem {
  /** The argument, or the path inside an input object argument (`labResults.2.value`), as `extensions.field`. */
  field: string;
  reason: 'text' | 'uuid';
}

const MESSAGES: Record<InputProblem['reason'], string> = {
  text: 'Dữ liệu chứa ký tự không hợp lệ.',
  uuid: 'Mã định danh không hợp lệ.',
};

/** Any string in `value` (JSON scalars included, keys too) PostgreSQL could not store. */
function hasBadText(value: unknown): boolean {
  if (typeof value === 'string') return hasUnstorableText(value);
  if (Array.isArray(value)) return value.some(hasBadText);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).some(([k, v]) => hasUnstorableText(k) || hasBadText(v));
  }
  return false;
}

function checkValue(value: unknown, type: GraphQLInputType, path: string[], name: string): InputProblem | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return checkValue(value, type.ofType, path, name);
  if (isListType(type)) {
    const item = type.ofType as GraphQLInputType;
    const indexed = isInputObjectType(getNamedType(item));
    const items: unknown[] = Array.isArray(value) ? value : [value];
    for (let i = 0; i < items.length; i++) {
      const problem = checkValue(items[i], item, indexed ? [...path, String(i)] : path, name);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const problem = fields[key] ? checkValue(v, fields[key].type, [...path, key], key) : null;
      if (problem) return problem;
    }
    return null;
  }
  if (isEnumType(type)) return null;
  const field = path.join('.');
  if (hasBadText(value)) return { field, reason: 'text' };
  if (type.name === 'ID' && !OPAQUE_IDS.has(name) && !isUuid(value)) return { field, reason: 'uuid' };
  return null;
}

/**
 * Checks every argument of the operation (inline literals and variables, inside input
 * objects and lists, in fragments too) against the schema: no string may hold U+0000 or
 * a lone surrogate, and every `ID` except the opaque ones must be a UUID. Returns the first
 * problem, or null. Documents or variables graphql-js itself refuses are left to it.
 */
export function findInputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): InputProblem | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const typeInfo = new TypeInfo(schema);
  let problem: InputProblem | null = null;
  const visitor = visitWithTypeInfo(typeInfo, {
    Argument(node) {
      const arg = typeInfo.getArgument();
      // Directive arguments (@include, @skip) are booleans.
      if (!arg || typeInfo.getDirective()) return undefined;
      const value = valueFromAST(node.value, arg.type, variables);
      const named = isNonNullType(arg.type) ? arg.type.ofType : arg.type;
      problem = checkValue(value, arg.type, isInputObjectType(named) ? [] : [arg.name], arg.name);
      return problem ? BREAK : undefined;
    },
  });
  for (const definition of [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)]) {
    visit(definition, visitor);
    if (problem) return problem;
  }
  return null;
}

/** The refusal sent for `problem`: BAD_USER_INPUT naming the field, HTTP 400 (the operation never ran). */
export function inputProblemError(problem: InputProblem): GraphQLError {
  const error = badInput(problem.field, MESSAGES[problem.reason]);
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
}

interface WarnLogger {
  warn(details: object, message: string): void;
}

const logRefusal = (logger: WarnLogger, operation: string | null | undefined, problem: InputProblem) =>
  // The value itself is never logged: it may hold personal data.
  logger.warn({ operation: operation ?? undefined, field: problem.field, reason: problem.reason }, 'input refused');

/** HTTP: refuses the whole operation before anything runs (so nothing changes), logged at warn. */
export function inputGuardPlugin(schemaRef: () => GraphQLSchema, logger: WarnLogger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          const problem = findInputProblem(schemaRef(), document, operationName, request.variables);
          if (problem) {
            logRefusal(logger, operationName, problem);
            throw inputProblemError(problem);
          }
        },
      };
    },
  };
}

/** graphql-ws: the same check for an operation sent over a socket; the refusal, or none. */
export function inputGuardErrors(
  schema: GraphQLSchema,
  request: { document: DocumentNode; operationName?: string | null; variables?: Record<string, unknown> | null },
  logger: WarnLogger,
): GraphQLError[] {
  const problem = findInputProblem(schema, request.document, request.operationName, request.variables);
  if (!problem) return [];
  logRefusal(logger, request.operationName, problem);
  return [inputProblemError(problem)];
}
