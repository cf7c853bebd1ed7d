/** The sides of the comparison, left to right: each net's name, colour, learning rate and divergence. */

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { netColor } from '../charts/theme.ts';
import type { Divergence, ProbeRecord } from '../protocol/history.ts';
import { netLr } from '../protocol/validate-config.ts';
import { selectNetStatus, selectProbeAt } from '../store/selectors.ts';
import { useLab } from '../store/use-lab.ts';

export interface Side {
  /** 0 = left */
  readonly index: number;
  /** "left", "right", … for labels that must not change when a net is renamed */
  readonly position: string;
  readonly name: string;
  readonly bn: boolean;
  readonly color: string;
  readonly lr: number;
  readonly diverged: Divergence | null;
}

/** Each net's divergence as primitives (step, reason), so an unchanged one does not re-render anything. */
function useDivergence(): readonly (number | string)[] {
  return useLab(
    useShallow((s) =>
      s.config.nets.flatMap((net) => {
        const d = selectNetStatus(s, net.name)?.diverged;
        return d ? [d.step, d.reason] : [-1, ''];
      }),
    ),
  );
}

export function useSides(): readonly Side[] {
  const config = useLab((s) => s.config);
  const divergence = useDivergence();
  return useMemo(
    () =>
      config.nets.map((net, index) => {
        const step = Number(divergence[2 * index] ?? -1);
        return {
          index,
          position: POSITIONS[index] ?? `side ${index + 1}`,
          name: net.name,
          bn: net.bn,
          color: netColor(net.name),
          lr: netLr(config, net),
          diverged: step >= 0 ? { step, reason: String(divergence[2 * index + 1]) } : null,
        };
      }),
    [config, divergence],
  );
}

const POSITIONS = ['left', 'right', 'third', 'fourth'];

const NONE: readonly ProbeRecord[] = [];

/** Each side's recorded probes (empty until its first probe arrives). */
export function useSideProbes(sides: readonly Side[]): readonly (readonly ProbeRecord[])[] {
  const probes = useLab((s) => s.probes);
  return useMemo(() => sides.map((side) => probes[side.name] ?? NONE), [probes, sides]);
}

/** Each side's probe at the shown step: the scrubbed one, or the newest. */
export function useShownProbes(sides: readonly Side[]): readonly (ProbeRecord | undefined)[] {
  return useLab(useShallow((s) => sides.map((side) => selectProbeAt(s, side.name))));
}
