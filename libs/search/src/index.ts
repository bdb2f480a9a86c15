export * from './entities';
export * from './types';
export * from './search.service';
export * from './search.resolver';
export * from './search.module';
