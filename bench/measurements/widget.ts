import { check } from '../../widget/check';
import { measureSync } from '../lib/timing';
import { generateCases } from '../lib/generate';
import type { MeasurementDef } from '../lib/types';

/** `ZhifaGuard.check` on full cases: validation of the raw JSON, every rule, the report object. */
export const widgetMeasurements: MeasurementDef[] = [
  {
    name: 'widget.check_ms',
    description: 'one ZhifaGuard.check (validate + all rules + report) on a full case, mean ms',
    async run() {
      const cases = generateCases(500);
      const result = measureSync(
        (i) => check(cases[i % cases.length], { today: '2026-11-25' }).findings.length,
        {
          warmupMs: 500,
          measureMs: 1500,
        },
        16,
      );
      const ms = 1000 / result.perSecond;
      return { name: this.name, value: Math.round(ms * 1000) / 1000, unit: 'ms', target: '<= 1' };
    },
  },
];
