export * from './thread';
