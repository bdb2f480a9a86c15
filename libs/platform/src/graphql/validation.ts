import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from './errors';

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      const message = Object.values(e.constraints)[0];
      return { field, message };
    }
    const nested = firstProblem(e.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * class-validator on every input; the first problem becomes BAD_USER_INPUT naming the
 * field (`extensions.field`), so a form can show the message beside it.
 */
/** GraphQL parameter kinds are numbers (GqlParamtype); 3 is ARGS — the only client input. */
const GQL_ARGS = 3;

class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Parents, context and info are server data: transforming and validating them on every
    // field call costs CPU for nothing.
    if (typeof (metadata.type as unknown) === 'number' && (metadata.type as unknown) !== GQL_ARGS) return value;
    return super.transform(value, metadata);
  }
}

export const inputValidationPipe = new InputValidationPipe({
  transform: true,
  whitelist: false,
  forbidUnknownValues: false,
  validateCustomDecorators: false,
  exceptionFactory: (errors) => {
    const p = firstProblem(errors) ?? { field: 'input', message: 'Dữ liệu không hợp lệ.' };
    return badInput(p.field, p.message);
  },
});
