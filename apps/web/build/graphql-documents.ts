import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, print, type DocumentNode } from 'graphql';
import type { Plugin } from 'vite';

/**
 * Replaces every `graphql(\`…\`)` call in the web app with an import of the document that
 * codegen generated for it (`FooDocument` / `FooFragmentDoc` in src/gql/graphql.ts), as the
 * client preset's babel plugin does. Without it, `graphql()` pulls gql.ts's map of every
 * operation of the app into the first chunk (≈ 300 KB of the login page). Each document is
 * served as its own small module (`virtual:gql/<Name>`, cut from graphql.ts, where codegen
 * writes one document per line), so it lands in the chunk of the page that uses it.
 */
export function graphqlDocuments(webRoot: string): Plugin {
  const generated = resolve(webRoot, 'src/gql/graphql.ts');
  const gqlDir = resolve(webRoot, 'src/gql');
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  const prefix = 'virtual:gql/';
  let documents: Map<string, string> | undefined;
  const loadDocuments = (): Map<string, string> => {
    if (!documents) {
      documents = new Map();
      for (const line of readFileSync(generated, 'utf8').split('\n')) {
        const m = /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/.exec(line);
        if (m) documents.set(m[1], m[2]);
      }
    }
    return documents;
  };
  const documentSource = (name: string): string => {
    const body = loadDocuments().get(name);
    if (!body) throw new Error(`graphql-documents: ${name} is not in src/gql/graphql.ts (run npm run codegen)`);
    return `export const ${name} = ${body};\n`;
  };
  const importLine = /^import \{ graphql \} from '[./]+\/gql';\n/m;
  // `print(FooDocument)` (a request sent without Apollo) becomes the query text, printed here, so
  // the first chunk carries no GraphQL printer.
  const printCall = /\bprint\((\w+(?:Document|FragmentDoc))\)/g;
  const printDocuments = (code: string): string =>
    code.replace(printCall, (call: string, name: string) => {
      const body = loadDocuments().get(name);
      return body ? JSON.stringify(print(JSON.parse(body) as DocumentNode)) : call;
    });
  return {
    name: 'ketnoi-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = undefined;
    },
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id) {
      return id.startsWith(`\0${prefix}`) ? documentSource(id.slice(prefix.length + 1)) : null;
    },
    transform(code, id) {
      if (!id.startsWith(resolve(webRoot, 'src')) || id.startsWith(gqlDir) || !/\.tsx?$/.test(id)) return null;
      if (!code.includes('graphql(`')) {
        const out = printDocuments(code);
        return out === code ? null : { code: out, map: null };
      }
      const names = new Set<string>();
      const out = code.replace(call, (_m, source: string) => {
        const first = parse(source).definitions[0];
        if (first?.kind === 'OperationDefinition' && first.name) {
          names.add(`${first.name.value.charAt(0).toUpperCase()}${first.name.value.slice(1)}Document`);
          return `${first.name.value.charAt(0).toUpperCase()}${first.name.value.slice(1)}Document`;
        }
        if (first?.kind === 'FragmentDefinition') {
          names.add(`${first.name.value}FragmentDoc`);
          return `${first.name.value}FragmentDoc`;
        }
        throw new Error(`graphql-documents: unnamed document in ${id}`);
      });
      if (/\bgraphql\(/.test(out)) throw new Error(`graphql-documents: a graphql() call left in ${id}`);
      // A file that exports `const FooDocument = graphql(...)` would now say `const FooDocument = FooDocument`.
      const exported = out.replace(/export const (\w+) = \1;\n?/g, 'export { $1 };\n').replace(/const (\w+) = \1;\n?/g, '');
      const imports = [...names].map((n) => `import { ${n} } from '${prefix}${n}';\n`).join('');
      return { code: printDocuments(imports + exported.replace(importLine, '')), map: null };
    },
  };
}
