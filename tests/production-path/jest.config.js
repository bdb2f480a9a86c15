// `npm run test:production-path`: the production media path (LIVE_MEDIA=external) against real
// nginx with libnginx-mod-rtmp from Debian. Not part of `npm test` (which must pass without
// nginx); `.ci/run` installs the packages and runs it. Same transforms and database as the API tests.
const base = require('../../jest.config');

module.exports = {
  ...base,
  rootDir: '../..',
  roots: ['<rootDir>/tests/production-path'],
  testMatch: ['**/tests/production-path/**/*.test.ts'],
  maxWorkers: 1,
};
