import { beforeAll, describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import i18next from 'i18next';
import { en } from '../../app/i18n/en';
import { vi } from '../../app/i18n/vi';
import { mapApiError } from './errors';

const serverError = (message: string, extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('mapApiError speaks the interface language', () => {
  beforeAll(async () => {
    await i18next.init({
      resources: { vi: { translation: vi }, en: { translation: en } },
      lng: 'vi',
      fallbackLng: 'vi',
      interpolation: { escapeValue: false },
    });
  });

  it('in Vietnamese shows the server text, which names what is wrong', async () => {
    await i18next.changeLanguage('vi');
    const mapped = mapApiError(serverError('Địa chỉ email đã được sử dụng.', { code: 'BAD_USER_INPUT', field: 'email' }), ['email']);
    expect(mapped.fieldErrors.email).toBe('Địa chỉ email đã được sử dụng.');
    const alert = mapApiError(serverError('Bạn không có quyền xem hồ sơ này.', { code: 'FORBIDDEN' })).alert;
    expect(alert).toEqual({ code: 'FORBIDDEN', message: 'Bạn không có quyền xem hồ sơ này.' });
  });

  it('in English never shows Vietnamese server text: its own text per code and field', async () => {
    await i18next.changeLanguage('en');
    const mapped = mapApiError(serverError('Địa chỉ email đã được sử dụng.', { code: 'BAD_USER_INPUT', field: 'input.email' }), ['email']);
    expect(mapped.fieldErrors.email).toBe(en.errors.field.invalid);
    expect(mapApiError(serverError('Bạn không có quyền.', { code: 'FORBIDDEN' })).alert).toEqual({ code: 'FORBIDDEN', message: null });
    const limited = mapApiError(serverError('Quá nhiều lần thử.', { code: 'RATE_LIMITED', retryAfterSeconds: 42 })).alert;
    expect(limited?.message).toBe('You are going too fast. Please try again in 42 seconds.');
  });

  it('never shows an internal error text', async () => {
    await i18next.changeLanguage('vi');
    expect(mapApiError(serverError('boom', { code: 'INTERNAL_SERVER_ERROR' })).alert).toEqual({ code: 'UNKNOWN', message: null });
  });
});
