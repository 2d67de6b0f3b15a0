/** Sites, delivery endpoints and gate records: plain helpers without the schema library (the page script uses them). */
/** Sites the overlay runs on without asking: the demo host system. */
export const DEFAULT_ORIGINS = ['http://127.0.0.1', 'http://localhost'] as const;

export const DEFAULT_CLOSE_BUTTONS = ['结案', '办结', '提交审批', '归档'] as const;

/** Hosts that may receive reports over plain http (tests and demos on this machine only). */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost'] as const;

/**
 * Checks a delivery endpoint: an absolute https URL (or http on 127.0.0.1/localhost), without
 * user:password or #fragment. Returns the normalised URL, or a bilingual reason.
 */
export function checkEndpoint(
  input: string,
): { ok: true; url: string; origin: string } | { ok: false; error: { zh: string; en: string } } {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      error: {
        zh: '接收地址不是有效网址，应形如 https://zfjd.example.gov.cn/api/reports',
        en: 'the endpoint is not a valid URL; expected e.g. https://zfjd.example.gov.cn/api/reports',
      },
    };
  }
  const loopback = (LOOPBACK_HOSTS as readonly string[]).includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return {
      ok: false,
      error: {
        zh: '接收地址须以 https:// 开头（仅本机测试可用 http://127.0.0.1 或 http://localhost）',
        en: 'the endpoint must start with https:// (plain http only for http://127.0.0.1 or http://localhost tests)',
      },
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      error: { zh: '接收地址中不能包含用户名或密码', en: 'the endpoint must not contain a user name or password' },
    };
  }
  if (url.hash) {
    return { ok: false, error: { zh: '接收地址中不能包含 # 片段', en: 'the endpoint must not contain a #fragment' } };
  }
  return { ok: true, url: url.href, origin: url.origin };
}

/** `http://10.1.2.3:8080/case/1` → `http://10.1.2.3:8080`; undefined for non-web URLs. */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.origin;
  } catch {
    return undefined;
  }
}

/** The match pattern that covers one origin, for permissions and content-script registration. */
export function matchPatternFor(origin: string): string {
  const url = new URL(origin);
  // Match patterns cannot carry a port; the host pattern covers every port of that host.
  return `${url.protocol}//${url.hostname}/*`;
}

export function isOriginEnabled(
  settings: { enabledOrigins: readonly string[]; disabledOrigins: readonly string[] },
  origin: string,
): boolean {
  const host = new URL(origin);
  const base = `${host.protocol}//${host.hostname}`;
  if (settings.disabledOrigins.includes(origin) || settings.disabledOrigins.includes(base)) return false;
  if ((DEFAULT_ORIGINS as readonly string[]).includes(base)) return true;
  return settings.enabledOrigins.includes(origin) || settings.enabledOrigins.includes(base);
}

export interface GateOverride {
  caseId: string;
  url: string;
  button: string;
  reason: string;
  ruleIds: string[];
  at: string;
}
