/** Messages between the popup/options pages, the background and the overlay. */
export interface OverlayState {
  enabled: boolean;
  caseId: string;
  violations: number;
  reviews: number;
  adapter: string;
}

export type Message =
  | { type: 'overlay-state' }
  | { type: 'enable-site'; origin: string; tabId?: number }
  | { type: 'disable-site'; origin: string }
  | { type: 'check-basis'; case: unknown; today?: string }
  | { type: 'check-document'; text: string; today?: string };
