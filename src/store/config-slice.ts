/** The run's config and the per-side settings, with the actions that edit and send them. */

import { withDataset, type RunConfig } from '../protocol/config.ts';
import { ConfigError, netLr, validateConfig } from '../protocol/validate-config.ts';
import { selectSharedLr, selectSideLr } from './selectors.ts';
import { configsEqual, needsReset } from '../protocol/config-change.ts';
import {
  isLrLinked,
  withBnToggled,
  withEveryLr,
  withNetAdded,
  withNetKind,
  withNetRemoved,
  withSharedLr,
  withMeasure,
  withSideLr,
} from './config-edit.ts';
import { DEFAULT_PRESET_NAME, DEFAULT_SPEED, SPEED_RANGE, presetConfig } from './default-config.ts';
import type { ConfigSlice, LabInitial, LabPort, LabSlice } from './lab-state.ts';
import { clampSelection } from './ui-slice.ts';
import { refuseWhileRecording } from './while-recording.ts';

/** `config` is the validated starting config; `initial` may name its preset. */
/** A side's rate as the config has it (its own, or the shared one). */
function selectConfiguredLr(config: RunConfig, side: number): number {
  const net = config.nets[side];
  return net ? netLr(config, net) : config.lr;
}

export function createConfigSlice(port: LabPort, config: RunConfig, initial: LabInitial): LabSlice<ConfigSlice> {
  return (set, get) => {
    /** Every edit goes through here: validate, store, then send (live or resetting). */
    function setConfig(next: RunConfig): boolean {
      if (refuseWhileRecording(get, set)) return false;
      let valid: RunConfig;
      try {
        valid = validateConfig(next);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        set({ notice: `Not applied: ${error.message}.` });
        return false;
      }
      const state = get();
      if (configsEqual(state.config, valid)) return true;
      const rebuild = needsReset(state.config, valid);
      set({
        config: valid,
        lrLinked: state.lrLinked && isLrLinked(valid),
        resetPending: state.resetPending || rebuild,
        // the link no longer describes this run
        replay: null,
        ...clampSelection(state.selectedLayer, state.selectedUnit, valid.hidden),
      });
      port.send({ type: 'set-config', config: valid });
      // a live change during a link's replay takes the run over: it trains on instead of stopping at the link's step
      if (state.replay?.reached === false && !rebuild) port.send({ type: 'play' });
      return true;
    }

    const edit = (change: (c: RunConfig) => RunConfig): boolean => setConfig(change(get().config));

    return {
      config,
      presetName: initial.presetName ?? DEFAULT_PRESET_NAME,
      lrLinked: isLrLinked(config),
      speed: DEFAULT_SPEED,
      resetPending: false,
      setConfig,
      setLearningRate: (lr, side) => {
        const state = get();
        const change = (rate: number) => (c: RunConfig) =>
          state.lrLinked
            ? withSharedLr(c, rate)
            : side === undefined
              ? withEveryLr(c, rate)
              : withSideLr(c, side, rate);
        // A schedule's lr event may have moved the rate in force off the config's. The worker applies a rate the
        // config changes, so going back to the config's own rate passes through the rate in force first.
        const inForce = side === undefined ? selectSharedLr(state) : selectSideLr(state, side);
        const configured = side === undefined ? state.config.lr : selectConfiguredLr(state.config, side);
        if (lr !== inForce && lr === configured && !edit(change(inForce))) return false;
        return edit(change(lr));
      },
      setLinked: (linked) => {
        if (linked === get().lrLinked) return;
        set({ lrLinked: linked });
        // linking adopts the left side's rate for everyone
        if (linked) edit((c) => withSharedLr(c, netLr(c, c.nets[0])));
      },
      toggleBn: (side) => edit((c) => withBnToggled(c, side)),
      setNetKind: (side, norm) => edit((c) => withNetKind(c, side, norm)),
      addNet: (norm) => edit((c) => withNetAdded(c, norm)),
      removeNet: (side) => edit((c) => withNetRemoved(c, side)),
      setHidden: (widths) => edit((c) => ({ ...c, hidden: [...widths] })),
      setActivation: (activation) => edit((c) => ({ ...c, activation })),
      setInit: (init) => edit((c) => ({ ...c, init })),
      setBatchSize: (batchSize) => edit((c) => ({ ...c, batchSize })),
      setDataset: (dataset) => edit((c) => withDataset(c, dataset)),
      setSeeds: (seeds) =>
        edit((c) => ({ ...c, initSeed: seeds.initSeed ?? c.initSeed, dataSeed: seeds.dataSeed ?? c.dataSeed })),
      setProbeEvery: (steps) => edit((c) => ({ ...c, probeEvery: steps })),
      setSteps: (steps) => edit((c) => ({ ...c, steps })),
      setMeasure: (name, on) => edit((c) => withMeasure(c, name, on)),
      setSpeed: (stepsPerTick) => {
        const [lo, hi] = SPEED_RANGE;
        const speed = Number.isFinite(stepsPerTick) ? Math.min(hi, Math.max(lo, Math.round(stepsPerTick))) : lo;
        set({ speed });
        port.send({ type: 'set-speed', stepsPerTick: speed });
      },
      loadPreset: (name) => {
        const preset = presetConfig(name);
        if (!preset) {
          set({ notice: `There is no preset named “${name}”.` });
          return;
        }
        // a scene picked while a recording is shown is the user's next step: back to the live run, with that scene
        get().leaveRecording();
        if (setConfig(preset)) set({ presetName: name, lrLinked: isLrLinked(preset) });
      },
    };
  };
}
