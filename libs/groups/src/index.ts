export * from './entities';
export * from './types';
export * from './events';
export * from './group-access';
export * from './groups.service';
export * from './groups.resolver';
export * from './groups.module';
export * from './group-roles-sql';
