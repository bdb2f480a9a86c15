import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../graphql/context';
import type { Viewer } from './viewer';

/**
 * The signed-in caller, for resolvers whose `@Access` rule requires one
 * (authenticated, verified, roles): `me(@CurrentViewer() viewer: Viewer)`. With
 * `@Access.public()` / `optional()` it may be null; type the parameter `Viewer | null` there.
 * (Not named `Viewer`: with decorator metadata the parameter type would then be this function.)
 */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer | null => {
  return GqlExecutionContext.create(context).getContext<RequestContext>().viewer;
});
