import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { preloadCharts } from './charts-chunk.tsx';
import { prepareMapGeometry } from '../features/map/index.ts';
import './app.css';
import { AppProviders } from './providers.tsx';
import { createQueryClient } from './query-client.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppProviders client={createQueryClient()}>
      <App />
    </AppProviders>
  </StrictMode>,
);
preloadCharts();
// While the data files load: the browser is idle once the first render has requested them.
if (typeof requestIdleCallback === 'function') requestIdleCallback(prepareMapGeometry);
else setTimeout(prepareMapGeometry, 0);
