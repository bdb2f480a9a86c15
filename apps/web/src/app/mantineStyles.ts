let loading: Promise<void> | undefined;

/**
 * Links Mantine's whole style sheet right after the first-load part of it (see
 * build/mantine-styles.ts, which names it in `data-mantine-full`), resolving once it applies.
 * Without that link (dev server) the whole sheet is there already.
 */
export function loadMantineStyles(): Promise<void> {
  const first = document.querySelector<HTMLLinkElement>('link[data-mantine-full]');
  const href = first?.dataset.mantineFull;
  if (!first || !href) return Promise.resolve();
  return (loading ??= new Promise<void>((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.crossOrigin = '';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => {
      link.remove();
      loading = undefined;
      reject(new Error(`style sheet ${href} did not load`));
    };
    first.after(link);
  }));
}
