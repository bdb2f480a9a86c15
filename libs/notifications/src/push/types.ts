import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';

/** The kinds of Web Push a user can turn off one by one. */
export type PushKind = 'MESSAGE' | 'CONSULTATION' | 'MENTION' | 'BROADCAST';

/** What a push carries: a kind and ids, never text (the app fetches the rest once opened). */
export interface PushPayload {
  kind: PushKind;
  /** e.g. { conversationId, messageId } or { notificationId, targetId }: ids only. */
  ids: Record<string, string>;
}

@ObjectType('PushSettings')
export class PushSettingsType {
  @Field()
  messages: boolean;
  @Field()
  consultations: boolean;
  @Field()
  mentions: boolean;
  @Field({ description: 'Urgent announcements from the ministry / department of health' })
  broadcasts: boolean;
}

@InputType()
export class UpdatePushSettingsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'Giá trị bật/tắt không hợp lệ.' })
  messages?: boolean;
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'Giá trị bật/tắt không hợp lệ.' })
  consultations?: boolean;
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'Giá trị bật/tắt không hợp lệ.' })
  mentions?: boolean;
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'Giá trị bật/tắt không hợp lệ.' })
  broadcasts?: boolean;
}

const B64URL = /^[A-Za-z0-9_-]+={0,2}$/;

@ArgsType()
export class RegisterPushSubscriptionArgs {
  @Field()
  @IsString()
  @Length(10, 1000, { message: 'Địa chỉ nhận thông báo đẩy không hợp lệ.' })
  endpoint: string;

  @Field()
  @IsString()
  @Matches(B64URL, { message: 'Khoá của trình duyệt không hợp lệ.' })
  @Length(80, 100, { message: 'Khoá của trình duyệt không hợp lệ.' })
  p256dh: string;

  @Field()
  @IsString()
  @Matches(B64URL, { message: 'Khoá xác thực của trình duyệt không hợp lệ.' })
  @Length(16, 30, { message: 'Khoá xác thực của trình duyệt không hợp lệ.' })
  auth: string;
}

@ArgsType()
export class UnregisterPushSubscriptionArgs {
  @Field()
  @IsString()
  @Length(10, 1000, { message: 'Địa chỉ nhận thông báo đẩy không hợp lệ.' })
  endpoint: string;
}
