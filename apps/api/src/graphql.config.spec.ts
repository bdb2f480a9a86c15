import { loadConfig } from '@ketnoi/platform';
import { createLogger } from '@ketnoi/platform';
import type { AuthService } from '@ketnoi/identity';
import { generateVAPIDKeys } from 'web-push';

const vapid = () => {
  const keys = generateVAPIDKeys();
  return { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey, VAPID_SUBJECT: 'mailto:ops@ketnoi.invalid' };
};
import { graphqlOptions } from './graphql.config';

const auth = {} as AuthService;
const logger = createLogger('silent');

describe('GraphQL options', () => {
  it('turns introspection off in production and keeps playground and stack traces off everywhere', () => {
    const prod = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@db/ketnoi',
      S3_ENDPOINT: 'https://s3.example.vn',
      S3_BUCKET: 'ketnoi',
      S3_ACCESS_KEY: 'k',
      S3_SECRET_KEY: 's',
      JWT_SECRET: 'x'.repeat(40),
      ...vapid(),
    });
    const dev = loadConfig({ DATA_DIR: '/tmp/ketnoi-graphql-config-spec' });
    expect(graphqlOptions(prod, auth, logger)).toMatchObject({
      introspection: false,
      hideSchemaDetailsFromClientErrors: true,
      playground: false,
      includeStacktraceInErrorResponses: false,
      csrfPrevention: true,
    });
    expect(graphqlOptions(dev, auth, logger)).toMatchObject({ introspection: true, playground: false, includeStacktraceInErrorResponses: false });
  });
});

describe('GraphQL error suggestions', () => {
  const env = {
    DATABASE_URL: 'postgres://u:p@db/ketnoi',
    S3_ENDPOINT: 'https://s3.example.vn',
    S3_BUCKET: 'ketnoi',
    S3_ACCESS_KEY: 'k',
    S3_SECRET_KEY: 's',
    JWT_SECRET: 'x'.repeat(40),
    ...vapid(),
  };
  const validation = { message: 'Cannot query field "fullNam" on type "User". Did you mean "fullName"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  const variable = {
    message: 'Variable "$i" got invalid value { emial: "a" }; Field "emial" is not defined by type "LoginInput". Did you mean "email"?',
    extensions: { code: 'BAD_USER_INPUT' },
  };

  it('leaves out "Did you mean …" in production (the schema stays hidden), keeps it in development', () => {
    const prod = graphqlOptions(loadConfig({ NODE_ENV: 'production', ...env }), auth, logger).formatError!;
    const dev = graphqlOptions(loadConfig({ DATA_DIR: '/tmp/ketnoi-graphql-config-spec' }), auth, logger).formatError!;
    expect(prod(validation, validation).message).toBe('Cannot query field "fullNam" on type "User".');
    expect(prod(variable, variable).message).toBe('Variable "$i" got invalid value { emial: "a" }; Field "emial" is not defined by type "LoginInput".');
    expect(dev(validation, validation).message).toMatch(/Did you mean "fullName"\?/);
  });
});
