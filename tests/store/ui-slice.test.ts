import { describe, expect, it } from 'vitest';
import { storeWithPort } from './fake-port.ts';

describe('ui slice', () => {
  it('starts with controls shown, ridgelines, the normalized BN view and the last hidden layer', () => {
    const { store } = storeWithPort();
    expect(store.getState()).toMatchObject({
      presenter: false,
      helpOpen: false,
      selectedLayer: 2,
      selectedUnit: 0,
      ridgeline: 'ridge',
      bnView: 'normalized',
      sidebarCollapsed: false,
    });
  });

  it('toggles presenter mode, help and the sidebar without talking to the worker', () => {
    const { store, port } = storeWithPort();
    const s = store.getState();
    s.togglePresenter();
    s.toggleHelp();
    s.toggleSidebar();
    s.setRidgeline('overlay');
    s.setBnView('raw');
    expect(store.getState()).toMatchObject({ presenter: true, helpOpen: true, sidebarCollapsed: true });
    expect(store.getState()).toMatchObject({ ridgeline: 'overlay', bnView: 'raw' });
    expect(port.sent).toEqual([]);
  });

  it('selecting a layer or unit outside the net clamps it', () => {
    const { store } = storeWithPort();
    store.getState().selectLayer(7);
    store.getState().selectUnit(-3);
    expect(store.getState()).toMatchObject({ selectedLayer: 2, selectedUnit: 0 });
  });
});
