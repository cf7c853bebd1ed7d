/** The root component: the store for everything below, and a last error boundary. */

import { LabStoreProvider } from '../store/use-lab.ts';
import type { LabStore } from '../store/lab-state.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { LabShell } from './lab-shell.tsx';

export function App({ store }: { readonly store: LabStore }) {
  return (
    <LabStoreProvider store={store}>
      <ErrorBoundary area="page" onRestart={() => store.getState().restartWorker()}>
        <LabShell />
      </ErrorBoundary>
    </LabStoreProvider>
  );
}
