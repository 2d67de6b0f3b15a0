import type { Locale } from '../lib/engine/types';
import { mount, type WidgetHandle } from './mount';

export const PANEL_TAG = 'zhifa-guard-panel';

/**
 * `<zhifa-guard-panel case='{…}' profile="jinan" locale="zh-CN" today="2026-07-01">`, or set the
 * `case` property to an object. Re-checks whenever the case or an option changes.
 */
export function definePanelElement(registry: CustomElementRegistry, Base: typeof HTMLElement): void {
  if (registry.get(PANEL_TAG)) return;
  class ZhifaGuardPanel extends Base {
    static observedAttributes = ['case', 'profile', 'locale', 'today'];
    private handle: WidgetHandle | undefined;
    private caseValue: unknown;

    get case(): unknown {
      return this.caseValue;
    }

    set case(value: unknown) {
      this.caseValue = value;
      this.handle?.update(value);
    }

    connectedCallback() {
      if (this.handle) return;
      if (this.caseValue === undefined && this.hasAttribute('case')) this.caseValue = this.getAttribute('case');
      this.handle = mount(this, {
        case: this.caseValue,
        profile: this.getAttribute('profile') ?? undefined,
        locale: (this.getAttribute('locale') as Locale | null) ?? undefined,
        today: this.getAttribute('today') ?? undefined,
      });
    }

    disconnectedCallback() {
      this.handle?.destroy();
      this.handle = undefined;
      if (this.shadowRoot) this.shadowRoot.replaceChildren();
    }

    attributeChangedCallback(name: string, _old: string | null, value: string | null) {
      if (!this.handle) return;
      if (name === 'case') this.case = value;
      else if (name === 'locale') this.handle.setOptions({ locale: (value as Locale) ?? 'zh-CN' });
      else this.handle.setOptions({ [name]: value ?? undefined });
    }
  }
  registry.define(PANEL_TAG, ZhifaGuardPanel);
}
