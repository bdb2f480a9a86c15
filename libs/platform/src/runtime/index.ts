export * from './core.module';
export * from './open-database';
export * from './runtime';
