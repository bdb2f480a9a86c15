import { failureReport } from './process-failures';

describe('failureReport', () => {
  it('says that a rejection had no reason instead of printing "undefined"', () => {
    expect(failureReport(undefined)).toEqual({ errorType: 'undefined', message: 'rejected without a reason (undefined)' });
  });

  it('keeps the message and follows the cause', () => {
    const e = new Error('embedded PostgreSQL failed to start in /data/postgres/cluster: port in use', { cause: new Error('bind failed') });
    expect(failureReport(e)).toMatchObject({
      errorClass: 'Error',
      message: 'embedded PostgreSQL failed to start in /data/postgres/cluster: port in use',
      cause: { errorClass: 'Error', message: 'bind failed' },
    });
  });

  it('drops the message, detail and parameters of database errors, which can carry stored values', () => {
    const e = Object.assign(new Error('duplicate key value violates unique constraint'), {
      name: 'QueryFailedError',
      code: '23505',
      detail: 'Key (email)=(a@b.vn) already exists.',
      parameters: ['a@b.vn'],
    });
    const report = failureReport(e);
    expect(report).toMatchObject({ errorClass: 'QueryFailedError', errorCode: '23505' });
    expect(JSON.stringify(report)).not.toMatch(/a@b\.vn|duplicate key/);
  });
});
