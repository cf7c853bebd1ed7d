/** The sides of the comparison, left to right: each net's name, kind, colour, learning rate, divergence and stall. */

import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { kindColor, kindTextColor } from '../charts/theme.ts';
import { normalises, type NetSpec, type NormKind } from '../protocol/config.ts';
import type { Divergence, ProbeRecord } from '../protocol/history.ts';
import { selectNetStatus, selectProbeAt, selectSideLr } from '../store/selectors.ts';
import { useLab } from '../store/use-lab.ts';

export interface Side {
  /** 0 = left */
  readonly index: number;
  /** "left", "right", … for labels that must not change when a net is renamed */
  readonly position: string;
  readonly name: string;
  /** the net normalises its pre-activations (any kind but none): it has a raw x·Wᵀ view and BN statistics */
  readonly bn: boolean;
  /** how the net normalises; its colour comes from this, never from its name */
  readonly kind: NormKind;
  /** 0 for the first net of its kind, 1 for the second, …: later ones are drawn dotted or dash-dot with markers */
  readonly variant: number;
  /** lines and fills: the kind's hue */
  readonly color: string;
  /** text: the kind's hue darkened to a contrast of at least 4.5:1 on white */
  readonly textColor: string;
  readonly lr: number;
  readonly diverged: Divergence | null;
  /** the step of the probe since which the net has been stalled near chance, null while it learns */
  readonly stalled: number | null;
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

/** Each net's stall as a step, −1 for none. */
function useStalls(): readonly number[] {
  return useLab(useShallow((s) => s.config.nets.map((net) => selectNetStatus(s, net.name)?.stalled ?? -1)));
}

export function useSides(): readonly Side[] {
  const config = useLab((s) => s.config);
  const divergence = useDivergence();
  const stalls = useStalls();
  // the rates in force, as one string so that a status message that changes none of them renders nothing
  const rates = useLab((s) => s.config.nets.map((_, i) => selectSideLr(s, i)).join(' '));
  return useMemo(
    () =>
      config.nets.map((net, index) => {
        const step = Number(divergence[2 * index] ?? -1);
        const stalledSince = stalls[index] ?? -1;
        const kind = net.norm;
        return {
          index,
          position: POSITIONS[index] ?? `side ${index + 1}`,
          name: net.name,
          bn: normalises(kind),
          kind,
          variant: variantOf(config.nets, index),
          color: kindColor(kind),
          textColor: kindTextColor(kind),
          lr: Number(rates.split(' ')[index]),
          diverged: step >= 0 ? { step, reason: String(divergence[2 * index + 1]) } : null,
          stalled: stalledSince >= 0 ? stalledSince : null,
        };
      }),
    [config, divergence, stalls, rates],
  );
}

const POSITIONS = ['left', 'right', 'third', 'fourth'];

/** How many nets of the same kind come before net i. */
function variantOf(nets: readonly NetSpec[], i: number): number {
  return nets.slice(0, i).filter((net) => net.norm === nets[i].norm).length;
}

/** Both a plain net and a normalising one are on screen, so hints may contrast them. */
export function comparesNormalisation(sides: readonly Side[]): boolean {
  return sides.some((side) => side.kind === 'none') && sides.some((side) => side.kind !== 'none');
}

const NONE: readonly ProbeRecord[] = [];

/**
 * Each side's recorded probes (empty until its first probe arrives). Deferred: a new probe redraws the charts in a
 * transition, which React renders in slices between frames, so the main thread never blocks for the whole redraw.
 */
export function useSideProbes(sides: readonly Side[]): readonly (readonly ProbeRecord[])[] {
  const probes = useDeferredValue(useLab((s) => s.probes));
  return useMemo(() => sides.map((side) => probes[side.name] ?? NONE), [probes, sides]);
}

/** Each side's probe at the shown step: the scrubbed one, or the newest (read-outs: in step with the timeline). */
export function useShownProbes(sides: readonly Side[]): readonly (ProbeRecord | undefined)[] {
  return useLab(useShallow((s) => sides.map((side) => selectProbeAt(s, side.name))));
}

/** useShownProbes for a chart: deferred, drawn in the background redraw (as useSideProbes). */
export function useDeferredShownProbes(sides: readonly Side[]): readonly (ProbeRecord | undefined)[] {
  return useDeferredValue(useShownProbes(sides));
}
