export * from './data-source';
export * from './embedded-postgres';
export * from './ids';
export * from './snake-naming';
