export * from './attachment.entity';
export * from './upload-policy';
export * from './content-check';
export * from './uploads.service';
export * from './uploads.types';
export * from './uploads.resolver';
export * from './uploads.module';
export * from '../files.controller';
