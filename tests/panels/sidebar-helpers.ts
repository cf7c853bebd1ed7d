import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RunConfig } from '../../src/protocol/config.ts';
import type { ToWorker } from '../../src/protocol/messages.ts';

/** The config of the last set-config sent to the worker. */
export function lastConfig(sent: readonly ToWorker[]): RunConfig {
  const last = sent.findLast((msg) => msg.type === 'set-config');
  if (!last || last.type !== 'set-config') throw new Error('no set-config was sent');
  return last.config;
}

/** Clears the input labelled `label` and types `text` into it, as a user would. */
export async function typeInto(label: string, text: string): Promise<HTMLElement> {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  await userEvent.type(input, text);
  return input;
}

/** Each net of a config as `name: kind`, left to right. */
export function netKinds(config: RunConfig): string[] {
  return config.nets.map((net) => `${net.name}: ${net.norm}`);
}
