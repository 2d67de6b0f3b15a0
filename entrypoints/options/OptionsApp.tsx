import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseAdapterJson } from '../../lib/adapters';
import { art7Heading } from '../../lib/engine/citation';
import { RULES } from '../../lib/rules';
import {
  checkEndpoint,
  DEFAULT_ORIGINS,
  LOOPBACK_HOSTS,
  matchPatternFor,
  originOf,
  type GateOverride,
  type Settings,
} from '../../lib/settings/schema';
import {
  listGateOverrides,
  listSiteAdapters,
  loadSettings,
  removeSiteAdapter,
  saveSettings,
  saveSiteAdapterJson,
} from '../../extension/storage';

/** Sites, adapters, profile, rules turned off, and the log of gate overrides. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [adapters, setAdapters] = useState<Record<string, unknown>>({});
  const [overrides, setOverrides] = useState<GateOverride[]>([]);
  const [siteInput, setSiteInput] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const refresh = async () => {
    setSettings(await loadSettings());
    setAdapters(await listSiteAdapters());
    setOverrides(await listGateOverrides());
  };
  useEffect(() => void refresh(), []);

  if (!settings) return <main>…</main>;

  const update = async (patch: Partial<Settings>) => setSettings(await saveSettings(patch));

  const addSite = async () => {
    setMessage(null);
    const origin = originOf(siteInput.trim());
    if (!origin) {
      setMessage({
        kind: 'error',
        text: '请输入网址，例如 http://10.1.2.3:8080 / Enter an address such as http://10.1.2.3:8080',
      });
      return;
    }
    const granted = await browser.permissions.request({ origins: [matchPatternFor(origin)] });
    if (!granted) {
      setMessage({ kind: 'error', text: '未授予访问该网站的权限 / Permission was not granted' });
      return;
    }
    const result = (await browser.runtime.sendMessage({ type: 'enable-site', origin })) as {
      ok: boolean;
      error?: string;
    };
    setMessage(
      result?.ok ? { kind: 'ok', text: `已启用 ${origin}` } : { kind: 'error', text: result?.error ?? '启用失败' },
    );
    setSiteInput('');
    void refresh();
  };

  const removeSite = async (origin: string) => {
    await browser.runtime.sendMessage({ type: 'disable-site', origin });
    void refresh();
  };

  const exportAdapter = (origin: string) => {
    const blob = new Blob([JSON.stringify(adapters[origin], null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `zhifa-guard-adapter-${new URL(origin).hostname}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };

  const importAdapter = async (file: File, origin: string) => {
    setMessage(null);
    const parsed = parseAdapterJson(await file.text());
    if (!parsed.ok) {
      const lines = parsed.errors.map(
        (error) => `${error.path || '(文件)'}：${error.message.zh} / ${error.message.en}`,
      );
      setMessage({
        kind: 'error',
        text: `适配器文件无效，未做任何更改 / Invalid adapter file, nothing changed:\n${lines.join('\n')}`,
      });
      return;
    }
    await saveSiteAdapterJson(origin, parsed.adapter);
    setMessage({ kind: 'ok', text: `已导入适配器 ${parsed.adapter.id} → ${origin}` });
    void refresh();
  };

  const toggleRule = (id: string, on: boolean) =>
    void update({
      disabledRules: on ? settings.disabledRules.filter((rule) => rule !== id) : [...settings.disabledRules, id],
    });

  const sites = [...DEFAULT_ORIGINS, ...settings.enabledOrigins];
  const byItem = [...RULES].sort((a, b) => a.category - b.category || (a.id < b.id ? -1 : 1));

  return (
    <main>
      <h1>执法自查守护 · 设置</h1>
      <p>
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}
        >
          自查自纠记录
        </button>
      </p>
      {message && (
        <p class={message.kind} role="status" data-testid="options-message">
          {message.text}
        </p>
      )}

      <section>
        <h2>启用的网站 Sites</h2>
        <table>
          <tbody>
            {sites.map((origin) => (
              <tr key={origin}>
                <td>{origin}</td>
                <td>{(DEFAULT_ORIGINS as readonly string[]).includes(origin) ? '默认（演示系统）' : '已授权'}</td>
                <td>
                  {!(DEFAULT_ORIGINS as readonly string[]).includes(origin) && (
                    <button type="button" class="danger" onClick={() => void removeSite(origin)}>
                      停用
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="row">
          <input
            type="url"
            placeholder="http://10.1.2.3:8080"
            value={siteInput}
            aria-label="网站地址"
            onInput={(event) => setSiteInput((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="button" data-testid="add-site" onClick={() => void addSite()}>
            启用该网站
          </button>
        </div>
        <p class="muted">内网办案系统需逐个授权；扩展只在已启用的网站读取页面，案件数据不会离开本机。</p>
      </section>

      <section>
        <h2>检查设置 Checking</h2>
        <div class="row">
          <label>
            地区标准 Profile
            <select
              value={settings.profile}
              onChange={(event) =>
                void update({ profile: (event.currentTarget as HTMLSelectElement).value as Settings['profile'] })
              }
            >
              <option value="jinan">山东省济南市</option>
              <option value="shandong">山东省</option>
              <option value="national">全国默认</option>
            </select>
          </label>
          <label>
            语言 Language
            <select
              value={settings.locale}
              onChange={(event) =>
                void update({ locale: (event.currentTarget as HTMLSelectElement).value as Settings['locale'] })
              }
            >
              <option value="zh-CN">中文</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
        <div class="row">
          <label>
            结案类按钮 Closing buttons
            <input
              type="text"
              value={settings.closeButtons.join('、')}
              onChange={(event) =>
                void update({
                  closeButtons: (event.currentTarget as HTMLInputElement).value
                    .split(/[、,，\s]+/)
                    .map((text) => text.trim())
                    .filter(Boolean),
                })
              }
            />
          </label>
        </div>
      </section>

      <EndpointSection endpoint={settings.endpoint} onSaved={(next) => setSettings(next)} />

      <section>
        <h2>
          规则 Rules（{RULES.length - settings.disabledRules.length}/{RULES.length} 已启用）
        </h2>
        <div class="rules">
          {byItem.map((rule, index) => (
            <>
              {(index === 0 || byItem[index - 1]!.category !== rule.category) && (
                <p class="muted">
                  <b>{art7Heading(rule.category)}</b>
                </p>
              )}
              <label key={rule.id} title={rule.id}>
                <input
                  type="checkbox"
                  checked={!settings.disabledRules.includes(rule.id)}
                  onChange={(event) => toggleRule(rule.id, (event.currentTarget as HTMLInputElement).checked)}
                />
                {rule.title.zh}
              </label>
            </>
          ))}
        </div>
      </section>

      <section>
        <h2>站点适配器 Adapters</h2>
        {Object.keys(adapters).length === 0 && (
          <p class="muted">尚无适配器。可在页面面板的“教学模式”中生成，或导入 JSON。</p>
        )}
        <table>
          <tbody>
            {Object.entries(adapters).map(([origin, adapter]) => (
              <tr key={origin}>
                <td>{origin}</td>
                <td>{(adapter as { id?: string }).id}</td>
                <td>
                  <button type="button" class="secondary" onClick={() => exportAdapter(origin)}>
                    导出
                  </button>{' '}
                  <button type="button" class="danger" onClick={() => void removeSiteAdapter(origin).then(refresh)}>
                    删除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="row">
          <label>
            导入到网站
            <select id="import-origin">
              {sites.map((origin) => (
                <option key={origin} value={origin}>
                  {origin}
                </option>
              ))}
            </select>
          </label>
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-adapter"
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              const origin = (document.getElementById('import-origin') as HTMLSelectElement).value;
              const file = input.files?.[0];
              if (file) void importAdapter(file, origin).finally(() => (input.value = ''));
            }}
          />
        </div>
      </section>

      <section>
        <h2>结案闸口记录 Gate overrides</h2>
        {overrides.length === 0 && <p class="muted">暂无记录。</p>}
        <table>
          <tbody>
            {overrides
              .slice()
              .reverse()
              .map((entry) => (
                <tr key={entry.at + entry.caseId}>
                  <td>{entry.at.replace('T', ' ').slice(0, 19)}</td>
                  <td>{entry.caseId}</td>
                  <td>{entry.button}</td>
                  <td>{entry.reason}</td>
                  <td class="muted">{entry.ruleIds.join(', ')}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}

/**
 * Where sealed self-reports are delivered (settings.endpoint; the background outbox sends them, see
 * extension/outbox.ts). Saving asks for the host permission of that one origin only.
 */
function EndpointSection(props: { endpoint: string | undefined; onSaved: (settings: Settings) => void }) {
  const [input, setInput] = useState(props.endpoint ?? '');
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const save = async () => {
    setNote(null);
    if (input.trim() === '') {
      props.onSaved(await saveSettings({ endpoint: undefined }));
      setNote({ kind: 'ok', text: '已清除接收地址，自查报告不再自动报送（仍可导出文件）/ Endpoint cleared' });
      return;
    }
    const checked = checkEndpoint(input);
    if (!checked.ok) {
      setNote({ kind: 'error', text: `${checked.error.zh} / ${checked.error.en}` });
      return;
    }
    const pattern = matchPatternFor(checked.origin);
    const loopback = (LOOPBACK_HOSTS as readonly string[]).includes(new URL(checked.url).hostname);
    // Loopback hosts are reachable already (the demo content script matches them); others need the
    // optional host permission of this one origin, asked for within the click.
    const granted =
      (loopback && ((await browser.permissions.getAll()).origins ?? []).includes(pattern)) ||
      (await browser.permissions.request({ origins: [pattern] }).catch(() => false));
    if (!granted) {
      setNote({
        kind: 'error',
        text: `未授予访问 ${checked.origin} 的权限，接收地址未保存 / Permission was not granted; the endpoint was not saved`,
      });
      return;
    }
    props.onSaved(await saveSettings({ endpoint: checked.url }));
    setInput(checked.url);
    setNote({ kind: 'ok', text: `已保存接收地址 ${checked.url}，封存的自查报告将自动报送 / Endpoint saved` });
    void browser.runtime.sendMessage({ type: 'outbox-kick' }).catch(() => undefined);
  };

  return (
    <section>
      <h2>报送 Delivery</h2>
      <div class="row">
        <label>
          接收地址 Endpoint
          <input
            type="text"
            inputMode="url"
            placeholder="https://zfjd.example.gov.cn/api/reports"
            value={input}
            data-testid="endpoint-input"
            onInput={(event) => setInput((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="button" data-testid="save-endpoint" onClick={() => void save()}>
          保存
        </button>
      </div>
      {note && (
        <p class={note.kind} role="status" data-testid="endpoint-message">
          {note.text}
        </p>
      )}
      <p class="muted">
        封存的自查报告会自动提交到本单位的接收服务器（须为 https）；失败时自动重试。未填写则不报送，导出文件不受影响。
      </p>
    </section>
  );
}
