export * from './budgets';
export * from './limiter';
export * from './rate-limits';
