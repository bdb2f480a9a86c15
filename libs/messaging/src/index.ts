export * from './entities';
export * from './types';
export * from './messaging.service';
export * from './messaging.resolver';
export * from './messaging.module';
export * from './calls.types';
export * from './calls.service';
export * from './calls.resolver';
