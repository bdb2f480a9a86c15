import { registerDecorator, type ValidationArguments } from 'class-validator';
import { MESSAGE_BODY_MAX } from './limits';
import { callSignalProblem } from './call-signal';

const EMPTY = 'Tin nhắn trống.';
const TOO_LONG = `Tin nhắn tối đa ${MESSAGE_BODY_MAX.toLocaleString('vi-VN')} ký tự.`;

/** What a message-like input may carry besides its text. */
interface MessageParts {
  attachmentIds?: string[] | null;
  sharedPostId?: string | null;
  sharedCaseId?: string | null;
}

function bodyProblem(value: unknown, object: MessageParts, textRequired: boolean): string | null {
  if (typeof value === 'string' && value.length > MESSAGE_BODY_MAX) return TOO_LONG;
  if (typeof value === 'string' && value.trim()) return null;
  if (!textRequired && (object.attachmentIds?.length || object.sharedPostId || object.sharedCaseId)) return null;
  return EMPTY;
}

/**
 * A message's text: at most MESSAGE_BODY_MAX characters, and not blank — unless
 * `textRequired` is false and the message carries attachments or a share instead.
 */
export function MessageBody(options: { textRequired: boolean }): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'messageBody',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => bodyProblem(value, args.object as MessageParts, options.textRequired) === null,
        defaultMessage: (args?: ValidationArguments) => (args ? (bodyProblem(args.value, args.object as MessageParts, options.textRequired) ?? EMPTY) : EMPTY),
      },
    });
  };
}

/** A call signal of the documented shape (see `parseCallSignal`); the message says what is wrong without echoing content. */
export function IsCallSignal(): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'callSignal',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => callSignalProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) => callSignalProblem(args?.value) ?? '',
      },
    });
  };
}
