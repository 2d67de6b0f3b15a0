import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { runDecision } from '../../lib/documents';
import { JINAN } from '../../lib/engine/profile';
import { ensureLawIndex } from '../../lib/laws';
import { measureSync } from '../lib/timing';
import type { MeasurementDef } from '../lib/types';

/** A synthetic market-regulation decision padded to just over 20 KB of facts. */
function twentyKbDecision(): string {
  const market = readFileSync('lib/documents/fixtures/market-decision.txt', 'utf8');
  const paragraph =
    '经查，当事人于2026年2月在其经营场所销售超过保质期的食品，执法人员现场查获涉案食品若干，并制作现场检查笔录和询问笔录。';
  let body = '';
  while (Buffer.byteLength(body) < 20 * 1024) body += `${paragraph}\n`;
  return market.replace('现查明：\n', `现查明：\n${body}`);
}

export const decisionMeasurements: MeasurementDef[] = [
  {
    name: 'decision.parse_check_ms',
    description: 'parse and check a 20 KB decision text (all document checks, law registry loaded), mean ms',
    async run() {
      await ensureLawIndex();
      const text = twentyKbDecision();
      const result = measureSync(
        () => runDecision(text, { profile: JINAN, today: '2026-11-25' }).findings.length,
        { warmupMs: 500, measureMs: 1500 },
        1,
      );
      return { name: this.name, value: Math.round((1000 / result.perSecond) * 100) / 100, unit: 'ms', target: '<= 5' };
    },
  },
  {
    name: 'bundle.law_registry_gzip_kb',
    description: 'the law registry data module (data/laws.ts), gzip -9; loaded lazily by the background',
    async run() {
      const kb = gzipSync(readFileSync('data/laws.ts'), { level: 9 }).length / 1024;
      return { name: this.name, value: Math.round(kb * 10) / 10, unit: 'KB', target: '<= 150' };
    },
  },
];
