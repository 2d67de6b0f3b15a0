import { dayNumber, isoFromDay } from '../../lib/calendar/days';

/**
 * Deterministic, varied case generator for the benchmarks. Every case is valid against the case
 * model; about a third carry one or more defects (late steps, missing approvals, night-time
 * enforcement, over-cap fines…) so that rules take both their passing and their failing paths.
 * The mix of action types follows a typical unit's caseload: mostly penalties.
 */

type Json = Record<string, unknown>;
type Event = { kind: string; at: string; officers?: string[]; ref?: string; note?: string; data?: Json };

/** mulberry32: small, fast, good enough for test data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENCIES = [
  { name: '济南市历下区市场监督管理局', region: '370102' },
  { name: '济南市市中区市场监督管理局', region: '370103' },
  { name: '济南市生态环境局', region: '370100' },
  { name: '济南市城市管理局', region: '370100' },
  { name: '济南市槐荫区综合行政执法局', region: '370104' },
  { name: '济南市历城区行政审批服务局', region: '370112' },
];
const OFFICERS = ['王晓明', '李文静', '刘振宇', '张雪梅', '韩斌', '杨柳', '林涛', '吕婷', '祁山', '毛毅'];
const BASES = [
  { violated: ['中华人民共和国食品安全法', 34], penalty: ['中华人民共和国食品安全法', 124], min: 50_000, max: 100_000 },
  {
    violated: ['中华人民共和国大气污染防治法', 45],
    penalty: ['中华人民共和国大气污染防治法', 108],
    min: 20_000,
    max: 200_000,
  },
  {
    violated: ['中华人民共和国大气污染防治法', 69],
    penalty: ['中华人民共和国大气污染防治法', 115],
    min: 10_000,
    max: 100_000,
  },
  { violated: ['中华人民共和国道路交通安全法', 56], penalty: ['中华人民共和国道路交通安全法', 93], min: 20, max: 200 },
  { violated: ['中华人民共和国广告法', 9], penalty: ['中华人民共和国广告法', 57], min: 200_000, max: 1_000_000 },
] as const;
const FACTS = [
  '当事人销售超过保质期的食品，货值金额较小。',
  '当事人喷漆工序未采取挥发性有机物废气治理措施，废气直接排放。',
  '施工工地裸露土方未覆盖，运输车辆出场未冲洗。',
  '当事人在人行道上违法停放机动车并拒绝立即驶离。',
  '当事人发布的广告使用“国家级”“最佳”等用语。',
];
const OTHER_TYPES = ['levy', 'fee', 'confirmation', 'registration', 'payment', 'adjudication', 'requisition'] as const;

/** 2025-01-06 … 2026-09-30: inside the holiday calendar, before the benchmark's today. */
const FIRST_DAY = dayNumber('2025-01-06');
const LAST_DAY = dayNumber('2026-09-30');

class Builder {
  constructor(private readonly rand: () => number) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.rand() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.rand() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)]!;
  }

  day(day: number, hour?: number, minute = 0): string {
    const iso = isoFromDay(day);
    if (hour === undefined) return iso;
    return `${iso}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  }

  officers(): { names: string[]; list: Json[] } {
    const first = this.int(0, OFFICERS.length - 1);
    const names = [OFFICERS[first]!, OFFICERS[(first + 1 + this.int(0, OFFICERS.length - 2)) % OFFICERS.length]!];
    const list = names.map((name, index) => ({
      name,
      certificateNo: `370100${String(first * 10 + index).padStart(8, '0')}`,
      roles: index === 0 ? ['handler', 'investigator'] : ['investigator'],
    }));
    list.push({ name: '审批人', certificateNo: '37010099999999', roles: ['approver'] });
    return { names, list };
  }

  party(): Json {
    const organisation = this.chance(0.6);
    return organisation
      ? {
          kind: 'legal-person',
          name: `济南某某${this.int(1, 999)}有限公司（基准测试）`,
          idNumber: `91370100BENCH${String(this.int(0, 99999)).padStart(5, '0')}`,
          isEnterprise: true,
        }
      : { kind: 'person', name: '某某（基准测试）', idNumber: '370102********000X', isEnterprise: this.chance(0.5) };
  }
}

function penalty(b: Builder, index: number): Json {
  const simple = b.chance(0.2);
  const agency = b.pick(AGENCIES);
  const party = b.party();
  const { names, list } = b.officers();
  const basis = b.pick(BASES);
  const person = party.kind === 'person';
  const lead = b.int(FIRST_DAY, LAST_DAY - 60);
  const events: Event[] = [];
  const evidence: Json[] = [];
  const decisionKinds: string[] = ['fine'];
  let fine: number;
  let procedure: 'simple' | 'general' = 'general';
  let status: 'open' | 'closed' = 'closed';
  let discretion: Json = { standard: '山东省行政处罚裁量基准', level: 'normal', reason: '一般情节。' };

  if (simple) {
    procedure = 'simple';
    fine = person ? b.pick([50, 100, 150, 200]) : b.pick([500, 1000, 2000, 3000]);
    if (b.chance(0.1)) fine = b.pick([500, 2000, 5000]); // over the on-the-spot cap
    if (b.chance(0.05)) decisionKinds.push('confiscate-property');
    const hour = b.int(7, 20);
    events.push({ kind: 'credentials-shown', at: b.day(lead, hour), officers: names });
    events.push({ kind: 'inspection', at: b.day(lead, hour), officers: names });
    events.push({ kind: 'decision', at: b.day(lead, hour, 15), officers: names });
    events.push({ kind: 'delivery', at: b.day(lead, hour, 15), officers: names });
    events.push({ kind: 'payment', at: b.day(lead + b.int(0, 10)) });
    events.push({ kind: 'closed', at: b.day(lead + 12) });
    evidence.push({ kind: 'audiovisual', title: '执法记录仪视频', collectedAt: b.day(lead, hour), collectors: names });
  } else {
    const filing = lead + b.int(1, 6);
    const inquiry = b.chance(0.05) ? lead : filing + b.int(1, 10); // 先查后立 now and then
    const investigationEnd = inquiry + b.int(5, 40);
    let decision = investigationEnd + b.int(8, 25);
    if (b.chance(0.06)) decision = filing + b.int(95, 130); // past the 90 days
    let notice = decision - b.int(6, 12);
    if (b.chance(0.04)) notice = decision + b.int(1, 6); // told after deciding
    fine = b.int(basis.min / 100, basis.max / 100) * 100;
    const threshold = person ? (party.isEnterprise ? 3000 : 1000) : party.isEnterprise ? 10_000 : 5000;
    const open = decision >= dayNumber('2026-11-25');
    events.push({ kind: 'lead-received', at: b.day(lead) });
    events.push({ kind: 'filing-approved', at: b.day(filing), officers: ['审批人'] });
    events.push({ kind: 'credentials-shown', at: b.day(filing + 1, 9), officers: names });
    events.push({ kind: 'inspection', at: b.day(filing + 1, 9), officers: names });
    events.push({ kind: 'inquiry', at: b.day(inquiry, 14), officers: names });
    events.push({ kind: 'investigation-ended', at: b.day(investigationEnd) });
    evidence.push(
      { kind: 'inspection-record', title: '现场检查笔录', collectedAt: b.day(filing + 1), collectors: names },
      { kind: 'party-statement', title: '询问笔录', collectedAt: b.day(inquiry), collectors: names },
      { kind: 'documentary', title: '营业执照复印件', collectedAt: b.day(inquiry), collectors: names },
    );
    if (b.chance(0.05))
      evidence.push({ kind: 'documentary', title: '补充材料', collectedAt: b.day(decision + 3), collectors: names });
    if (b.chance(0.05))
      evidence.push({ kind: 'witness', title: '证人证言', collectedAt: b.day(inquiry), collectors: [names[0]!] });
    if (open) {
      status = 'open';
      decision = Number.NaN;
    } else {
      if (!b.chance(0.04)) events.push({ kind: 'notice-of-intent', at: b.day(notice), officers: names });
      if (fine >= threshold && !b.chance(0.05))
        events.push({ kind: 'hearing-notice', at: b.day(notice), officers: names });
      events.push({ kind: 'statement-heard', at: b.day(Math.min(notice + 3, decision - 1)) });
      if (b.chance(0.3)) {
        events.push({ kind: 'legal-review', at: b.day(decision - 2), data: { result: 'pass' } });
        events.push({ kind: 'collective-discussion', at: b.day(decision - 1) });
      }
      events.push({ kind: 'approval', at: b.day(decision - 1), officers: ['审批人'] });
      events.push({ kind: 'decision', at: b.day(decision), ref: `济罚〔基准〕${index}号` });
      events.push({ kind: 'delivery', at: b.day(decision + b.int(0, b.chance(0.05) ? 20 : 6)), officers: names });
      events.push({ kind: 'disclosure', at: b.day(decision + b.int(1, b.chance(0.05) ? 25 : 8)) });
      events.push({ kind: 'payment', at: b.day(decision + b.int(5, 14)) });
      events.push({ kind: 'closed', at: b.day(decision + 20) });
    }
    if (b.chance(0.08)) discretion = { standard: '山东省行政处罚裁量基准', level: 'heavier' };
    else if (b.chance(0.2))
      discretion = { standard: '山东省行政处罚裁量基准', level: 'lighter', reason: '初次违法，积极整改。' };
  }

  return {
    schemaVersion: 1,
    id: `BENCH-P-${index}`,
    title: `基准测试处罚案件${index}`,
    actionType: 'penalty',
    procedure,
    status,
    agency,
    party,
    officers: list,
    facts: b.pick(FACTS),
    violationDate: b.day(lead - b.int(0, 30)),
    discoveredAt: b.day(lead),
    source: b.pick(['inspection', 'complaint', 'referral', 'other']),
    evidence,
    legalBasis: [
      { role: 'violated', law: basis.violated[0], article: basis.violated[1] },
      { role: 'penalty', law: basis.penalty[0], article: basis.penalty[1] },
    ],
    ...(status === 'closed' ? { decision: { kinds: decisionKinds, fineAmount: fine, outcome: 'other' } } : {}),
    discretion,
    flags: { recorded: true, partyPresent: true, partySigned: b.chance(0.95), enterpriseRelated: party.isEnterprise },
    events,
  };
}

function coercion(b: Builder, index: number): Json {
  const { names, list } = b.officers();
  const start = b.int(FIRST_DAY, LAST_DAY - 70);
  const night = b.chance(0.05);
  const hour = night ? 23 : b.int(8, 17);
  const events: Event[] = [
    { kind: 'lead-received', at: b.day(start - 1) },
    { kind: 'credentials-shown', at: b.day(start, hour), officers: names },
    { kind: 'party-notified', at: b.day(start, hour), officers: names },
  ];
  const emergency = b.chance(0.05);
  if (!b.chance(0.06)) {
    const approvedLate = b.chance(0.04);
    events.push({
      kind: 'coercion-approved',
      at: approvedLate ? b.day(start + b.int(1, 3), 10) : b.day(start, Math.max(0, hour - 1)),
      officers: ['审批人'],
    });
  } else if (emergency) events.push({ kind: 'emergency-report', at: b.day(start, hour) });
  events.push({ kind: 'decision', at: b.day(start, hour, 10) });
  events.push({ kind: 'delivery', at: b.day(start, hour, 20), officers: names });
  events.push({
    kind: 'coercion-applied',
    at: b.day(start, hour, 20),
    officers: b.chance(0.04) ? [names[0]!] : names,
    data: { measure: b.pick(['sealing', 'seizure']) },
  });
  if (!b.chance(0.04)) events.push({ kind: 'on-site-record', at: b.day(start, hour, 40), officers: names });
  let term = 30;
  if (b.chance(0.1)) {
    const days = b.int(10, 30);
    events.push({ kind: 'coercion-extended', at: b.day(start + b.int(20, 29)), data: { days } });
    term += days;
  }
  const lifted = start + (b.chance(0.08) ? term + b.int(1, 20) : b.int(5, term));
  events.push({ kind: 'coercion-lifted', at: b.day(lifted), officers: names });
  if (b.chance(0.2)) {
    const enforcementHour = b.chance(0.2) ? b.pick([22, 23, 5]) : b.int(8, 17);
    events.push({ kind: 'urge-notice', at: b.day(lifted + 1), data: { deadline: b.day(lifted + 11) } });
    events.push({ kind: 'decision', at: b.day(lifted + 14) });
    events.push({
      kind: 'enforcement',
      at: b.day(lifted + 18, enforcementHour, 30),
      officers: names,
      data: { by: b.chance(0.3) ? 'court' : 'agency' },
    });
  }
  events.push({ kind: 'closed', at: b.day(lifted + 30) });
  return {
    schemaVersion: 1,
    id: `BENCH-C-${index}`,
    title: `基准测试强制措施案件${index}`,
    actionType: 'coercion',
    status: 'closed',
    agency: b.pick(AGENCIES),
    party: b.party(),
    officers: list,
    facts: b.pick(FACTS),
    source: b.pick(['inspection', 'complaint', 'referral']),
    legalBasis: [{ role: 'procedure', law: '中华人民共和国行政强制法', article: 18 }],
    discretion: { reason: '采取非强制手段不能达到行政管理目的。' },
    flags: { emergency, recorded: b.chance(0.95), partyPresent: true, partySigned: true, onSite: true },
    events,
  };
}

function license(b: Builder, index: number): Json {
  const { names, list } = b.officers();
  const received = b.int(FIRST_DAY, LAST_DAY - 60);
  const events: Event[] = [{ kind: 'application-received', at: b.day(received), officers: [names[0]!] }];
  let accepted = received;
  const corrections = b.chance(0.7) ? 0 : b.chance(0.8) ? 1 : 2;
  for (let i = 0; i < corrections; i++) {
    events.push({ kind: 'correction-requested', at: b.day(received + 2 + i * b.int(3, 10)) });
  }
  if (corrections > 0) accepted = received + 2 + corrections * 10;
  events.push({ kind: 'application-accepted', at: b.day(accepted), officers: [names[0]!] });
  events.push({ kind: 'inspection', at: b.day(accepted + 3), officers: b.chance(0.05) ? [names[0]!] : names });
  const decided = accepted + (b.chance(0.1) ? b.int(30, 45) : b.int(3, 24));
  const granted = b.chance(0.85);
  events.push({ kind: 'license-decision', at: b.day(decided), data: { outcome: granted ? 'granted' : 'refused' } });
  events.push({ kind: 'delivery', at: b.day(decided + b.int(1, b.chance(0.05) ? 20 : 8)) });
  events.push({ kind: 'disclosure', at: b.day(decided + b.int(1, 8)) });
  events.push({ kind: 'closed', at: b.day(decided + 10) });
  return {
    schemaVersion: 1,
    id: `BENCH-L-${index}`,
    title: `基准测试许可申请${index}`,
    actionType: 'license',
    status: 'closed',
    agency: b.pick(AGENCIES),
    party: b.party(),
    officers: list,
    legalBasis: [{ role: 'procedure', law: '中华人民共和国行政许可法', article: 42 }],
    decision: granted
      ? { kinds: [], outcome: 'granted' }
      : { kinds: [], outcome: 'refused', summary: '不符合法定条件，不予许可，可申请复议或提起诉讼。' },
    events,
  };
}

function inspection(b: Builder, index: number): Json {
  const { names, list } = b.officers();
  const planned = b.int(FIRST_DAY, LAST_DAY - 60);
  const key = b.chance(0.2);
  const events: Event[] = [
    {
      kind: 'inspection-planned',
      at: b.day(planned),
      data: key ? { mode: 'key', keySector: true } : { mode: 'random' },
    },
  ];
  if (!key && !b.chance(0.1)) events.push({ kind: 'random-selection', at: b.day(planned + 3) });
  let day = planned + b.int(5, 15);
  const visits = b.chance(0.85) ? 1 : b.int(2, 3);
  for (let i = 0; i < visits; i++) {
    events.push({ kind: 'credentials-shown', at: b.day(day, 10), officers: names });
    events.push({ kind: 'inspection', at: b.day(day, 10), officers: b.chance(0.04) ? [names[0]!] : names });
    day += b.int(5, 60);
  }
  if (!b.chance(0.1)) events.push({ kind: 'results-published', at: b.day(day + b.int(1, 15)) });
  events.push({ kind: 'closed', at: b.day(day + 20) });
  return {
    schemaVersion: 1,
    id: `BENCH-I-${index}`,
    title: `基准测试行政检查${index}`,
    actionType: 'inspection',
    status: 'closed',
    agency: b.pick(AGENCIES),
    party: { kind: 'legal-person', name: `济南某某${index % 997}有限公司（基准测试）`, isEnterprise: true },
    officers: list,
    source: b.pick(['inspection', 'inspection', 'inspection', 'complaint']),
    flags: { recorded: true, enterpriseRelated: true },
    events,
  };
}

function other(b: Builder, index: number): Json {
  const start = b.int(FIRST_DAY, LAST_DAY - 30);
  return {
    schemaVersion: 1,
    id: `BENCH-O-${index}`,
    actionType: b.pick(OTHER_TYPES),
    status: 'closed',
    agency: b.pick(AGENCIES),
    party: b.party(),
    events: [
      { kind: 'application-received', at: b.day(start) },
      { kind: 'decision', at: b.day(start + b.int(3, 20)) },
      { kind: 'closed', at: b.day(start + 25) },
    ],
  };
}

/** The index-th case of the stream started by `seed`; the same seed gives the same cases. */
export function generateCase(index: number, rand: () => number): Json {
  const b = new Builder(rand);
  const roll = rand();
  if (roll < 0.5) return penalty(b, index);
  if (roll < 0.65) return coercion(b, index);
  if (roll < 0.8) return license(b, index);
  if (roll < 0.95) return inspection(b, index);
  return other(b, index);
}

export function generateCases(count: number, seed = 294): Json[] {
  const rand = random(seed);
  const cases: Json[] = [];
  for (let index = 0; index < count; index++) cases.push(generateCase(index, rand));
  return cases;
}
