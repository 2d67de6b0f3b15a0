import { useEffect, useState } from 'preact/hooks';
import { todayInChina } from '../../lib/calendar/days';
import { formatCitation } from '../../lib/engine/citation';
import { PROCEEDING_KINDS, type ProceedingDeadline, type ProceedingKind } from '../../lib/selfreport/proceedings';
import type { ZhifaStore } from '../../lib/store';
import type { ProceedingRow } from '../../lib/store/rows';

const KIND_LABELS: Record<ProceedingKind, string> = {
  transfer: '收到监督机构移送（第十六条）',
  filing: '过错责任追究立案（第十九条）',
  extension: '调查期限延长（第十九条）',
  'decision-received': '收到处理决定（第二十一条，申请复核）',
  'review-applied': '监督机构收到复核申请（第二十一条）',
};

/** Order 294 liability-proceedings steps the officer records, with their deadlines and reminders. */
export function Proceedings({ store, onChange }: { store: ZhifaStore; onChange?: () => void }) {
  const [steps, setSteps] = useState<{ step: ProceedingRow; deadline: ProceedingDeadline }[]>([]);
  const [kind, setKind] = useState<ProceedingKind>('decision-received');
  const [at, setAt] = useState(todayInChina());
  const [filedAt, setFiledAt] = useState('');
  const [caseId, setCaseId] = useState('');
  const [error, setError] = useState('');
  const today = todayInChina();

  const refresh = async () => setSteps((await store.listProceedings({ today })).steps);
  useEffect(() => void refresh(), [store]);

  const add = async () => {
    setError('');
    const result = await store.addProceedingStep({
      kind,
      at,
      ...(kind === 'extension' && filedAt ? { filedAt } : {}),
      ...(caseId.trim() ? { caseId: caseId.trim() } : {}),
    });
    if (!result.ok) {
      setError(`${result.error.zh} / ${result.error.en}`);
      return;
    }
    await refresh();
    onChange?.();
  };

  return (
    <section data-testid="proceedings">
      <h2>过错责任追究程序期限（济南市人民政府令第294号）</h2>
      <div class="toolbar">
        <select
          value={kind}
          aria-label="程序步骤"
          onChange={(event) => setKind((event.currentTarget as HTMLSelectElement).value as ProceedingKind)}
        >
          {PROCEEDING_KINDS.map((value) => (
            <option key={value} value={value}>
              {KIND_LABELS[value]}
            </option>
          ))}
        </select>
        <label>
          日期{' '}
          <input type="date" value={at} onInput={(event) => setAt((event.currentTarget as HTMLInputElement).value)} />
        </label>
        {kind === 'extension' && (
          <label>
            立案日期{' '}
            <input
              type="date"
              value={filedAt}
              onInput={(event) => setFiledAt((event.currentTarget as HTMLInputElement).value)}
            />
          </label>
        )}
        <label>
          案号{' '}
          <input
            type="text"
            value={caseId}
            onInput={(event) => setCaseId((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="button" data-testid="add-proceeding" onClick={() => void add()}>
          记录并计算期限
        </button>
      </div>
      {error && <p class="error">{error}</p>}
      <table>
        <tbody>
          {steps.map(({ step, deadline }) => (
            <tr key={step.id} data-kind={step.kind}>
              <td>{KIND_LABELS[step.kind]}</td>
              <td>{step.caseId ?? ''}</td>
              <td>{step.at.slice(0, 10)}</td>
              <td data-testid="due">
                <b>{deadline.due}</b> 前：{deadline.duty.zh}
                {deadline.daysLeft !== undefined &&
                  (deadline.daysLeft < 0 ? `（已逾期 ${-deadline.daysLeft} 日）` : `（还剩 ${deadline.daysLeft} 日）`)}
                {!deadline.covered && '（节假日数据未覆盖该年度，请人工核对）'}
              </td>
              <td class="muted">
                提醒：{deadline.reminders.map((reminder) => reminder.date).join('、')}
                <br />
                {formatCitation(deadline.citation)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {steps.length === 0 && <p class="muted">尚未记录程序步骤。记录后将按期提醒（浏览器通知）。</p>}
    </section>
  );
}
