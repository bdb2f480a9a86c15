export * from './entities';
export * from './types';
export * from './messaging.service';
export * from './messaging.resolver';
export * from './messaging.module';
