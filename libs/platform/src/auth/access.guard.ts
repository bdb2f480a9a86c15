import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, forbidden, unauthenticated } from '../graphql/errors';
import { ACCESS_KEY, AccessRule } from './access';
import type { RequestContext } from '../graphql/context';

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) {
      // A resolver or route without a declared rule is a programming error: refuse.
      throw new DomainError('FORBIDDEN', 'Thao tác này chưa khai báo quyền truy cập.');
    }
    if (context.getType<GqlContextType>() !== 'graphql') {
      if (rule.kind === 'public') return true;
      throw forbidden();
    }
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    return checkAccess(rule, ctx);
  }
}

export function checkAccess(rule: AccessRule, ctx: Pick<RequestContext, 'viewer' | 'authError'>): true {
  if (rule.kind === 'public') return true;
  if (ctx.authError) throw unauthenticated(ctx.authError);
  if (rule.kind === 'optional') return true;
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  if (viewer.verificationStatus === 'SUSPENDED') throw forbidden('Tài khoản của bạn đang bị tạm khóa.');
  if (rule.kind === 'authenticated') return true;
  if (viewer.verificationStatus !== 'VERIFIED') {
    throw forbidden('Tài khoản của bạn chưa được xác minh.');
  }
  if (rule.kind === 'verified') return true;
  if (rule.roles.some((r) => viewer.roles.includes(r))) return true;
  throw forbidden();
}
