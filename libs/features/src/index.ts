export * from './entities';
export * from './modules';
