export * from './provinces';
export * from './professions';
export * from './specialties';
export * from './facilities';
export * from './roles';
export * from './text';
