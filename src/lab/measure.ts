/** A lesson's measurement of a run between two steps, by request: the worker's and the CLI's one entry point. */

import type { Measurement, MeasureRequest } from '../protocol/measurements.ts';
import { inferenceProbe } from './inference-probe.ts';
import { borderlineDigits, regularizerProbe } from './regularizer-probe.ts';
import { scaleProbe } from './scale-probe.ts';
import type { TwinRun } from './twin-run.ts';

export function measure(run: TwinRun, request: MeasureRequest): Measurement {
  switch (request.kind) {
    case 'scale':
      return { kind: 'scale', result: scaleProbe(run, request.layer) };
    case 'inference':
      return { kind: 'inference', result: inferenceProbe(run, run.probeContext) };
    case 'regularizer': {
      const candidates = borderlineDigits(run, run.probeContext);
      const digit = request.digit ?? candidates[0].index;
      return { kind: 'regularizer', result: regularizerProbe(run, run.probeContext, digit), candidates };
    }
  }
}
