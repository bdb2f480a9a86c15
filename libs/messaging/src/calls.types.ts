import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const CALL_MAX_PARTICIPANTS = 4;
export const CALL_SIGNAL_MAX_BYTES = 64 * 1024;
/** How long a TURN REST credential stays valid. */
export const TURN_CREDENTIAL_TTL_SECONDS = 24 * 60 * 60;

@ObjectType('IceServer', { description: 'One STUN/TURN server, as RTCPeerConnection takes it' })
export class IceServerType {
  @Field(() => [String])
  urls: string[];

  @Field(() => String, { nullable: true })
  username?: string | null;

  @Field(() => String, { nullable: true })
  credential?: string | null;
}

@ObjectType('CallSettings')
export class CallSettingsType {
  @Field(() => [IceServerType], {
    description: 'Empty: host candidates only (enough on one LAN). TURN servers may carry time-limited credentials for the viewer.',
  })
  iceServers: IceServerType[];

  @Field(() => Int, { description: 'The most people in one call (conversations with more participants cannot call)' })
  maxParticipants: number;

  @Field(() => Int, { description: 'An invite nobody accepts within this time ends as a missed call' })
  ringTimeoutSeconds: number;
}

/** How a call went, from its record (ANSWERED once someone joined; an unanswered call is DECLINED when an invitee declined it, MISSED otherwise). */
export enum CallOutcome {
  ONGOING = 'ONGOING',
  ANSWERED = 'ANSWERED',
  DECLINED = 'DECLINED',
  MISSED = 'MISSED',
}
registerEnumType(CallOutcome, {
  name: 'CallOutcome',
  description:
    'ONGOING; ANSWERED (someone joined); DECLINED (nobody joined and an invitee declined); MISSED (nobody joined: cancelled by the caller or not answered in time)',
});

export function callOutcome(c: { endedAt: Date | null; answeredAt: Date | null; declinedIds: string[] }): CallOutcome {
  if (!c.endedAt) return CallOutcome.ONGOING;
  if (c.answeredAt) return CallOutcome.ANSWERED;
  return c.declinedIds.length ? CallOutcome.DECLINED : CallOutcome.MISSED;
}

@ObjectType('CallRecord', { description: 'A call in a conversation (ongoing, or ended and recorded as a message)' })
export class CallRecordType {
  @Field(() => ID)
  id: string;

  @Field(() => Boolean)
  video: boolean;

  @Field(() => Date)
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the first invitee joined; null: nobody did' })
  answeredAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'null while ongoing' })
  endedAt: Date | null;
}
