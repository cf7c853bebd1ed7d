import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gzipSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { PRESETS } from '../../src/lab/presets.ts';
import { historyFromJson, historyToJson } from '../../src/protocol/history-json.ts';
import { openRunUrl } from '../../src/panels/load-run.ts';
import { captureDownloads } from '../panels/downloads.ts';
import { labWith } from '../panels/lab-fixture.tsx';
import { RECORDED_CONFIG, recordingOf } from '../store/recording-fixture.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const recordedText = historyToJson(recordingOf());

async function openFile(file: File): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: 'Open a run…' }));
  const dialog = screen.getByRole('dialog', { name: 'Open a run' });
  await userEvent.upload(within(dialog).getByLabelText('Choose a file…'), file);
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

/** What the live run shows: its step, config and probes. */
function liveView(lab: ReturnType<typeof labWith>) {
  const { status, config, probes } = lab.store.getState();
  return { step: status.step, config, probes };
}

describe('saved runs in the page', () => {
  it('opens a run file from the picker as a recording, with its charts, and goes back to the live run', async () => {
    const lab = labWith();
    const live = liveView(lab);
    render(<App store={lab.store} />);
    await openFile(new File([recordedText], 'run.json', { type: 'application/json' }));
    const banner = screen.getByRole('region', { name: 'Recording' });
    expect(banner).toHaveTextContent(
      'Showing a recording: MNIST digits, 2 × 6 sigmoid, 1,000 of 50,000 steps, 2 nets (run.json).',
    );
    expect(screen.getByRole('status', { name: 'Training step' })).toHaveTextContent('step 1,000 / 50,000');
    expect(screen.getByRole('img', { name: 'Test accuracy of every net' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play' })).toBeDisabled();
    expect(lab.port.sent).toEqual([{ type: 'pause' }, { type: 'strip', config: RECORDED_CONFIG }]);

    await userEvent.click(within(banner).getByRole('button', { name: 'Back to my run' }));
    expect(screen.queryByRole('region', { name: 'Recording' })).not.toBeInTheDocument();
    expect(liveView(lab)).toEqual(live);
    expect(screen.getByRole('status', { name: 'Training step' })).toHaveTextContent('step 300 / 50,000');
  }, 20_000);

  it('keeps the page’s shortcuts out of the Open dialog, closes it with Escape and gives focus back', async () => {
    const lab = labWith();
    render(<App store={lab.store} />);
    const opener = screen.getByRole('button', { name: 'Open a run…' });
    await userEvent.click(opener);
    expect(within(screen.getByRole('dialog', { name: 'Open a run' })).getByLabelText('Choose a file…')).toHaveFocus();
    await userEvent.keyboard('r[Space]');
    expect(lab.port.sent).toEqual([]);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('shows where to drop while a file is dragged over the page, and opens the file dropped', async () => {
    const lab = labWith();
    render(<App store={lab.store} />);
    const file = new File([recordedText], 'dropped.json');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    fireEvent.dragEnter(window, { dataTransfer });
    expect(screen.getByText('Drop the run here to open it')).toBeInTheDocument();
    fireEvent.dragLeave(window, { dataTransfer });
    expect(screen.queryByText('Drop the run here to open it')).not.toBeInTheDocument();
    fireEvent.dragEnter(window, { dataTransfer });
    fireEvent.drop(window, { dataTransfer });
    expect(screen.queryByText('Drop the run here to open it')).not.toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Recording' })).toHaveTextContent('(dropped.json)');
  }, 20_000);

  it('reads a gzipped run whatever its name, and shows a recording before the worker is ready', async () => {
    const lab = labWith({ steps: [] });
    render(<App store={lab.store} />);
    expect(screen.getByText('Starting the lab…')).toBeInTheDocument();
    await openFile(new File([gzipSync(strToU8(recordedText))], 'run.json'));
    expect(screen.getByRole('region', { name: 'Recording' })).toHaveTextContent('(run.json)');
    expect(screen.getByRole('img', { name: 'Test accuracy of every net' })).toBeInTheDocument();
  });

  it('says so when the recording’s kernels are not the ones this browser runs', async () => {
    const lab = labWith();
    render(<App store={lab.store} />);
    await openFile(new File([historyToJson({ ...recordingOf(), backend: 'ts' })], 'ts.json'));
    expect(screen.getByRole('region', { name: 'Recording' })).toHaveTextContent(
      'It was recorded with the TypeScript kernels and this browser runs the WebAssembly ones, so Continue training gives numbers that differ in the last digits.',
    );
  }, 20_000);

  it.each([
    ['a newer version', '{"version": 3}', 'Could not open bad.json: history.version must be 1 or 2, got 3.'],
    [
      'a truncated file',
      recordedText.slice(0, 2000),
      /^Could not open bad\.json: the JSON ends early: the file looks cut short \(.+\)\./,
    ],
  ])('gives one message for %s and leaves the run on screen as it was', async (_, text, message) => {
    const lab = labWith();
    const live = liveView(lab);
    render(<App store={lab.store} />);
    await openFile(new File([text], 'bad.json'));
    expect(screen.getByRole('status', { name: 'Notice' })).toHaveTextContent(message);
    expect(screen.queryByRole('region', { name: 'Recording' })).not.toBeInTheDocument();
    expect(liveView(lab)).toEqual(live);
    expect(lab.port.sent).toEqual([]);
  });

  it('Continue training rebuilds the recorded run, replays it at full speed to its last step and shows progress', async () => {
    const lab = labWith();
    render(<App store={lab.store} />);
    await openFile(new File([recordedText], 'run.json'));
    lab.port.sent.length = 0;
    await userEvent.click(screen.getByRole('button', { name: 'Continue training' }));
    // the live run has trained (step 300): it asks first, and can save that run before it goes
    const ask = screen.getByRole('group', { name: 'Replace your run?' });
    expect(ask).toHaveTextContent('Continue training replaces your run, which is at step 300.');
    const downloads = captureDownloads();
    await userEvent.click(within(ask).getByRole('button', { name: 'Save my run first (JSON)' }));
    expect(downloads.map((d) => d.fileName)).toEqual(['bn-lab-paper-fig1-step-300.json']);
    const saved = historyFromJson(await downloads[0].blob.text());
    expect(saved.nets.bn.probes.map((p) => p.step)).toEqual(
      lab.store.getState().recording?.live.probes.bn.map((p) => p.step),
    );
    expect(lab.port.sent).toEqual([]);
    await userEvent.click(within(ask).getByRole('button', { name: 'Replace it' }));
    expect(lab.port.sent).toEqual([
      { type: 'reset', config: RECORDED_CONFIG },
      { type: 'play-until', step: 1000 },
    ]);
    const status = { running: true, finished: false, stepsPerSecond: 500, nets: [] };
    act(() => {
      lab.store.getState().receive({
        type: 'ready',
        config: RECORDED_CONFIG,
        strip: { pixels: new Uint8Array(0), labels: new Uint8Array(0), count: 0, side: 0 },
        status: { ...status, step: 0 },
        backend: 'wasm',
      });
      lab.store.getState().receive({ type: 'status', status: { ...status, step: 400 } });
    });
    expect(screen.getByRole('region', { name: 'Recording' })).toHaveTextContent(
      'Replaying the recording: 400 / 1,000 — then training goes on from there.',
    );
    expect(screen.getByRole('progressbar', { name: 'Replay progress' })).toHaveAttribute('value', '400');
  });

  it('opens a precomputed run from the Open dialog, fetched next to the page', async () => {
    const history = recordingOf(PRESETS['paper-fig1'], [0, 25_000, 50_000]);
    const fetched = vi.fn(async () => new Response(gzipSync(strToU8(historyToJson(history)))));
    vi.stubGlobal('fetch', fetched);
    const lab = labWith({ initial: { presetName: 'moons-quick' } });
    render(<App store={lab.store} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open a run…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Figure 1, full run, precomputed (50,000 steps)' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fetched).toHaveBeenCalledWith(new URL('runs/paper-fig1.json.gz', location.href));
    expect(screen.getByRole('region', { name: 'Recording' })).toHaveTextContent(
      'Showing a recording: Figure 1: MNIST 3 × 100 sigmoid, 50,000 steps, 2 nets (paper-fig1.json.gz).',
    );
    // the CLI's run of the preset is the preset's scene, though the page probes its own run more often
    expect(screen.getByRole('combobox', { name: 'Scene' })).toHaveDisplayValue('Figure 1: MNIST 3 × 100 sigmoid');
  });

  it('opens a scene’s precomputed run from its lesson', async () => {
    const history = recordingOf(PRESETS.saturation, [0, 1000, 2000]);
    vi.stubGlobal('fetch', async () => new Response(gzipSync(strToU8(historyToJson(history)))));
    const lab = labWith({ initial: { config: PRESETS.saturation, presetName: 'saturation' } });
    render(<App store={lab.store} />);
    await userEvent.click(screen.getByRole('button', { name: 'Load the precomputed run' }));
    // jsdom cannot compute the style of KaTeX's MathML once the lesson's formulas are in: hidden skips that check
    const button = await screen.findByRole('button', { name: 'Precomputed run shown', hidden: true });
    expect(button).toBeDisabled();
    expect(screen.getByRole('region', { name: 'Recording', hidden: true })).toHaveTextContent(
      /Saturation and vanishing gradients, 2,000 steps, 2 nets \(saturation\.json\.gz\)/,
    );
  });

  it('refuses a run= link to another site without fetching it', async () => {
    const fetched = vi.fn();
    vi.stubGlobal('fetch', fetched);
    const lab = labWith();
    expect(await openRunUrl(lab.store, 'https://elsewhere.example/run.json')).toBe(false);
    expect(fetched).not.toHaveBeenCalled();
    expect(lab.store.getState().notice).toBe(
      'Could not open run.json: runs open only from this site, and https://elsewhere.example is another.',
    );
  });
});
