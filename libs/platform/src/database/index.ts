export * from './data-source';
export * from './embedded-postgres';
export * from './ids';
export * from './snake-naming';
export * from './storable';
export * from './sql';
export * from './text-search';
