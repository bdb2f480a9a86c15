import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationArguments } from 'class-validator';
import type { Parsed } from './content';

/**
 * Validates and normalises a field with a parser: the input type receives the normalised
 * value (trimmed, capped, deduplicated), and a refusal becomes BAD_USER_INPUT naming the
 * field with the parser's message. Parsers are idempotent, so validating the normalised
 * value passes.
 */
export function ParsedBy<T>(parse: (value: unknown, input: object) => Parsed<T>): PropertyDecorator {
  const problemOf = (value: unknown, input: object): string | null => {
    const r = parse(value, input);
    return 'problem' in r ? r.problem : null;
  };
  return applyDecorators(
    Transform(({ value, obj }) => {
      const r = parse(value, obj as object);
      return 'value' in r ? r.value : value;
    }),
    ValidateBy({
      name: 'parsedBy',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => problemOf(value, args?.object ?? {}) === null,
        defaultMessage: (args?: ValidationArguments) => problemOf(args?.value, args?.object ?? {}) ?? '',
      },
    }),
  );
}

/** Trimmed text of at most `max` characters; `required` refuses empty text with `emptyMessage`. */
export function trimmedText(max: number, tooLong: string, empty?: string) {
  return (value: unknown): Parsed<string | null> => {
    if (value !== null && value !== undefined && typeof value !== 'string') return { problem: 'Giá trị không hợp lệ.' };
    const text = (value ?? '').trim();
    if (!text && empty) return { problem: empty };
    if (text.length > max) return { problem: tooLong };
    return { value: text || null };
  };
}
