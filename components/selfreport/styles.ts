/** Styles of the self-report form and its modal; appended to PANEL_CSS in the same shadow root. */
export const SELFREPORT_CSS = `
.zg-sr-backdrop {
  position: fixed; inset: 0; z-index: calc(var(--zg-z, 2147483000) + 2);
  background: rgba(0, 0, 0, 0.35); display: flex; align-items: flex-start; justify-content: center;
  overflow: auto; padding: 24px 12px;
}
.zg-sr-modal { width: min(760px, 100%); }
.zg-sr {
  font-family: var(--zg-font); font-size: 13px; line-height: 1.5; color: var(--zg-fg);
  background: var(--zg-bg); border: 1px solid var(--zg-border); border-radius: var(--zg-radius);
  padding: 12px 16px; box-shadow: 0 8px 32px rgba(0, 0, 0, 0.2);
}
.zg-sr-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.zg-sr-head h2 { font-size: 16px; margin: 0; }
.zg-sr fieldset { border: 1px solid var(--zg-border); border-radius: 6px; margin: 8px 0; padding: 6px 10px 8px; }
.zg-sr legend { font-weight: 600; padding: 0 4px; }
.zg-sr label { display: flex; flex-direction: column; gap: 2px; min-width: 140px; flex: 1; }
.zg-sr label > span { color: var(--zg-muted); font-size: 12px; }
.zg-sr input, .zg-sr select, .zg-sr textarea {
  font: inherit; color: inherit; border: 1px solid var(--zg-border); border-radius: 4px; padding: 3px 6px;
  background: #fff; width: 100%; box-sizing: border-box;
}
.zg-sr textarea { resize: vertical; }
.zg-sr-row { display: flex; flex-wrap: wrap; gap: 8px; margin: 4px 0; }
.zg-sr-wide { margin: 4px 0; }
.zg-sr-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 6px 10px; }
.zg-sr-tri { flex-direction: row !important; align-items: center; justify-content: space-between; }
.zg-sr-tri select { width: auto; }
.zg-sr-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0 0 6px; }
.zg-sr-facts dt { color: var(--zg-muted); }
.zg-sr-facts dd { margin: 0; word-break: break-all; }
.zg-sr-snapshot { font-size: 12px; max-height: 80px; overflow: auto; }
.zg-sr-restored { background: #e8f0fe; border-radius: 4px; padding: 4px 8px; margin: 6px 0; }
.zg-sr-assessment { border-left: 4px solid var(--zg-review); background: var(--zg-review-bg); padding: 6px 10px; margin: 8px 0; border-radius: 4px; }
.zg-sr-assessment.zg-sr-likely-eligible { border-color: var(--zg-ok); background: #edf7ee; }
.zg-sr-assessment.zg-sr-not-eligible { border-color: var(--zg-violation); background: var(--zg-violation-bg); }
.zg-sr-assessment h3 { font-size: 13px; margin: 0 0 4px; }
.zg-sr-assessment ul, .zg-sr-issues ul { margin: 0; padding-left: 18px; }
.zg-sr-status { display: inline-block; border-radius: 3px; padding: 0 4px; font-size: 12px; color: #fff; background: var(--zg-muted); }
.zg-sr-status-met { background: var(--zg-ok); }
.zg-sr-status-not-met { background: var(--zg-violation); }
.zg-sr-missing, .zg-sr-reason { color: var(--zg-muted); font-size: 12px; }
.zg-sr-summary { margin: 4px 0 0; font-size: 12px; }
.zg-sr-save { margin-right: auto; color: var(--zg-muted); font-size: 12px; }
.zg-sr footer.zg-dialog-actions, .zg-sr-receipt .zg-dialog-actions { display: flex; gap: 8px; align-items: center; justify-content: flex-end; margin-top: 8px; }
.zg-sr-receipt { text-align: center; padding: 8px 0; }
.zg-sr-code { font-size: 28px; font-weight: 700; letter-spacing: 2px; font-family: ui-monospace, Menlo, Consolas, monospace; margin: 4px 0 8px; }
.zg-sr-code-label { color: var(--zg-muted); margin: 0; }
.zg-sr-receipt dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; text-align: left; }
.zg-sr-receipt dd { margin: 0; word-break: break-all; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
.zg-sr-note { color: var(--zg-muted); font-size: 12px; }
`;
