/**
 * Entry point: the store from the link, the worker behind it, the URL kept in step, the page, and the run a link
 * names with `run=` (a saved run on this site, shown as a recording).
 */

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openRunUrl } from '../panels/load-run.ts';
import { syncUrl } from '../store/address-bar.ts';
import { parseUrlState } from '../store/url-state.ts';
import { createLabStore } from '../store/lab-store.ts';
import { App } from './app.tsx';
import { webSweepPort } from './sweep-workers.ts';
import { createWorkerConnection, defaultDataUrl } from './worker-connection.ts';
import './styles.css';

const parsed = parseUrlState(location.search);
const runLink = new URLSearchParams(location.search).get('run');
const connection = createWorkerConnection();
const store = createLabStore(connection, parsed, webSweepPort(defaultDataUrl()));
connection.attach(store);
syncUrl(store);
if (runLink !== null) void openRunUrl(store, runLink);
// on a phone or a narrow window the settings would push the charts below the fold
if (globalThis.matchMedia?.('(max-width: 900px)').matches) store.getState().setSidebarCollapsed(true);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
