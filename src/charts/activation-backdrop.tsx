/** Behind a distribution chart: the saturated zones shaded grey and the activation curve drawn faintly. */

import * as d3 from 'd3';
import type { ActivationName } from '../protocol/config.ts';
import { ACTIVATION_LABEL, activationCurve, saturatedZones } from './activation-zones.ts';
import { ACTIVATION_WORDS } from './activation-words.ts';
import type { Extent } from './domains.ts';
import { MUTED_TEXT_COLOR, ZONE_FILL, ZONE_OPACITY, type ChartSizes } from './theme.ts';

export interface ActivationBackdropProps {
  readonly activation: ActivationName;
  readonly domain: Extent;
  readonly x: (value: number) => number;
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly sizes: ChartSizes;
}

export function ActivationBackdrop({ activation, domain, x, innerWidth, innerHeight, sizes }: ActivationBackdropProps) {
  const zoneName = ACTIVATION_WORDS[activation].zone;
  const curve = d3
    .line<[number, number]>()
    .x(([v]) => x(v))
    .y(([, f]) => innerHeight * (1 - f))(activationCurve(activation, domain));
  return (
    <g pointerEvents="none" fontSize={sizes.fontSize} fill={MUTED_TEXT_COLOR}>
      {saturatedZones(activation, domain).map(([a, b]) => (
        <g key={a} data-zone={zoneName}>
          <rect x={x(a)} width={x(b) - x(a)} height={innerHeight} fill={ZONE_FILL} fillOpacity={ZONE_OPACITY} />
          {x(b) - x(a) > sizes.fontSize * 5 ? (
            <text x={(x(a) + x(b)) / 2} y={sizes.fontSize * 1.1} textAnchor="middle">
              {zoneName}
            </text>
          ) : null}
        </g>
      ))}
      {curve ? (
        <path
          data-curve={activation}
          d={curve}
          fill="none"
          stroke="#9a9a9a"
          strokeWidth={sizes.lineWidth}
          strokeDasharray="2 3"
        />
      ) : null}
      <text x={innerWidth - 2} y={sizes.fontSize * 2.3} textAnchor="end">
        {ACTIVATION_LABEL[activation]}
      </text>
    </g>
  );
}
