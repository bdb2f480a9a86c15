/**
 * GraphQL codegen for the web app (apps/web).
 *
 *   npx graphql-codegen --config codegen.ts
 *
 * Schema: schema.graphql at the repo root (generated from the API by
 * `npm run schema:generate`, committed).
 *
 * Output (apps/web/src/gql/) is committed; it only depends on the schema and the documents,
 * so regenerating on an unchanged tree produces identical files (CI checks this).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

const root = typeof __dirname === 'string' ? __dirname : process.cwd();
if (!existsSync(join(root, 'schema.graphql'))) {
  throw new Error('codegen: schema.graphql is missing at the repository root (run npm run schema:generate)');
}
const schema = relative(process.cwd(), join(root, 'schema.graphql')) || 'schema.graphql';

const config: CodegenConfig = {
  schema,
  documents: [relative(process.cwd(), join(root, 'apps/web/src/**/*.{ts,tsx}')), '!' + relative(process.cwd(), join(root, 'apps/web/src/gql/**/*'))],
  ignoreNoDocuments: true,
  generates: {
    [relative(process.cwd(), join(root, 'apps/web/src/gql')) + '/']: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      // Put __typename into every selection set of the generated documents, as Apollo's cache
      // does at run time, so the types say it is there (optimistic responses, cache writes).
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          JSON: 'unknown',
        },
        avoidOptionals: false,
        nonOptionalTypename: true,
        dedupeFragments: true,
      },
    },
  },
};

export default config;
