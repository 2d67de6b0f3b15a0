/**
 * A CSS selector that finds `element` again on later visits of the same page: an id when it is
 * stable-looking, a name attribute for form controls, else a short nth-of-type path.
 */
export function selectorFor(element: Element): string {
  const id = element.getAttribute('id');
  if (id && isStableId(id)) return `#${cssEscape(id)}`;
  const name = element.getAttribute('name');
  const tag = element.localName;
  if (name && (tag === 'input' || tag === 'select' || tag === 'textarea')) {
    const candidate = `${tag}[name="${name.replace(/"/g, '\\"')}"]`;
    if (element.ownerDocument.querySelectorAll(candidate).length === 1) return candidate;
  }
  const parts: string[] = [];
  let node: Element | null = element;
  while (node && node.localName !== 'html' && node.localName !== 'body') {
    const nodeId = node.getAttribute('id');
    if (nodeId && isStableId(nodeId)) {
      parts.unshift(`#${cssEscape(nodeId)}`);
      break;
    }
    const parent: Element | null = node.parentElement;
    const localName: string = node.localName;
    if (!parent) {
      parts.unshift(localName);
      break;
    }
    const siblings = [...parent.children].filter((child) => child.localName === localName);
    parts.unshift(siblings.length > 1 ? `${localName}:nth-of-type(${siblings.indexOf(node) + 1})` : localName);
    node = parent;
  }
  return parts.join(' > ');
}

/** Generated ids (el-id-1234-56, vue-7f3a…, long digit runs) change between page loads. */
function isStableId(id: string): boolean {
  return !/\d{3,}|^el-|^vue-|^ext-|^react-|^:r/.test(id);
}

function cssEscape(value: string): string {
  return value.replace(/([^a-zA-Z0-9_-])/g, '\\$1');
}
