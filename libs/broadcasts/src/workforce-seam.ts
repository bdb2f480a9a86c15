import type { TargetLists } from './targeting';

/**
 * SEAM for the workforce registry (libs/workforce, being built in parallel): how many
 * targeted roster staff have no platform account. Until that registry exists there are no
 * rosters, so the count is 0. When it lands, provide WORKFORCE_REACH from the workforce
 * module with a real implementation (rosters × the same target lists); nothing else here
 * changes.
 */
export interface WorkforceReach {
  notOnPlatform(target: TargetLists): Promise<number>;
}
export const WORKFORCE_REACH = Symbol('WORKFORCE_REACH');

export const NO_WORKFORCE_REGISTRY: WorkforceReach = { notOnPlatform: () => Promise.resolve(0) };
