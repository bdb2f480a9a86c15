import { ValidationError, ValidationPipe } from '@nestjs/common';
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
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: false,
  forbidUnknownValues: false,
  validateCustomDecorators: false,
  exceptionFactory: (errors) => {
    const p = firstProblem(errors) ?? { field: 'input', message: 'Dữ liệu không hợp lệ.' };
    return badInput(p.field, p.message);
  },
});
