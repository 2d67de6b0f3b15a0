/** The clickable host element a click landed on, if it looks like a button. */
export function clickableOf(target: EventTarget | null): HTMLElement | null {
  const element = target as Element | null;
  if (!element || typeof element.closest !== 'function') return null;
  return element.closest<HTMLElement>(
    'button, a, input[type=button], input[type=submit], [role=button], .el-button, .layui-btn, .ant-btn, .btn',
  );
}

/** Button text without whitespace (Element-UI renders "结 案" for two-character labels). */
export function buttonText(element: HTMLElement): string {
  const text =
    element instanceof element.ownerDocument.defaultView!.HTMLInputElement ? element.value : element.textContent;
  return (text ?? '').replace(/\s+/g, '');
}

/** Whether a button is one that closes or submits the case, by its text. */
export function isClosingButton(text: string, closeTexts: readonly string[]): boolean {
  if (text.length === 0 || text.length > 12) return false;
  return closeTexts.some((closeText) => text.includes(closeText.replace(/\s+/g, '')));
}
