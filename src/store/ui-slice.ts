/** View settings that only the page cares about. */

import type { RunConfig } from '../protocol/config.ts';
import type { LabSlice, LinkView, UiSlice } from './lab-state.ts';

function clampIndex(value: number, count: number): number {
  const whole = Number.isFinite(value) ? Math.trunc(value) : 0;
  return Math.min(Math.max(whole, 0), Math.max(count - 1, 0));
}

/** A layer and unit that exist in a net with these hidden widths. */
export function clampSelection(
  layer: number,
  unit: number,
  hidden: readonly number[],
): { selectedLayer: number; selectedUnit: number } {
  const selectedLayer = clampIndex(layer, hidden.length);
  return { selectedLayer, selectedUnit: clampIndex(unit, hidden[selectedLayer] ?? 0) };
}

/** The view a page opens with: every panel open, and Fig. 1(b,c) on a typical sigmoid of the last hidden layer. */
export function defaultView(config: RunConfig): LinkView {
  return {
    selectedLayer: config.hidden.length - 1,
    selectedUnit: 0,
    ridgeline: 'ridge',
    bnView: 'normalized',
    statsMode: 'batch',
    bnDetail: false,
    sidebarCollapsed: false,
    lessonCollapsed: false,
    presenter: false,
  };
}

export const createUiSlice =
  (config: RunConfig, view: Partial<LinkView> = {}): LabSlice<UiSlice> =>
  (set) => {
    const start = { ...defaultView(config), ...view };
    return {
      ...start,
      ...clampSelection(start.selectedLayer, start.selectedUnit, config.hidden),
      helpOpen: false,
      exportOpen: false,
      shareOpen: false,
      qrOpen: false,
      setPresenter: (presenter) => set({ presenter }),
      togglePresenter: () => set((s) => ({ presenter: !s.presenter })),
      setHelpOpen: (helpOpen) => set({ helpOpen }),
      toggleHelp: () => set((s) => ({ helpOpen: !s.helpOpen })),
      setExportOpen: (exportOpen) => set({ exportOpen }),
      setShareOpen: (shareOpen) => set({ shareOpen }),
      setQrOpen: (qrOpen) => set({ qrOpen }),
      toggleQr: () => set((s) => ({ qrOpen: !s.qrOpen })),
      selectLayer: (layer) => set((s) => clampSelection(layer, s.selectedUnit, s.config.hidden)),
      selectUnit: (unit) => set((s) => clampSelection(s.selectedLayer, unit, s.config.hidden)),
      setRidgeline: (ridgeline) => set({ ridgeline }),
      setBnView: (bnView) => set({ bnView }),
      setStatsMode: (statsMode) => set({ statsMode }),
      setBnDetail: (bnDetail) => set({ bnDetail }),
      setSidebarCollapsed: (sidebarCollapsed) => set({ sidebarCollapsed }),
      toggleSidebar: () => set((s) => ({ sidebarCollapsed: !s.sidebarCollapsed })),
      setLessonCollapsed: (lessonCollapsed) => set({ lessonCollapsed }),
    };
  };
