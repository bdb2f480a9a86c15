import { createTheme, darken, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** Brand teal; shade 7 (#0b7285) carries white text at 5.6:1. */
const ketnoi: MantineColorsTuple = ['#e3f8fa', '#c3eef2', '#93dee6', '#5fcbd6', '#33b7c5', '#1aa3b3', '#10899a', '#0b7285', '#09606f', '#074d59'];

export const theme = createTheme({
  primaryColor: 'ketnoi',
  primaryShade: { light: 7, dark: 5 },
  colors: { ketnoi },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  },
  cursorType: 'pointer',
  focusRing: 'auto',
  // Every tab list, everywhere: one row that scrolls sideways on a phone, labels never cut
  // ("Hàng ch…"); see global.css. A plain entry (not Tabs.extend) keeps Tabs out of the first chunk.
  components: {
    Tabs: { classNames: { list: 'kn-tabs-list', tab: 'kn-tab', tabLabel: 'kn-tab-label' } },
    // A loader is a <span>: its aria-label ("Đang tải…") needs a role to be allowed and announced
    // (axe aria-prohibited-attr, seen on the feed while it loads).
    Loader: { defaultProps: { role: 'status' } },
  },
});

/**
 * Contrast fixes for WCAG AA on white: Mantine's default dimmed text (gray.6), placeholder
 * (gray.5), error text (red.6) and "light" variant text colours are too pale for small text.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const lightColors: Record<string, string> = {};
  for (const name of Object.keys(t.colors)) {
    lightColors[`--mantine-color-${name}-light-color`] = darken(t.colors[name][9], 0.3);
  }
  return {
    variables: {},
    light: {
      ...lightColors,
      '--mantine-color-dimmed': '#4f575e',
      '--mantine-color-placeholder': '#6b7178',
      '--mantine-color-error': '#c92a2a',
      '--mantine-color-anchor': ketnoi[8],
    },
    dark: {},
  };
};
