import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TopBar } from '../../src/panels/top-bar.tsx';
import { positionFromLr } from '../../src/panels/learning-rate.ts';
import { PRESETS } from '../../src/lab/presets.ts';
import { labWith, netStatus, renderWith, runStatus } from './lab-fixture.tsx';
import { lastConfig } from './sidebar-helpers.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('TopBar', () => {
  it('shows the title, the scene, the transport, the speed, the step read-out and Present, Share and help', () => {
    renderWith(<TopBar />, labWith());
    expect(screen.getByRole('heading', { name: 'BN Lab' })).toBeInTheDocument();
    // the fixture's small net is not a preset's
    expect(screen.getByLabelText('Scene')).toHaveDisplayValue('Custom (from Figure 1: MNIST 3 × 100 sigmoid)');
    for (const name of ['Play', 'Step', 'Reset', 'Present', 'Share', 'Keyboard shortcuts']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Speed')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Training step' })).toHaveTextContent('step 300 / 50,000');
  });

  it('keeps each button’s word as its name, and Play’s word in view, where narrow screens show only icons', () => {
    renderWith(<TopBar />, labWith());
    for (const name of ['Step', 'Reset', 'Present', 'Share']) {
      const word = screen.getByRole('button', { name }).querySelector('.top-bar__label');
      expect(word).toHaveTextContent(name);
    }
    expect(screen.getByRole('button', { name: 'Play' }).querySelector('.top-bar__label')).toBeNull();
  });

  it('shows a scene name cut by the ellipsis whole on hover, and tells the key of each button', () => {
    renderWith(<TopBar />, labWith());
    expect(screen.getByRole('combobox', { name: 'Scene' })).toHaveAccessibleDescription(
      'Custom (from Figure 1: MNIST 3 × 100 sigmoid)',
    );
    expect(screen.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-keyshortcuts', 'P');
    expect(screen.getByRole('button', { name: 'Step' })).toHaveAccessibleDescription('One training step (→)');
  });

  it('sends play when Play is clicked and then offers Pause, which sends pause', async () => {
    const { port } = renderWith(<TopBar />, labWith());
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(port.sent).toEqual([{ type: 'play' }]);
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(port.sent).toEqual([{ type: 'play' }, { type: 'pause' }]);
  });

  it('sends one step on Step and a reset on Reset', async () => {
    const { port } = renderWith(<TopBar />, labWith());
    await userEvent.click(screen.getByRole('button', { name: 'Step' }));
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(port.sent.map((msg) => msg.type)).toEqual(['step', 'reset']);
  });

  it('reads out the step, the total and the speed while running', () => {
    const lab = labWith();
    renderWith(<TopBar />, lab);
    act(() =>
      lab.store.getState().receive({ type: 'status', status: runStatus(12_500, [netStatus('plain', false)], true) }),
    );
    expect(screen.getByRole('status', { name: 'Training step' })).toHaveTextContent(
      'step 12,500 / 50,000 · 250 steps/s',
    );
  });

  it('sends the chosen speed', async () => {
    const { port } = renderWith(<TopBar />, labWith());
    await userEvent.selectOptions(screen.getByLabelText('Speed'), '10');
    expect(port.sent).toEqual([{ type: 'set-speed', stepsPerTick: 10 }]);
  });

  it('loads another scene from the select', async () => {
    const { port, store } = renderWith(<TopBar />, labWith());
    await userEvent.selectOptions(screen.getByLabelText('Scene'), 'moons-quick');
    expect(store.getState().presetName).toBe('moons-quick');
    expect(port.sent).toHaveLength(1);
    expect(port.sent[0]).toMatchObject({ type: 'set-config', config: { dataset: PRESETS['moons-quick'].dataset } });
  });

  it('says the scene is custom once a setting differs from the preset, and loads the preset again on choice', async () => {
    const { store } = renderWith(<TopBar />, labWith());
    act(() => store.getState().setLearningRate(0.1));
    const select = screen.getByLabelText('Scene');
    expect(select).toHaveDisplayValue('Custom (from Figure 1: MNIST 3 × 100 sigmoid)');
    await userEvent.selectOptions(select, 'paper-fig1');
    expect(store.getState().config.lr).toBe(1);
    expect(select).toHaveValue('paper-fig1');
  });

  it('in presenter mode keeps the title, transport, step read-out, settings bar, QR code and the way out, no more', async () => {
    const lab = labWith();
    renderWith(<TopBar />, lab);
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(lab.store.getState().presenter).toBe(true);
    expect(screen.queryByLabelText('Scene')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'QR code' })).toHaveAttribute('aria-keyshortcuts', 'Q');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Presenter controls' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Exit presenter' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('TopBar in presenter mode', () => {
  const presenting = () => {
    const lab = labWith();
    lab.store.getState().setPresenter(true);
    return renderWith(<TopBar />, lab);
  };

  it('keeps the learning-rate slider, which changes the rate live', () => {
    const { port } = presenting();
    const slider = screen.getByRole('slider', { name: 'Learning rate' });
    expect(slider).toHaveAttribute('aria-valuetext', '1');
    fireEvent.change(slider, { target: { value: String(positionFromLr(0.3)) } });
    expect(lastConfig(port.sent).lr).toBe(0.3);
    expect(slider).toHaveAttribute('aria-valuetext', '0.3');
  });

  it('keeps the exact rate: a click on the value types one', async () => {
    const { port } = presenting();
    await userEvent.click(screen.getByRole('button', { name: 'Learning rate 1: type an exact value' }));
    const input = screen.getByRole('textbox', { name: 'Learning rate, exact value' });
    await userEvent.clear(input);
    await userEvent.type(input, '0.07{Enter}');
    expect(lastConfig(port.sent).lr).toBe(0.07);
  });

  it('with a rate per net, keeps each net’s own slider', () => {
    const { port, store } = presenting();
    act(() => store.getState().setLinked(false));
    fireEvent.change(screen.getByRole('slider', { name: 'Learning rate of bn' }), {
      target: { value: String(positionFromLr(2)) },
    });
    expect(lastConfig(port.sent).nets.map((net) => net.lr)).toEqual([undefined, 2]);
    expect(screen.getByRole('slider', { name: 'Learning rate of plain' })).toHaveAttribute('aria-valuetext', '1');
  });

  it('shows the b key as a switch: BN in the right net, on, and off when pressed (the nets restart)', async () => {
    const { port, store } = presenting();
    const bn = screen.getByRole('switch', { name: 'BN in the right net' });
    expect(bn).toBeChecked();
    expect(bn).toHaveAttribute('aria-keyshortcuts', 'B');
    await userEvent.click(bn);
    expect(store.getState().config.nets.map((net) => net.norm)).toEqual(['none', 'none']);
    expect(lastConfig(port.sent).nets.map((net) => net.norm)).toEqual(['none', 'none']);
    expect(screen.getByRole('switch', { name: 'BN in the right net' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('switch', { name: 'BN in the right net' }));
    expect(store.getState().config.nets.map((net) => net.norm)).toEqual(['none', 'bn']);
  });

  it('has a Full screen button, as the f key, where the browser allows full screen', async () => {
    const request = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
    Object.defineProperty(document.documentElement, 'requestFullscreen', { configurable: true, value: request });
    try {
      presenting();
      const button = screen.getByRole('button', { name: 'Full screen' });
      expect(button).toHaveAttribute('aria-keyshortcuts', 'F');
      expect(button).toHaveAttribute('aria-pressed', 'false');
      await userEvent.click(button);
      expect(request).toHaveBeenCalledOnce();
    } finally {
      Reflect.deleteProperty(document, 'fullscreenEnabled');
      Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
    }
  });

  it('shows the pressed Full screen button while the page is full screen, and leaves it on a click', async () => {
    const exit = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: document.documentElement });
    Object.defineProperty(document, 'exitFullscreen', { configurable: true, value: exit });
    try {
      presenting();
      await userEvent.click(screen.getByRole('button', { name: 'Full screen', pressed: true }));
      expect(exit).toHaveBeenCalledOnce();
    } finally {
      for (const key of ['fullscreenEnabled', 'fullscreenElement', 'exitFullscreen'])
        Reflect.deleteProperty(document, key);
    }
  });

  it('leaves out the Full screen button where the browser has no full screen', () => {
    presenting();
    expect(screen.queryByRole('button', { name: 'Full screen' })).not.toBeInTheDocument();
  });

  it('keeps its settings out of the normal bar, which has the sidebar for them', () => {
    renderWith(<TopBar />, labWith());
    expect(screen.queryByRole('slider', { name: 'Learning rate' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });
});
