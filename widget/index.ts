import { check, CaseInputError } from './check';
import { definePanelElement, PANEL_TAG } from './element';
import { mount, REPORT_EVENT, SELF_REPORT_EVENT, WIDGET_DB_NAME } from './mount';

/** The embeddable widget: `ZhifaGuard.check`, `ZhifaGuard.mount` and `<zhifa-guard-panel>`. */
export { check, mount, CaseInputError, PANEL_TAG, REPORT_EVENT, SELF_REPORT_EVENT, WIDGET_DB_NAME };

export const version = '0.1.0';

if (typeof customElements !== 'undefined' && typeof HTMLElement !== 'undefined') {
  definePanelElement(customElements, HTMLElement);
}
