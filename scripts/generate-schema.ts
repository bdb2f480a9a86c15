/**
 * Writes schema.graphql from the code-first resolvers, without a database. The API
 * test suite checks that the running server's schema equals this file.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { printSchemaFile } from '../apps/api/src/schema';

const root = resolve(__dirname, '..', __dirname.includes('/dist/') ? '..' : '.');

printSchemaFile()
  .then((sdl) => {
    writeFileSync(join(root, 'schema.graphql'), sdl);
    console.log('wrote schema.graphql');
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
