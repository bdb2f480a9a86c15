import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';
import { NodeInterface } from '../../graphql/node';
import { FILE_NAME_MAX } from './upload-policy';

export enum UploadPurpose {
  AVATAR = 'AVATAR',
  POST_MEDIA = 'POST_MEDIA',
  MESSAGE_ATTACHMENT = 'MESSAGE_ATTACHMENT',
  CASE_ATTACHMENT = 'CASE_ATTACHMENT',
  BROADCAST_DOCUMENT = 'BROADCAST_DOCUMENT',
  ROSTER = 'ROSTER',
}

registerEnumType(UploadPurpose, {
  name: 'UploadPurpose',
  description: 'What a file is for; decides the allowed types and sizes',
  valuesMap: {
    AVATAR: { description: 'JPEG, PNG or WebP, up to 5 MB; the only purpose open to unverified accounts' },
    POST_MEDIA: { description: 'Images up to 10 MB, PDF up to 20 MB, MP4/WebM video up to 100 MB' },
    MESSAGE_ATTACHMENT: { description: 'Images up to 10 MB, PDF up to 20 MB, MP4/WebM video up to 50 MB' },
    CASE_ATTACHMENT: { description: 'Images up to 20 MB, PDF up to 20 MB, DICOM up to 200 MB' },
    BROADCAST_DOCUMENT: { description: 'Official documents: PDF up to 20 MB, stored byte for byte (metadata kept, never rewritten)' },
    ROSTER: { description: 'Tabular data for staffing analytics: CSV (text/csv) or XLSX, up to 20 MB; never served back' },
  },
});

@InputType()
export class RequestUploadInput {
  @Field(() => UploadPurpose)
  @IsEnum(UploadPurpose, { message: 'Mục đích tải lên không hợp lệ.' })
  purpose: UploadPurpose;

  @Field({ description: 'Original file name, 1–200 characters, without folders' })
  @IsString({ message: 'Vui lòng nhập tên tệp.' })
  @Length(1, FILE_NAME_MAX, { message: `Tên tệp phải có từ 1 đến ${FILE_NAME_MAX} ký tự.` })
  fileName: string;

  @Field({ description: 'MIME type the browser reports, e.g. image/jpeg' })
  @IsString({ message: 'Loại tệp không hợp lệ.' })
  @MaxLength(100, { message: 'Loại tệp không hợp lệ.' })
  contentType: string;

  @Field(() => Int, { description: 'Size in bytes' })
  @IsInt({ message: 'Kích thước tệp không hợp lệ.' })
  @Min(1, { message: 'Kích thước tệp không hợp lệ.' })
  @Max(2_000_000_000, { message: 'Tệp quá lớn.' })
  size: number;
}

@ObjectType('UploadTicket', { description: 'Send the file with `method` to `url` with `headers`, then call completeUpload' })
export class UploadTicketType {
  @Field(() => ID)
  uploadId: string;

  @Field()
  url: string;

  @Field()
  method: string;

  @Field(() => GraphQLJSON, { nullable: true })
  headers: Record<string, string>;

  @Field()
  expiresAt: Date;
}

@ObjectType('ImageRendition', { description: 'A resized copy of an image (WebP)' })
export class ImageRenditionType {
  @Field(() => Int)
  width: number;

  @Field(() => String, { description: 'Short-lived download URL' })
  url: string;
}

@ObjectType('Attachment', { implements: () => [NodeInterface] })
export class AttachmentType {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int, { description: 'Bytes, as stored (after metadata was stripped)' })
  size: number;

  // url and thumbnailUrl: field resolvers (short-lived presigned GETs).
}
