// Mantine's styles: linked by the build (build/mantine-styles.ts, app/mantineStyles.ts).
import './app/global.css';
import { i18nReady } from './app/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './features/settings/push';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
const render = () =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
void i18nReady.then(render, render);
// The built app works offline and receives push; the dev server does not register the worker.
if (import.meta.env.PROD) registerServiceWorker();
