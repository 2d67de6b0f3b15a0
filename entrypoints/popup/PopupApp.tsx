import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { OverlayState } from '../../extension/messages';
import { loadSettings } from '../../extension/storage';
import { DEFAULT_ORIGINS, isOriginEnabled, matchPatternFor, originOf } from '../../lib/settings/schema';

interface TabInfo {
  id?: number;
  origin?: string;
}

/** This tab's state (site enabled?, adapter, counts) and enable/disable for the site. */
export function PopupApp() {
  const [tab, setTab] = useState<TabInfo>({});
  const [enabled, setEnabled] = useState(false);
  const [state, setState] = useState<OverlayState | null>(null);
  const [error, setError] = useState('');

  const refresh = async () => {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    const origin = active?.url ? originOf(active.url) : undefined;
    setTab({ id: active?.id, origin });
    if (!origin) return;
    const settings = await loadSettings();
    const isDefault = (DEFAULT_ORIGINS as readonly string[]).some((base) => origin.startsWith(base));
    const granted = isDefault || (await browser.permissions.contains({ origins: [matchPatternFor(origin)] }));
    setEnabled(isOriginEnabled(settings, origin) && granted);
    if (active?.id !== undefined) {
      try {
        setState((await browser.tabs.sendMessage(active.id, { type: 'overlay-state' })) as OverlayState);
      } catch {
        setState(null); // no overlay in this tab
      }
    }
  };

  useEffect(() => void refresh(), []);

  const enable = async () => {
    if (!tab.origin) return;
    setError('');
    // The permission prompt needs this click's user gesture, so it is asked here, not in the background.
    const granted = await browser.permissions.request({ origins: [matchPatternFor(tab.origin)] });
    if (!granted) {
      setError('未授予访问该网站的权限。 Permission was not granted.');
      return;
    }
    const result = (await browser.runtime.sendMessage({ type: 'enable-site', origin: tab.origin, tabId: tab.id })) as {
      ok: boolean;
      error?: string;
    };
    if (!result?.ok) setError(result?.error ?? '启用失败 / could not enable');
    setTimeout(() => void refresh(), 400);
  };

  const disable = async () => {
    if (!tab.origin) return;
    await browser.runtime.sendMessage({ type: 'disable-site', origin: tab.origin });
    if (tab.id !== undefined) await browser.tabs.reload(tab.id);
    void refresh();
  };

  return (
    <main>
      <h1>执法自查守护</h1>
      {!tab.origin && <p class="muted">此页面不是网页，无法检查。 This page cannot be checked.</p>}
      {tab.origin && (
        <>
          <p class="site">
            {tab.origin} · {enabled ? '已启用 enabled' : '未启用 not enabled'}
          </p>
          {state && (
            <>
              <div class="counts">
                <span class="violation">
                  违规风险 <b data-testid="violations">{state.violations}</b>
                </span>
                <span class="review">
                  需核实 <b data-testid="reviews">{state.reviews}</b>
                </span>
              </div>
              <p class="muted">
                案号 {state.caseId || '—'} · 读取方式 {state.adapter}
              </p>
            </>
          )}
          <div class="actions">
            {enabled ? (
              <button type="button" class="secondary" onClick={() => void disable()}>
                在本站停用
              </button>
            ) : (
              <button type="button" data-testid="enable" onClick={() => void enable()}>
                在本站启用
              </button>
            )}
            <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
              设置
            </button>
            <button
              type="button"
              class="secondary"
              data-testid="dashboard"
              onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}
            >
              自查自纠记录
            </button>
          </div>
          {error && <p class="error">{error}</p>}
        </>
      )}
    </main>
  );
}
