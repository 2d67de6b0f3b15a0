import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PANEL_CSS } from '../../components/styles';
import { openSelfReportModal } from '../../components/selfreport/SelfReportModal';
import { openPrintable, storePort } from '../../components/selfreport/store-port';
import type { Finding } from '../../lib/engine/types';
import {
  formatChinaTime,
  ledgerToCsv,
  renderSelfReportHtml,
  reviseReport,
  type Draft,
  type SealedRecord,
} from '../../lib/selfreport';
import { ZhifaStore } from '../../lib/store';
import { Proceedings } from './Proceedings';
import { deliveryStateOf, type DeliveryState, type DeliveryStatus } from '../../extension/outbox';
import { outboxRowSchema } from '../../lib/store/rows';

/**
 * 自查自纠记录: sealed reports (paged — only the visible page is read and rendered), drafts,
 * versions, receipts, delivery state, exports (printable HTML, JSON bundle, ledger CSV) and import.
 * The page runs in the extension's origin, so it opens the same IndexedDB as the background.
 */
const PAGE_SIZE = 20;
const storePromise = ZhifaStore.open();
const port = storePort(storePromise);

const CSS = `
body { font: 14px/1.5 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; margin: 0; color: #1f2329; background: #f5f6f7; }
main { max-width: 1100px; margin: 0 auto; padding: 16px 20px 40px; }
h1 { font-size: 20px; margin: 4px 0 12px; }
section { background: #fff; border: 1px solid #dee0e3; border-radius: 8px; padding: 12px 16px; margin: 12px 0; }
h2 { font-size: 16px; margin: 0 0 8px; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; border-bottom: 1px solid #eee; padding: 4px 6px; vertical-align: top; font-size: 13px; }
th { color: #646a73; font-weight: 600; }
code, .code { font-family: ui-monospace, Menlo, Consolas, monospace; }
button { font: inherit; border: 1px solid #1d5fd6; background: #1d5fd6; color: #fff; border-radius: 4px; padding: 2px 10px; cursor: pointer; }
button.secondary { background: #fff; color: #1d5fd6; }
button:disabled { opacity: 0.5; cursor: default; }
.toolbar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.muted { color: #646a73; }
.error { color: #c62828; }
.ok { color: #2e7d32; }
.state-delivered { color: #2e7d32; } .state-pending { color: #a15c00; } .state-failed { color: #c62828; } .state-sending { color: #1d5fd6; }
.versions td { background: #fafafa; }
`;

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

const DELIVERY: Record<DeliveryStatus, string> = {
  pending: '待报送',
  sending: '报送中',
  delivered: '已报送',
  failed: '报送失败',
};

/** A finding-shaped stand-in for a stored draft, so the form can continue it. */
function findingOfDraft(draft: Draft): Finding {
  return {
    ruleId: draft.ruleId ?? '',
    messageId: '',
    category: (draft.art7Item ?? 1) as Finding['category'],
    severity: 'medium',
    status: 'violation',
    message: draft.description ?? '',
    citations: draft.citations ?? [],
    fields: [],
    fix: '',
    title: draft.ruleId ?? '',
  };
}

function App() {
  const [store, setStore] = useState<ZhifaStore | null>(null);
  const [items, setItems] = useState<SealedRecord[]>([]);
  const [total, setTotal] = useState(0);
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const [next, setNext] = useState<number | undefined>(undefined);
  const [delivery, setDelivery] = useState<Record<string, DeliveryState>>({});
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [versions, setVersions] = useState<SealedRecord[]>([]);
  const [unmask, setUnmask] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [tick, setTick] = useState(0);
  const page = cursors.length - 1;

  useEffect(() => void storePromise.then(setStore), []);

  useEffect(() => {
    if (!store) return;
    void (async () => {
      const before = cursors[cursors.length - 1];
      const result = await store.listReports({ limit: PAGE_SIZE, ...(before !== undefined ? { before } : {}) });
      setItems(result.items);
      setTotal(result.total);
      setNext(result.next);
      const rows: Record<string, DeliveryState> = {};
      for (const record of result.items) {
        const key = `${record.report.id}:${record.report.version}`;
        const parsed = outboxRowSchema.safeParse(await store.db.get('outbox', key));
        if (parsed.success) rows[key] = deliveryStateOf(parsed.data);
      }
      setDelivery(rows);
      setDrafts((await store.listDrafts()).drafts);
    })();
  }, [store, cursors, tick]);

  const refresh = () => setTick((n) => n + 1);

  /** A sealed report is never rewritten: a correction becomes the next version, linked to this one. */
  const revise = async (record: SealedRecord) => {
    if (!store) return;
    const { versions: all } = await store.getReportVersions(record.report.id);
    const latest = all.reduce((a, b) => (b.report.version > a.report.version ? b : a), record);
    const draft = { ...reviseReport(latest), updatedAt: new Date().toISOString() } as Draft;
    const saved = await store.saveDraft(draft);
    if (!saved.ok) {
      setMessage({ ok: false, text: `${saved.error.zh} / ${saved.error.en}` });
      return;
    }
    continueDraft(saved.draft);
  };

  const showVersions = async (id: string) => {
    if (!store) return;
    if (open === id) return setOpen(null);
    setVersions((await store.getReportVersions(id)).versions);
    setOpen(id);
  };

  const exportJson = async () => {
    if (!store) return;
    const result = await store.exportBundle({ mask: !unmask });
    download(`zhifa-guard-selfreports${unmask ? '' : '-masked'}.json`, result.json, 'application/json');
    setMessage({
      ok: !result.warning,
      text: `已导出 ${result.records} 条记录${result.warning ? `；${result.warning.zh}` : ''}`,
    });
  };

  const exportLedger = async () => {
    if (!store) return;
    const { entries } = await store.listLedger();
    download('zhifa-guard-ledger.csv', ledgerToCsv(entries, { mask: !unmask }), 'text/csv;charset=utf-8');
  };

  const importFile = async (file: File | undefined) => {
    if (!store || !file) return;
    const result = await store.importBundle(await file.text());
    if (result.ok) {
      setMessage({ ok: true, text: `导入完成：新增 ${result.added} 条，已有 ${result.alreadyPresent} 条` });
      setCursors([undefined]);
      refresh();
    } else {
      setMessage({ ok: false, text: `导入被拒绝，未作任何更改：${result.error.zh} / ${result.error.en}` });
    }
  };

  const continueDraft = (draft: Draft) => {
    const host = document.getElementById('sr-host')!;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    if (!shadow.querySelector('style')) {
      const style = document.createElement('style');
      style.textContent = PANEL_CSS;
      shadow.append(style);
    }
    openSelfReportModal(shadow, {
      port: { ...port, printable: (record) => openPrintable(record) },
      finding: findingOfDraft(draft),
      caseId: draft.caseId,
      draftId: draft.id,
      locale: 'zh-CN',
      onSealed: refresh,
      onClose: refresh,
    });
  };

  return (
    <main>
      <h1>执法自查守护 · 自查自纠记录</h1>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role="status" data-testid="message">
          {message.text}
        </p>
      )}
      <section>
        <h2>导出与导入</h2>
        <div class="toolbar">
          <label>
            <input type="checkbox" checked={unmask} onChange={(e) => setUnmask(e.currentTarget.checked)} />{' '}
            不遮蔽个人信息
          </label>
          <button type="button" onClick={() => void exportJson()} data-testid="export-json">
            导出 JSON 包
          </button>
          <button type="button" class="secondary" onClick={() => void exportLedger()}>
            导出台账 CSV
          </button>
          <label class="muted">
            导入 JSON 包：
            <input
              type="file"
              accept="application/json,.json"
              data-testid="import"
              onChange={(e) => {
                const input = e.currentTarget;
                void importFile(input.files?.[0]).finally(() => (input.value = ''));
              }}
            />
          </label>
        </div>
      </section>
      <section>
        <h2>
          已封存{' '}
          <span class="muted" data-testid="total">
            {total}
          </span>
        </h2>
        <table data-testid="reports">
          <thead>
            <tr>
              <th>回执码</th>
              <th>案号</th>
              <th>规则</th>
              <th>版本</th>
              <th>封存时间</th>
              <th>报送</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((record) => {
              const key = `${record.report.id}:${record.report.version}`;
              const state = delivery[key];
              return [
                <tr key={key} data-report-id={record.report.id} data-receipt={record.receipt.code}>
                  <td class="code">{record.receipt.code}</td>
                  <td>{record.report.caseId}</td>
                  <td>
                    <code>{record.report.ruleId ?? ''}</code>
                  </td>
                  <td>{record.report.version}</td>
                  <td>{formatChinaTime(record.sealedAt)}</td>
                  <td class={state ? `state-${state.status}` : 'muted'} data-delivery={state?.status ?? 'none'}>
                    {state
                      ? `${DELIVERY[state.status]}${state.attempts > 0 ? ` · 尝试 ${state.attempts} 次` : ''}`
                      : '未设置报送地址'}
                    {state?.lastError ? `（${state.lastError}）` : ''}
                  </td>
                  <td class="toolbar">
                    <button type="button" class="secondary" onClick={() => void showVersions(record.report.id)}>
                      版本
                    </button>
                    <button type="button" onClick={() => openPrintable(record)}>
                      打印
                    </button>
                    <button type="button" class="secondary" data-testid="revise" onClick={() => void revise(record)}>
                      修订
                    </button>
                  </td>
                </tr>,
                open === record.report.id &&
                  versions.map((v) => (
                    <tr class="versions" key={`${key}-v${v.report.version}`}>
                      <td class="code">{v.receipt.code}</td>
                      <td colSpan={2} class="code">
                        {v.hash.slice(0, 16)}…
                      </td>
                      <td>第 {v.report.version} 版</td>
                      <td>{formatChinaTime(v.sealedAt)}</td>
                      <td />
                      <td>
                        <button type="button" class="secondary" onClick={() => openPrintable(v)}>
                          打印此版
                        </button>
                      </td>
                    </tr>
                  )),
              ];
            })}
          </tbody>
        </table>
        {items.length === 0 && <p class="muted">暂无已封存的自查报告。</p>}
        <div class="toolbar">
          <button
            type="button"
            class="secondary"
            disabled={page === 0}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            上一页
          </button>
          <span class="muted">
            第 {page + 1} 页 / 共 {Math.max(1, Math.ceil(total / PAGE_SIZE))} 页
          </span>
          <button
            type="button"
            class="secondary"
            disabled={next === undefined}
            onClick={() => setCursors([...cursors, next])}
          >
            下一页
          </button>
        </div>
      </section>
      <section>
        <h2>草稿</h2>
        <table data-testid="drafts">
          <tbody>
            {drafts.map((draft) => (
              <tr key={draft.id} data-draft-id={draft.id}>
                <td>{draft.caseId}</td>
                <td>
                  <code>{draft.ruleId ?? ''}</code>
                </td>
                <td>{draft.description ?? ''}</td>
                <td>{formatChinaTime(draft.updatedAt)}</td>
                <td>
                  <button type="button" onClick={() => continueDraft(draft)}>
                    继续编辑
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {drafts.length === 0 && <p class="muted">暂无草稿。</p>}
      </section>
      {store && <Proceedings store={store} />}
      <div id="sr-host" />
    </main>
  );
}

/** `#print/<id>/<version>` (from the overlay's 打印): show the printable report via a Blob URL. */
async function printFromHash(): Promise<boolean> {
  const match = /^#print\/([^/]+)\/(\d+)$/.exec(location.hash);
  if (!match) return false;
  const store = await storePromise;
  const { versions } = await store.getReportVersions(decodeURIComponent(match[1]!));
  const record = versions.find((v) => v.report.version === Number(match[2]));
  if (!record) return false;
  const html = renderSelfReportHtml(record);
  location.replace(URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' })));
  return true;
}

const style = document.createElement('style');
style.textContent = CSS;
document.head.append(style);
void printFromHash().then((printing) => {
  if (!printing) render(<App />, document.getElementById('app')!);
});
