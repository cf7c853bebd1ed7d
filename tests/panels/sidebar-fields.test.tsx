import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COST_MAX_BYTES, estimateCost } from '../../src/protocol/config-cost.ts';
import { withDataset, type RunConfig } from '../../src/protocol/config.ts';
import { LIMITS } from '../../src/protocol/validate-config.ts';
import { Sidebar } from '../../src/panels/sidebar.tsx';
import { labWith, renderWith, type Lab } from './lab-fixture.tsx';
import { lastConfig, typeInto } from './sidebar-helpers.ts';

describe('Sidebar number fields', () => {
  it('take their min and max from the contract’s LIMITS', () => {
    renderWith(<Sidebar />, labWith());
    for (const [label, [min, max]] of [
      ['Hidden layers', LIMITS.depth],
      ['Units per layer', LIMITS.width],
      ['Init σ', LIMITS.sigma],
      ['Batch size', LIMITS.batchSize],
      ['Init seed', LIMITS.seed],
      ['Data seed', LIMITS.seed],
      ['Run length (steps)', LIMITS.steps],
      ['Probe every (steps)', LIMITS.probeEvery],
    ] as const) {
      expect(screen.getByLabelText(label)).toHaveAttribute('min', String(min));
      expect(screen.getByLabelText(label)).toHaveAttribute('max', String(max));
    }
  });

  it('allow the widths a link may carry, such as 1024 and 1000', async () => {
    const lab = labWith();
    lab.store.getState().setConfig({ ...lab.store.getState().config, hidden: [1024] });
    const { port } = renderWith(<Sidebar />, lab);
    expect(screen.getByLabelText('Units per layer')).toHaveValue(1024);
    await typeInto('Units per layer', '1000{Enter}');
    expect(lastConfig(port.sent).hidden).toEqual([1000]);
  });

  it('clamp a width outside 2–1024, say so next to the field, and clear the note at the next valid edit', async () => {
    const { port } = renderWith(<Sidebar />, labWith());
    const width = await typeInto('Units per layer', '100000{Enter}');
    expect(lastConfig(port.sent).hidden).toEqual([1024, 1024, 1024]);
    expect(width).toHaveValue(1024);
    expect(width).toHaveAccessibleDescription('Units per layer must be 2–1024; used 1024.');
    expect(screen.getByText('Units per layer must be 2–1024; used 1024.')).toHaveAttribute('role', 'status');
    await typeInto('Units per layer', '40{Enter}');
    expect(lastConfig(port.sent).hidden).toEqual([40, 40, 40]);
    expect(width).toHaveAccessibleDescription('');
    expect(screen.queryByText(/must be 2–1024/)).not.toBeInTheDocument();
  });

  it('say so when a whole number is rounded', async () => {
    const { port } = renderWith(<Sidebar />, labWith());
    const batch = await typeInto('Batch size', '32.6{Enter}');
    expect(lastConfig(port.sent).batchSize).toBe(33);
    expect(batch).toHaveAccessibleDescription('Batch size must be a whole number; used 33.');
  });

  it('group the digits of large limits in the note', async () => {
    const { port } = renderWith(<Sidebar />, labWith());
    const seed = await typeInto('Init seed', '5000000000{Enter}');
    expect(lastConfig(port.sent).initSeed).toBe(4_294_967_295);
    expect(seed).toHaveAccessibleDescription('Init seed must be 0–4,294,967,295; used 4,294,967,295.');
  });

  it('say so when the value typed is clamped to the value the field already has', async () => {
    const { port } = renderWith(<Sidebar />, labWith());
    const depth = await typeInto('Hidden layers', '6{Enter}');
    port.sent.length = 0;
    await typeInto('Hidden layers', '60{Enter}');
    expect(port.sent).toEqual([]);
    expect(depth).toHaveValue(6);
    expect(depth).toHaveAccessibleDescription('Hidden layers must be 1–6; used 6.');
  });

  it('ignore a field left empty', async () => {
    const { port } = renderWith(<Sidebar />, labWith());
    const width = screen.getByLabelText('Units per layer');
    await userEvent.clear(width);
    await userEvent.tab();
    expect(port.sent).toEqual([]);
    expect(width).toHaveValue(6);
    expect(width).toHaveAccessibleDescription('');
  });
});

/** Six layers of 100 on batches of 2,000: a width of 1024 would need more memory than the lab allows. */
function bigLab(): Lab {
  const lab = labWith();
  const config = lab.store.getState().config;
  lab.store.getState().setConfig({ ...config, batchSize: 2000, hidden: [100, 100, 100, 100, 100, 100] });
  lab.port.sent.length = 0;
  return lab;
}

/** A spiral net of six equal layers on batches of 2,000 that fits, but would not on MNIST's 784 inputs. */
function spiralThatMnistWouldNotFit(): Lab {
  const lab = labWith();
  const mnist = (w: number): RunConfig => ({
    ...lab.store.getState().config,
    batchSize: 2000,
    hidden: Array(6).fill(w),
  });
  const fits = (c: RunConfig) => estimateCost(c).bytes <= COST_MAX_BYTES;
  const width = Array.from({ length: 1024 }, (_, w) => w + 1).find(
    (w) => !fits(mnist(w)) && fits(withDataset(mnist(w), 'spiral')),
  );
  if (width === undefined) throw new Error('no width fits spiral but not MNIST');
  lab.store.getState().setConfig(withDataset(mnist(width), 'spiral'));
  lab.port.sent.length = 0;
  return lab;
}

describe('Sidebar and configs the store refuses', () => {
  it('shows the data set it had when the one picked is refused', async () => {
    const { port, store } = renderWith(<Sidebar />, spiralThatMnistWouldNotFit());
    await userEvent.selectOptions(screen.getByLabelText('Data set'), 'mnist');
    expect(port.sent).toEqual([]);
    expect(store.getState().notice).toMatch(/^Not applied:/);
    expect(screen.getByLabelText('Data set')).toHaveValue('spiral');
  });

  it('keeps the value the field had, with the store’s notice and no note of its own', async () => {
    const { port, store } = renderWith(<Sidebar />, bigLab());
    const width = await typeInto('Units per layer', '1024{Enter}');
    expect(port.sent).toEqual([]);
    expect(store.getState().notice).toMatch(/^Not applied: this network needs about/);
    expect(width).toHaveValue(100);
    expect(width).toHaveAccessibleDescription('');
  });

  it('says nothing of a clamp whose result was refused', async () => {
    const { port } = renderWith(<Sidebar />, bigLab());
    const width = await typeInto('Units per layer', '5000{Enter}');
    expect(port.sent).toEqual([]);
    expect(width).toHaveValue(100);
    expect(screen.queryByText(/used 1024/)).not.toBeInTheDocument();
  });
});

describe('Sidebar cost warning', () => {
  const warning = /^This network costs \d+\.\d GFLOP per lockstep step: expect about [\d.]+ steps? a second\.$/;

  it('warns, as a status, when a step costs more than a GFLOP, and stops warning when it no longer does', async () => {
    renderWith(<Sidebar />, labWith());
    expect(screen.queryByText(warning)).not.toBeInTheDocument();
    await typeInto('Units per layer', '1024{Enter}');
    expect(screen.getByText(warning)).toHaveAttribute('role', 'status');
    expect(screen.getByText(warning)).toHaveTextContent('1.9 GFLOP per lockstep step: expect about 1 step a second.');
    await typeInto('Units per layer', '100{Enter}');
    expect(screen.queryByText(warning)).not.toBeInTheDocument();
  });
});
