import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** Always first: reset, CSS variables, the classes every component shares (styles.css starts with them). */
const BASE = ['baseline', 'default-css-variables', 'global'];
const COMPONENT = /@mantine[\\/]core[\\/]esm[\\/]components[\\/]([^\\/]+)[\\/]/;

/**
 * Mantine's style sheet in two steps, with the cascade of the one sheet. The first load links
 * only the styles of the Mantine components in the entry chunk (read from the build, so no list
 * to keep): `assets/mantine-first-*.css`, before the app's own sheet, ~11 of 30 KB compressed.
 * The whole `@mantine/core/styles.css` (`assets/mantine-*.css`, named in that link's
 * `data-mantine-full`) is inserted right after it when the signed-in app loads
 * (app/mantineStyles.ts). Every rule of the first sheet comes again, in the same order, in the
 * whole one, and both come before the app's sheets, so every rule wins or loses as it did with
 * the whole sheet alone. The dev server imports the whole sheet ahead of main.tsx.
 */
export function mantineStyles(webRoot: string): Plugin {
  const fullSheet = createRequire(join(webRoot, 'index.html')).resolve('@mantine/core/styles.css');
  const perComponent = join(dirname(fullSheet), 'styles');
  return {
    name: 'ketnoi-mantine-styles',
    transformIndexHtml: {
      order: 'pre',
      handler(_html, ctx) {
        // before main.tsx, so before the app's styles, as in the build
        if (ctx.server) return [{ tag: 'script', attrs: { type: 'module' }, children: "import '@mantine/core/styles.css';", injectTo: 'head-prepend' }];
        return undefined;
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const entry = Object.values(bundle).find((file): file is OutputChunk => file.type === 'chunk' && file.isEntry);
        const page = bundle['index.html'];
        if (!entry || !page || page.type !== 'asset') throw new Error('mantine-styles: no entry chunk or index.html in the bundle');
        const whole = readFileSync(fullSheet, 'utf8');
        const used = new Set(BASE);
        for (const id of entry.moduleIds) {
          const m = COMPONENT.exec(id);
          if (m) used.add(m[1]);
        }
        const parts = [...used]
          .map((name) => join(perComponent, `${name}.css`))
          .filter((file) => existsSync(file))
          .map((file) => {
            const css = readFileSync(file, 'utf8').trim();
            const at = whole.indexOf(css);
            if (at < 0) throw new Error(`mantine-styles: ${file} is not part of styles.css`);
            return { at, css };
          })
          .sort((a, b) => a.at - b.at);
        const first = this.getFileName(this.emitFile({ type: 'asset', name: 'mantine-first.css', source: parts.map((p) => p.css).join('\n') }));
        const all = this.getFileName(this.emitFile({ type: 'asset', name: 'mantine.css', source: whole }));
        const html = String(page.source);
        const at = html.indexOf('<link rel="stylesheet"');
        if (at < 0) throw new Error('mantine-styles: index.html links no style sheet');
        page.source = `${html.slice(0, at)}<link rel="stylesheet" crossorigin href="/${first}" data-mantine-full="/${all}">\n    ${html.slice(at)}`;
      },
    },
  };
}
