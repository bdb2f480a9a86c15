export * from './entities';
export * from './types';
export * from './notifications.queries';
export * from './notifications.service';
export * from './notifications.listener';
export * from './notifications.resolver';
export * from './notifications.module';
export * from './push';
