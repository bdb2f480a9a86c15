import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, Optional, SetMetadata, UseInterceptors, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type Redis from 'ioredis';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { Observable, catchError, from, mergeMap, throwError } from 'rxjs';
import { DomainError, rateLimited } from '../graphql/errors';
import type { RequestContext } from '../graphql/context';
import { REDIS } from '../pubsub/pubsub';
import { WRITE_BUDGETS, WriteBudget } from './budgets';
import { consumeOne, createLimiter } from './limiter';

const waitText = (seconds: number) => (seconds < 120 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`);

/** Named per-user write budgets (WRITE_BUDGETS), shared by every API copy through Redis when REDIS_URL is set. */
@Injectable()
export class RateLimits {
  private readonly limiters = new Map<WriteBudget, RateLimiterAbstract[]>();

  constructor(@Optional() @Inject(REDIS) redis?: Redis) {
    for (const [name, budget] of Object.entries(WRITE_BUDGETS) as [WriteBudget, (typeof WRITE_BUDGETS)[WriteBudget]][]) {
      // Longest window first: when it refuses, its (longer) wait is the one to report.
      const windows = [...budget.windows].sort((a, b) => b.seconds - a.seconds);
      this.limiters.set(
        name,
        windows.map((w) => createLimiter({ prefix: `rl:${name}:${w.seconds}`, points: w.points, durationSeconds: w.seconds }, redis)),
      );
    }
  }

  /** Spends one write of `budget` for `userId`, or throws RATE_LIMITED with retryAfterSeconds. Call before writing anything. */
  async consume(budget: WriteBudget, userId: string): Promise<void> {
    for (const limiter of this.limiters.get(budget) ?? []) {
      const wait = await consumeOne(limiter, userId);
      if (wait !== null) {
        throw rateLimited(wait, `Bạn đã gửi quá nhiều ${WRITE_BUDGETS[budget].label} trong thời gian ngắn. Vui lòng thử lại sau ${waitText(wait)}.`, {
          budget,
        });
      }
    }
  }

  /** Gives back a write that was refused after `consume` (bad input, no access): only writes that happen count. */
  async refund(budget: WriteBudget, userId: string): Promise<void> {
    await Promise.all((this.limiters.get(budget) ?? []).map((l) => l.reward(userId, 1)));
  }
}

const RATE_LIMIT_KEY = 'ketnoi:rate-limit';

@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimits,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const budget = this.reflector.get<WriteBudget | undefined>(RATE_LIMIT_KEY, context.getHandler());
    const viewer = GqlExecutionContext.create(context).getContext<RequestContext>().viewer;
    // The access rule (checked before) guarantees a viewer on every limited mutation.
    if (!budget || !viewer) return next.handle();
    await this.limits.consume(budget, viewer.id);
    return next
      .handle()
      .pipe(
        catchError((e: unknown) =>
          e instanceof DomainError ? from(this.limits.refund(budget, viewer.id)).pipe(mergeMap(() => throwError(() => e))) : throwError(() => e),
        ),
      );
  }
}

/** A mutation that spends one write of `budget` per call, refused before it runs once the budget is used up. */
export const RateLimit = (budget: WriteBudget) => applyDecorators(SetMetadata(RATE_LIMIT_KEY, budget), UseInterceptors(RateLimitInterceptor));
