/**
 * Panel styles, injected into the panel's shadow root (extension and widget alike).
 * Theming through CSS custom properties set on the host element; px units so host rem sizes never leak in.
 */
export const PANEL_CSS = `
:host {
  all: initial;
  --zg-font: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
  --zg-bg: #ffffff;
  --zg-fg: #1f2329;
  --zg-muted: #646a73;
  --zg-border: #dee0e3;
  --zg-accent: #1d5fd6;
  --zg-violation: #c62828;
  --zg-violation-bg: #fdecea;
  --zg-review: #a15c00;
  --zg-review-bg: #fff4e0;
  --zg-ok: #2e7d32;
  --zg-radius: 8px;
  --zg-width: 360px;
  --zg-z: 2147483000;
}
* { box-sizing: border-box; }
.zg-panel, .zg-pill {
  font-family: var(--zg-font);
  font-size: 13px;
  line-height: 1.5;
  color: var(--zg-fg);
}
.zg-panel {
  display: flex;
  flex-direction: column;
  background: var(--zg-bg);
  border: 1px solid var(--zg-border);
  border-radius: var(--zg-radius);
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.16);
  width: var(--zg-width);
  max-height: calc(100vh - 96px);
  overflow: hidden;
}
.zg-floating .zg-panel, .zg-floating .zg-pill { position: fixed; top: 72px; z-index: var(--zg-z); }
.zg-floating .zg-dock-right { right: 12px; }
.zg-floating .zg-dock-left { left: 12px; }
.zg-inline .zg-panel { width: 100%; max-height: none; box-shadow: none; }
.zg-header {
  display: flex; align-items: center; gap: 8px; padding: 8px 10px;
  border-bottom: 1px solid var(--zg-border); background: #f5f7fa;
}
.zg-title { font-size: 14px; white-space: nowrap; }
.zg-badge { display: inline-flex; gap: 8px; font-size: 12px; color: var(--zg-muted); }
.zg-count-violation { color: var(--zg-violation); }
.zg-count-review { color: var(--zg-review); }
.zg-header-tools { margin-left: auto; display: inline-flex; gap: 4px; }
.zg-icon {
  border: 1px solid var(--zg-border); background: #fff; border-radius: 4px; cursor: pointer;
  min-width: 26px; height: 24px; font: inherit; font-size: 12px; color: var(--zg-fg);
}
.zg-icon:focus-visible, .zg-btn:focus-visible, .zg-pill:focus-visible, textarea:focus-visible, select:focus-visible {
  outline: 2px solid var(--zg-accent); outline-offset: 1px;
}
.zg-body { overflow-y: auto; padding: 6px 10px; flex: 1; }
.zg-empty { color: var(--zg-muted); margin: 12px 0; }
.zg-ok { color: var(--zg-ok); }
.zg-error { color: var(--zg-violation); background: var(--zg-violation-bg); padding: 6px 8px; border-radius: 4px; white-space: pre-wrap; }
.zg-group { margin: 6px 0 10px; }
.zg-group-title { font-size: 12px; font-weight: 600; color: var(--zg-muted); margin: 6px 0; }
.zg-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.zg-finding { border: 1px solid var(--zg-border); border-left-width: 4px; border-radius: 6px; padding: 8px 10px; }
.zg-finding.zg-violation { border-left-color: var(--zg-violation); }
.zg-finding.zg-review { border-left-color: var(--zg-review); }
.zg-finding.zg-active { box-shadow: 0 0 0 2px var(--zg-accent); }
.zg-finding-head { display: flex; gap: 6px; align-items: baseline; }
.zg-finding-title { font-weight: 600; }
.zg-tag { font-size: 11px; padding: 0 6px; border-radius: 10px; white-space: nowrap; }
.zg-tag-violation { background: var(--zg-violation-bg); color: var(--zg-violation); }
.zg-tag-review { background: var(--zg-review-bg); color: var(--zg-review); }
.zg-message { margin: 4px 0; }
.zg-basis, .zg-fix, .zg-due { margin: 2px 0; color: var(--zg-muted); font-size: 12px; }
.zg-actions { display: flex; gap: 6px; margin-top: 6px; flex-wrap: wrap; }
.zg-btn {
  font: inherit; font-size: 12px; padding: 2px 10px; border-radius: 4px; cursor: pointer;
  border: 1px solid var(--zg-accent); background: var(--zg-accent); color: #fff;
}
.zg-btn-secondary { background: #fff; color: var(--zg-accent); }
.zg-btn-danger { border-color: var(--zg-violation); background: var(--zg-violation); color: #fff; }
.zg-btn[disabled] { opacity: 0.5; cursor: not-allowed; }
.zg-footer { border-top: 1px solid var(--zg-border); padding: 6px 10px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.zg-case { color: var(--zg-muted); font-size: 12px; margin-right: auto; }
.zg-disclaimer { width: 100%; margin: 2px 0 0; font-size: 11px; color: var(--zg-muted); }
.zg-pill {
  display: inline-flex; gap: 6px; align-items: center; padding: 6px 12px; border-radius: 18px; cursor: pointer;
  border: 1px solid var(--zg-border); background: var(--zg-bg); box-shadow: 0 4px 14px rgba(0, 0, 0, 0.18);
}
.zg-pill .zg-count { min-width: 20px; text-align: center; border-radius: 10px; font-weight: 700; }
.zg-pill .zg-count-violation { background: var(--zg-violation-bg); }
.zg-pill .zg-count-review { background: var(--zg-review-bg); }
.zg-dialog-backdrop {
  position: fixed; inset: 0; background: rgba(0, 0, 0, 0.35); z-index: calc(var(--zg-z) + 1);
  display: flex; align-items: center; justify-content: center;
  font-family: var(--zg-font); font-size: 13px; color: var(--zg-fg);
}
.zg-dialog {
  background: var(--zg-bg); border-radius: var(--zg-radius); width: min(560px, calc(100vw - 32px));
  max-height: calc(100vh - 64px); overflow-y: auto; padding: 16px 18px; box-shadow: 0 10px 40px rgba(0, 0, 0, 0.3);
}
.zg-dialog h2 { font-size: 16px; margin: 0 0 8px; color: var(--zg-violation); }
.zg-dialog textarea { width: 100%; min-height: 64px; font: inherit; padding: 6px; border: 1px solid var(--zg-border); border-radius: 4px; }
.zg-dialog label { display: block; font-weight: 600; margin: 10px 0 4px; }
.zg-dialog-actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
.zg-teach { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; width: 100%; }
.zg-teach select { font: inherit; font-size: 12px; max-width: 200px; }
.zg-teach-status { font-size: 12px; color: var(--zg-accent); width: 100%; }
`;

/** Styles for the highlight drawn over host fields (lives in the host document, so it is namespaced). */
export const HIGHLIGHT_CLASS = 'zhifa-guard-highlight';
