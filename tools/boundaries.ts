/**
 * Which lib names which other lib's tables in SQL (CONTRIBUTING.md "Boundaries between
 * features"). Reads sources with the TypeScript scanner, so only string and template
 * literals are searched: comments and identifiers never count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

export const ROOT = join(__dirname, '..');
const LIBS = join(ROOT, 'libs');

/** Libs whose tables everyone may use (generic: attachments, audit_log …) or that have none. */
export const SHARED_LIBS = new Set(['platform', 'reference']);

export interface Occurrence {
  lib: string;
  table: string;
  owner: string;
  /** path from the repository root, and 1-based line */
  file: string;
  line: number;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') yield* sourceFiles(p);
    } else if (/\.tsx?$/.test(e.name) && !/\.(spec|test|d)\.tsx?$/.test(e.name)) {
      yield p;
    }
  }
}

export const libNames = (): string[] =>
  readdirSync(LIBS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

/** Every string and template-literal piece of a file, with its offset in the source. */
function literals(text: string): { value: string; start: number }[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, /* skipTrivia */ true, ts.LanguageVariant.Standard, text);
  const out: { value: string; start: number }[] = [];
  const braces: number[] = []; // for each open `${`, the brace depth it started at
  let depth = 0;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.OpenBraceToken) depth++;
    else if (kind === ts.SyntaxKind.CloseBraceToken) {
      if (braces.length && braces[braces.length - 1] === depth) {
        kind = scanner.reScanTemplateToken(false);
        braces.pop();
        if (kind === ts.SyntaxKind.TemplateMiddle) braces.push(depth);
        out.push({ value: scanner.getTokenText(), start: scanner.getTokenStart() });
        continue;
      }
      depth--;
    } else if (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) {
      kind = scanner.reScanSlashToken();
    }
    if (kind === ts.SyntaxKind.TemplateHead) braces.push(depth);
    if (kind === ts.SyntaxKind.StringLiteral || kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral || kind === ts.SyntaxKind.TemplateHead) {
      out.push({ value: scanner.getTokenText(), start: scanner.getTokenStart() });
    }
  }
  return out;
}

/** Table names declared with `@Entity('name')` or `@Entity({ name: 'name' })` in each lib. */
export function tablesByLib(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const entity = /@Entity\(\s*(?:'([a-z0-9_]+)'|"([a-z0-9_]+)"|\{[^}]*?\bname\s*:\s*['"]([a-z0-9_]+)['"])/g;
  for (const lib of libNames()) {
    const tables = new Set<string>();
    for (const file of sourceFiles(join(LIBS, lib, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(entity)) tables.add(m[1] ?? m[2] ?? m[3]);
    }
    out.set(lib, tables);
  }
  return out;
}

/** The table as an SQL identifier after FROM / JOIN / INTO / UPDATE (optionally "quoted", public.-qualified). */
const SQL_TABLE = /\b(?:FROM|JOIN|INTO|UPDATE)\s+(?:ONLY\s+)?(?:public\.)?"?([a-z_][a-z0-9_]*)"?/gi;

/** The tables a source file's string and template literals name as SQL identifiers, with their 1-based lines. */
export function sqlTableReferences(text: string): { table: string; line: number }[] {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const out: { table: string; line: number }[] = [];
  for (const lit of literals(text)) {
    for (const m of lit.value.matchAll(SQL_TABLE)) out.push({ table: m[1], line: lineOf(lit.start + m.index) });
  }
  return out;
}

/** Each place a lib's SQL names a table owned by another (non-shared) lib. */
export function crossLibTableUses(): Occurrence[] {
  const owners = new Map<string, string>();
  for (const [lib, tables] of tablesByLib()) if (!SHARED_LIBS.has(lib)) for (const t of tables) owners.set(t, lib);
  const found: Occurrence[] = [];
  for (const lib of libNames()) {
    for (const file of sourceFiles(join(LIBS, lib, 'src'))) {
      for (const { table, line } of sqlTableReferences(readFileSync(file, 'utf8'))) {
        const owner = owners.get(table);
        if (owner && owner !== lib) found.push({ lib, table, owner, file: relative(ROOT, file), line });
      }
    }
  }
  return found;
}
