import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KIND_COLORS, kindTextColor } from '../../src/charts/theme.ts';
import { positionFromLr } from '../../src/panels/learning-rate.ts';
import { ComparisonView } from '../../src/panels/comparison-view.tsx';
import { NetsSettings } from '../../src/panels/nets-settings.tsx';
import { Sidebar } from '../../src/panels/sidebar.tsx';
import type { NetSpec, NormKind, RunConfig } from '../../src/protocol/config.ts';
import { DEFAULT_CONFIG } from '../../src/store/default-config.ts';
import { rulesFor, valueOf } from '../app/css-rules.ts';
import { labWith, renderWith, snapshotMessages } from './lab-fixture.tsx';
import { lastConfig, netKinds } from './sidebar-helpers.ts';

function withNets(nets: readonly NetSpec[]): RunConfig {
  return { ...DEFAULT_CONFIG, hidden: [6, 6, 6], nets };
}

const PLAIN_TWINS = withNets([
  { name: 'plain', norm: 'none' },
  { name: 'plain-2', norm: 'none' },
]);

const entries = () => within(screen.getByRole('list', { name: 'Nets' })).getAllByRole('listitem');
const entryNames = () => entries().map((entry) => entry.querySelector('.net-entry__name')?.textContent);
const entry = (name: string) => within(screen.getByRole('list', { name: 'Nets' })).getByRole('listitem', { name });
const kindOf = (name: string) => screen.getByRole('combobox', { name: `Kind of ${name}` });
const swatchStroke = (element: HTMLElement) => element.querySelector('[data-swatch] line')?.getAttribute('stroke');

async function pickKind(name: string, kind: NormKind): Promise<void> {
  await userEvent.selectOptions(kindOf(name), kind);
}

describe('the list of nets', () => {
  it('shows one entry per net, left to right, with its kind and learning rate', () => {
    renderWith(<NetsSettings />, labWith());
    expect(entryNames()).toEqual(['plain', 'bn']);
    expect(kindOf('plain')).toHaveValue('none');
    expect(kindOf('bn')).toHaveValue('bn');
    const labels = within(kindOf('plain'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(labels).toEqual([
      'plain (no normalisation)',
      'BN (Algorithm 1)',
      'BN without γ, β (fixed)',
      'mean-centring with stop-gradient (§2 trap)',
      'BN plus random scale and shift (noisy BN)',
    ]);
    expect(screen.getByRole('slider', { name: 'Learning rate of bn' })).toHaveAttribute('aria-valuetext', '1');
    expect(screen.getByText(/restarts every net from the same initial weights/)).toBeInTheDocument();
  });

  it('names every control after its net', () => {
    renderWith(<NetsSettings />, labWith());
    for (const name of ['plain', 'bn']) {
      const controls = ['button', 'combobox', 'slider'].flatMap((role) => within(entry(name)).getAllByRole(role));
      expect(controls.length).toBeGreaterThanOrEqual(4);
      for (const control of controls) expect(control).toHaveAccessibleName(new RegExp(`\\b${name}\\b`));
    }
  });

  it('adds a net on the right, offering a kind not on screen yet, and sends set-config with the new nets', async () => {
    const { port } = renderWith(<NetsSettings />, labWith());
    expect(screen.getByRole('combobox', { name: 'Kind of the new net' })).toHaveValue('bn-fixed');
    await userEvent.click(screen.getByRole('button', { name: 'Add bn-fixed' }));
    expect(netKinds(lastConfig(port.sent))).toEqual(['plain: none', 'bn: bn', 'bn-fixed: bn-fixed']);
    expect(entryNames()).toEqual(['plain', 'bn', 'bn-fixed']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kind of the new net' }), 'bn');
    await userEvent.click(screen.getByRole('button', { name: 'Add bn-2' }));
    expect(netKinds(lastConfig(port.sent))).toEqual(['plain: none', 'bn: bn', 'bn-fixed: bn-fixed', 'bn-2: bn']);
    expect(kindOf('bn-2')).toHaveValue('bn');
  });

  it('disables Add at four nets, says four is the most, and moves focus to the new net', async () => {
    const { port } = renderWith(<NetsSettings />, labWith());
    await userEvent.click(screen.getByRole('button', { name: 'Add bn-fixed' }));
    expect(screen.queryByText(/is the most/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add center-stopgrad' }));
    const add = screen.getByRole('button', { name: /^Add / });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription('4 nets is the most that train side by side: remove one to add another.');
    expect(screen.getByRole('button', { name: 'Remove center-stopgrad' })).toHaveFocus();
    const sent = port.sent.length;
    await userEvent.click(add);
    expect(port.sent).toHaveLength(sent);
    expect(entries()).toHaveLength(4);
  });

  it('removes a net, renames the rest after their kinds, and sends set-config with the nets left', async () => {
    const config = withNets([
      { name: 'plain', norm: 'none' },
      { name: 'bn', norm: 'bn' },
      { name: 'plain-2', norm: 'none' },
      { name: 'bn-2', norm: 'bn' },
    ]);
    const { port } = renderWith(<NetsSettings />, labWith({ initial: { config } }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove plain' }));
    expect(netKinds(lastConfig(port.sent))).toEqual(['bn: bn', 'plain: none', 'bn-2: bn']);
    expect(entryNames()).toEqual(['bn', 'plain', 'bn-2']);
    // the neighbour took the removed net's place, and the focus with it
    expect(screen.getByRole('button', { name: 'Remove bn' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Remove bn-2' }));
    expect(entryNames()).toEqual(['bn', 'plain']);
    expect(screen.getByRole('button', { name: 'Remove plain' })).toHaveFocus();
  });

  it('keeps the last net: its Remove is disabled', async () => {
    const { port } = renderWith(<NetsSettings />, labWith());
    await userEvent.click(screen.getByRole('button', { name: 'Remove bn' }));
    expect(netKinds(lastConfig(port.sent))).toEqual(['plain: none']);
    expect(screen.getByRole('button', { name: 'Remove plain' })).toBeDisabled();
    // the only enabled control left in the entry takes the focus from the disabled button
    expect(kindOf('plain')).toHaveFocus();
  });

  it('changing a kind sends set-config and renames every net after its kind', async () => {
    const { port } = renderWith(<NetsSettings />, labWith());
    await pickKind('plain', 'bn');
    expect(netKinds(lastConfig(port.sent))).toEqual(['bn: bn', 'bn-2: bn']);
    expect(entryNames()).toEqual(['bn', 'bn-2']);
    expect(kindOf('bn')).toHaveFocus();
    await pickKind('bn-2', 'center-stopgrad');
    expect(netKinds(lastConfig(port.sent))).toEqual(['bn: bn', 'center-stopgrad: center-stopgrad']);
  });

  it('with linked rates, shows the shared rate on every net and sets it from any of them', () => {
    const { port } = renderWith(<NetsSettings />, labWith());
    fireEvent.change(screen.getByRole('slider', { name: 'Learning rate of bn' }), {
      target: { value: String(positionFromLr(0.1)) },
    });
    const config = lastConfig(port.sent);
    expect(config.lr).toBe(0.1);
    expect(config.nets.map((net) => net.lr)).toEqual([undefined, undefined]);
    expect(screen.getByRole('slider', { name: 'Learning rate of plain' })).toHaveAttribute('aria-valuetext', '0.1');
    expect(screen.getByText(/The rates are linked/)).toBeInTheDocument();
  });

  it('unlinked, sets one net’s rate only', () => {
    const { port, store } = renderWith(<NetsSettings />, labWith());
    act(() => store.getState().setLinked(false));
    expect(screen.queryByText(/The rates are linked/)).not.toBeInTheDocument();
    fireEvent.change(screen.getByRole('slider', { name: 'Learning rate of bn' }), {
      target: { value: String(positionFromLr(10)) },
    });
    expect(lastConfig(port.sent).nets.map((net) => net.lr)).toEqual([undefined, 10]);
    expect(screen.getByRole('slider', { name: 'Learning rate of plain' })).toHaveAttribute('aria-valuetext', '1');
  });
});

describe('the colours of the nets', () => {
  it('follow the kind, not the name: two plain nets share vermillion, the second with a marker', () => {
    renderWith(<NetsSettings />, labWith({ initial: { config: PLAIN_TWINS } }));
    for (const name of ['plain', 'plain-2']) {
      expect(swatchStroke(entry(name))).toBe(KIND_COLORS.none);
      expect(within(entry(name)).getByText(name)).toHaveStyle({ color: kindTextColor('none') });
    }
    expect(entry('plain').querySelector('[data-swatch-marker]')).toBeNull();
    expect(entry('plain-2').querySelector('[data-swatch-marker]')).not.toBeNull();
  });

  it('change with the kind, in the list, the side header and the legend', async () => {
    const lab = labWith({ initial: { config: PLAIN_TWINS } });
    renderWith(
      <>
        <Sidebar />
        <ComparisonView />
      </>,
      lab,
    );
    await pickKind('plain-2', 'bn-fixed');
    // the worker answers the rebuild with the renamed nets' first probes
    act(() => {
      for (const msg of snapshotMessages(lab.store.getState().config)) lab.store.getState().receive(msg);
    });
    expect(swatchStroke(entry('bn-fixed'))).toBe('#56B4E9');
    expect(entry('bn-fixed').querySelector('[data-swatch-marker]')).toBeNull();
    expect(within(entry('bn-fixed')).getByText('bn-fixed')).toHaveStyle({ color: kindTextColor('bn-fixed') });
    const heading = screen.getByRole('heading', { name: 'bn-fixed' });
    expect(heading).toHaveStyle({ color: kindTextColor('bn-fixed') });
    expect(swatchStroke(heading)).toBe('#56B4E9');
    const loss = screen.getByRole('img', { name: 'Loss of every net: test (solid) and train (dashed)' });
    expect(loss.querySelector('path[data-series="bn-fixed-test"]')).toHaveAttribute('stroke', '#56B4E9');
    const legend = screen.getAllByRole('list', { name: 'legend' })[0];
    const item = within(legend).getByText('bn-fixed test').closest('li');
    expect(item && swatchStroke(item)).toBe('#56B4E9');
  });

  it('sit on white, the background the kinds’ text shades reach 4.5:1 on', () => {
    expect(valueOf(rulesFor('.net-entry')[0], 'background')).toBe('#fff');
  });
});
