export * from './entities';
export * from './types';
export * from './events';
export * from './push.service';
export * from './push.listener';
export * from './push.resolver';
