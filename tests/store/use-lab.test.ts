import { act, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { LabStoreProvider, useLab } from '../../src/store/use-lab.ts';
import { storeWithPort } from './fake-port.ts';

describe('useLab', () => {
  it('reads one value from the provided store and re-renders when it changes', () => {
    const { store } = storeWithPort();
    const wrapper = ({ children }: { children: ReactNode }) => createElement(LabStoreProvider, { store }, children);
    let renders = 0;
    const { result } = renderHook(
      () => {
        renders += 1;
        return useLab((s) => s.presenter);
      },
      { wrapper },
    );
    expect(result.current).toBe(false);
    act(() => store.getState().setBnView('raw'));
    expect(renders).toBe(1);
    act(() => store.getState().togglePresenter());
    expect(result.current).toBe(true);
    expect(renders).toBe(2);
  });

  it('says what is missing when there is no provider', () => {
    expect(() => renderHook(() => useLab((s) => s.presenter))).toThrow(/LabStoreProvider/);
  });
});
