/**
 * DOM reading helpers. Everything takes the DOM as a parameter and reads no globals; nothing
 * here writes to the page. Hidden elements (inactive tabs, display:none) are read like any other.
 */

export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'OBJECT',
  'EMBED',
  'HEAD',
  'META',
  'LINK',
]);
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Popup option lists of custom selects: their text is every choice, not the value. */
const POPUP_CLASS =
  /(^|\s)(el-select-dropdown|el-picker-panel|el-cascader__dropdown|ant-select-dropdown|ant-picker-dropdown|ant-calendar-picker-container|layui-anim|select2-results|select2-dropdown|chosen-drop|combo-panel|layui-laydate|ivu-select-dropdown|ivu-picker-panel-body|arco-trigger-popup|arco-select-dropdown|arco-picker-container|n-base-select-menu|n-date-panel|vxe-select--panel|vxe-pulldown--panel|t-popup|x-combo-list|x-boundlist|x-menu)(\s|$)/;

/**
 * Lookups that are costly to repeat over a whole document (labels by `for`, tab links, section
 * titles), kept for one reading of a page and dropped after it: the page may change between readings.
 */
interface PageCache {
  labelsFor: WeakMap<Document, Map<string, Element>>;
  tabLinks: WeakMap<Document, Map<string, Element>>;
  sections: Map<Element, string | null>;
}

let active: PageCache | undefined;

/** Runs one reading of a page with the lookups above cached (nested calls share the cache). */
export function withPageCache<T>(read: () => T): T {
  if (active) return read();
  active = { labelsFor: new WeakMap(), tabLinks: new WeakMap(), sections: new Map() };
  try {
    return read();
  } finally {
    active = undefined;
  }
}

function labelFor(doc: Document, id: string): Element | undefined {
  let map = active?.labelsFor.get(doc);
  if (!map) {
    map = new Map();
    for (const label of Array.from(doc.querySelectorAll('label[for]'))) {
      const target = label.getAttribute('for');
      if (target && !map.has(target)) map.set(target, label);
    }
    active?.labelsFor.set(doc, map);
  }
  return map.get(id);
}

function tabLink(doc: Document, id: string): Element | undefined {
  let map = active?.tabLinks.get(doc);
  if (!map) {
    map = new Map();
    for (const link of Array.from(doc.querySelectorAll('a[href], [data-target], [data-bs-target], [aria-controls]'))) {
      const target =
        link.getAttribute('aria-controls') ??
        link.getAttribute('data-target') ??
        link.getAttribute('data-bs-target') ??
        link.getAttribute('href');
      if (!target) continue;
      const key = target.startsWith('#') ? target.slice(1) : target;
      if (!map.has(key)) map.set(key, link);
    }
    active?.tabLinks.set(doc, map);
  }
  return map.get(id);
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === 1;
}

export function tagOf(element: Element): string {
  const tag = element.tagName;
  // HTML documents give upper-case names already; XML and SVG ones may not.
  const first = tag.charCodeAt(0);
  return first >= 97 && first <= 122 ? tag.toUpperCase() : tag;
}

function classOf(element: Element): string {
  const value = element.getAttribute('class');
  return value ?? '';
}

export function hasClass(element: Element, pattern: RegExp): boolean {
  return pattern.test(classOf(element));
}

export function isPopup(element: Element, tag = tagOf(element)): boolean {
  const value = element.getAttribute('class');
  if (value && POPUP_CLASS.test(value)) return true;
  // layui renders a select's options as .layui-form-select > dl.
  if (tag.toUpperCase() !== 'DL') return false;
  const parent = element.parentElement;
  return !!parent && /(^|\s)layui-form-select(\s|$)/.test(parent.getAttribute('class') ?? '');
}

/** Words of a link or button that acts on a value (查看, 复制 …), never part of it. */
const ACTION_WORDS = /^(查看|详情|查看详情|复制|编辑|修改|删除|下载|预览|打印|选择|上传|更多|展开|收起|点击查看)$/;

/** A button, or a link that only says what it does (<a>查看</a> beside a case number). */
export function isAction(element: Element, tag = tagOf(element)): boolean {
  if (tag === 'BUTTON') return true;
  return tag === 'A' && ACTION_WORDS.test((element.textContent ?? '').replace(/\s+/g, ''));
}

/** Whether an element sits in a popup option list (below `root`, which is not searched past). */
export function inPopup(element: Element, root: Element): boolean {
  for (let node: Element | null = element; node && node !== root; node = node.parentElement)
    if (isPopup(node)) return true;
  return false;
}

const TEXT_INPUT_TYPES = new Set([
  '',
  'text',
  'search',
  'tel',
  'email',
  'url',
  'number',
  'date',
  'datetime-local',
  'datetime',
  'month',
  'time',
  'week',
]);

/** The input types whose value is shown as text. */
export function isTextInput(element: Element): boolean {
  if (tagOf(element) !== 'INPUT') return false;
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  return TEXT_INPUT_TYPES.has(type);
}

export function isControl(element: Element): boolean {
  const tag = tagOf(element);
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  return TEXT_INPUT_TYPES.has(type) || type === 'radio' || type === 'checkbox';
}

/** The live value of an input or textarea (the `value` property, not the attribute). */
export function controlValue(element: Element): string {
  const live = (element as HTMLInputElement).value;
  if (typeof live === 'string') return live;
  return element.getAttribute('value') ?? element.textContent ?? '';
}

/** The text of a select's selected options ('' when none or a placeholder). */
export function selectText(select: Element): string {
  const options = Array.from(select.querySelectorAll('option'));
  const chosen = options.filter((option) => (option as HTMLOptionElement).selected);
  const parts = chosen
    .filter(
      (option) => !((option as HTMLOptionElement).value === '' && /请选择|^\s*$|^-+$/.test(option.textContent ?? '')),
    )
    .map((option) => (option.textContent ?? '').trim())
    .filter((text) => text !== '');
  return parts.join('、');
}

/** Whether a radio or checkbox is checked, by property or by a framework's checked class. */
export function isChecked(input: Element): boolean {
  if ((input as HTMLInputElement).checked === true) return true;
  const wrapper = input.closest('label, .el-radio, .el-checkbox, .ant-radio-wrapper, .ant-checkbox-wrapper');
  if (
    wrapper &&
    hasClass(wrapper, /\b(is-checked|ant-radio-wrapper-checked|ant-checkbox-wrapper-checked|checked|active)\b/)
  )
    return true;
  const next = input.nextElementSibling;
  if (next && hasClass(next, /\blayui-form-(radio|checkbox)\b/) && hasClass(next, /\blayui-form-(radioed|checked)\b/))
    return true;
  if (input.getAttribute('aria-checked') === 'true') return true;
  return tickedWrapper(input);
}

/** A class that ticks one choice: is-checked, x-form-cb-checked, mat-checkbox-checked, checked … */
const TICK_CLASS = /(^|\s)(?:[\w-]*-)?checked(\s|$)/;

/**
 * Whether an element wrapping this one choice (and no other) is marked ticked by its class: the
 * form item of an ExtJS checkbox (x-form-cb-checked), an Angular Material mat-checkbox
 * (mat-checkbox-checked), a custom wrapper. Stops at the first element holding another choice.
 */
function tickedWrapper(input: Element): boolean {
  let node = input.parentElement;
  for (let level = 0; node && level < 5; level++, node = node.parentElement) {
    if (node.querySelectorAll('input[type=radio], input[type=checkbox]').length > 1) return false;
    if (hasClass(node, TICK_CLASS)) return true;
  }
  return false;
}

/** The visible text naming a radio or checkbox choice. */
export function choiceText(input: Element): string {
  const doc = input.ownerDocument;
  const id = input.getAttribute('id');
  if (id) {
    const label = labelFor(doc, id);
    if (label) return textOf(label).trim();
  }
  const wrapper = input.closest('label, .el-radio, .el-checkbox, .ant-radio-wrapper, .ant-checkbox-wrapper');
  if (wrapper) {
    const text = textOf(wrapper).trim();
    if (text) return text;
  }
  const title = input.getAttribute('title');
  if (title) return title.trim();
  const next = input.nextElementSibling;
  if (next && hasClass(next, /\blayui-form-(radio|checkbox)\b/)) return textOf(next).trim();
  const sibling = input.nextSibling;
  if (sibling && sibling.nodeType === 3) return (sibling.textContent ?? '').trim();
  return (input.getAttribute('value') ?? '').trim();
}

/**
 * The text of an element as lines: block elements and <br> break lines, runs of white space
 * collapse, form controls contribute their values, scripts and popup option lists are skipped.
 */
export function textOf(root: Element): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(SPACES, ' ').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (item: Node) => {
    const type = item.nodeType;
    if (type === 3) {
      current += item.textContent ?? '';
      return;
    }
    if (type !== 1) return;
    const node = item as Element;
    const tag = tagOf(node);
    if (SKIP_TAGS.has(tag) || isPopup(node, tag) || (node !== root && isAction(node, tag))) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    if (tag === 'INPUT') {
      const type = (node.getAttribute('type') ?? '').toLowerCase();
      if (TEXT_INPUT_TYPES.has(type)) current += ` ${controlValue(node)} `;
      return;
    }
    if (tag === 'TEXTAREA') {
      current += ` ${controlValue(node)} `;
      return;
    }
    if (tag === 'SELECT') {
      current += ` ${selectText(node)} `;
      return;
    }
    if (tag === 'IFRAME' || tag === 'FRAME') return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    else if (tag === 'TD' || tag === 'TH' || tag === 'SPAN' || tag === 'LABEL') current += ' ';
    // Indexed, not nextSibling: some DOMs (happy-dom) find a sibling by searching the parent.
    const children = node.childNodes;
    for (let k = 0, count = children.length; k < count; k++) walk(children[k]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}

/** Runs of white space, collapsed to one space in a line (replace resets lastIndex). */
const SPACES = /[\s\u00a0\u3000]+/g;
const VISIBLE = /\S/;

/** One line of text with the block element that shows it. */
export interface Line {
  text: string;
  element: Element;
}

/**
 * Lines of text under a root, each with its nearest block element, skipping subtrees for which
 * `skip` returns true. Form controls contribute their values; <select> its chosen option.
 */
export function collectLines(
  root: Element,
  skip: (element: Element) => boolean,
  skipText: (node: Node) => boolean = () => false,
): Line[] {
  return collectLineSets(root, [skip], skipText)[0]!;
}

/**
 * Several readings of the lines under a root in one walk: reading i leaves out the subtrees for
 * which `skips[i]` returns true (collectLines once per reading gives the same lines).
 */
export function collectLineSets(
  root: Element,
  skips: ReadonlyArray<(element: Element) => boolean>,
  skipText: (node: Node) => boolean = () => false,
): Line[][] {
  const n = skips.length;
  const sets: Line[][] = skips.map(() => []);
  const current: string[] = skips.map(() => '');
  const owner: Element[] = skips.map(() => root);
  // A line belongs to the block of its first visible text (not of white space or a span before it).
  const started: boolean[] = skips.map(() => false);
  const flush = (i: number) => {
    if (current[i] === '') return;
    const text = current[i]!.replace(SPACES, ' ').trim();
    if (text !== '') sets[i]!.push({ text, element: owner[i]! });
    current[i] = '';
    started[i] = false;
  };
  const append = (on: readonly boolean[], block: Element, text: string) => {
    for (let i = 0; i < n; i++) {
      if (!on[i]) continue;
      if (!started[i]) {
        owner[i] = block;
        started[i] = VISIBLE.test(text);
      }
      current[i] += text;
    }
  };
  const walk = (item: Node, block: Element, on: readonly boolean[]) => {
    const type = item.nodeType;
    if (type === 3) {
      if (skipText(item)) {
        for (let i = 0; i < n; i++) if (on[i]) current[i] += ' ';
        return;
      }
      append(on, block, item.textContent ?? '');
      return;
    }
    if (type !== 1) return;
    const node = item as Element;
    const tag = tagOf(node);
    if (SKIP_TAGS.has(tag) || isPopup(node, tag) || (node !== root && isAction(node, tag))) return;
    let inner = on;
    for (let i = 0; i < n; i++) {
      if (inner[i] && skips[i]!(node)) {
        if (inner === on) inner = [...on];
        (inner as boolean[])[i] = false;
      }
    }
    if (!inner.some(Boolean)) return;
    if (tag === 'BR') {
      for (let i = 0; i < n; i++) if (inner[i]) flush(i);
      return;
    }
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') {
      if (tag === 'INPUT' && !isTextInput(node)) return;
      const value = tag === 'SELECT' ? selectText(node) : controlValue(node);
      append(inner, block, ` ${value} `);
      return;
    }
    if (tag === 'IFRAME' || tag === 'FRAME') return;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      for (let i = 0; i < n; i++) if (inner[i]) flush(i);
    } else if (tag === 'SPAN' || tag === 'LABEL') {
      for (let i = 0; i < n; i++) if (inner[i]) current[i] += ' ';
    }
    // Indexed, not nextSibling: some DOMs (happy-dom) find a sibling by searching the parent.
    const children = node.childNodes;
    const within = isBlock ? node : block;
    for (let k = 0, count = children.length; k < count; k++) walk(children[k]!, within, inner);
    if (isBlock) for (let i = 0; i < n; i++) if (inner[i]) flush(i);
  };
  walk(
    root,
    root,
    skips.map(() => true),
  );
  for (let i = 0; i < n; i++) flush(i);
  return sets;
}

/** The root element of a Document or an Element itself. */
export function rootElement(root: Document | Element): Element | undefined {
  if (isElement(root as Node)) return root as Element;
  const doc = root as Document;
  return doc.documentElement ?? doc.body ?? undefined;
}

/**
 * The root and every same-origin frame document under it (recursively). Cross-origin frames,
 * whose contentDocument is null or throws, are skipped silently.
 */
export function frameRoots(root: Document | Element, depth = 0): Element[] {
  const element = rootElement(root);
  if (!element) return [];
  const roots = [element];
  if (depth > 4) return roots;
  for (const frame of Array.from(element.querySelectorAll('iframe, frame'))) {
    let doc: Document | null = null;
    try {
      doc = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      doc = null;
    }
    if (doc && doc.documentElement) roots.push(...frameRoots(doc, depth + 1));
  }
  return roots;
}

const HEADING_CLASS =
  /(^|[\s_-])(title|header|heading|hd|head|caption|legend|el-card__header|panel-heading|panel-title|card-header|layui-card-header|ant-card-head-title|el-collapse-item__header|section-title|block-title|tit)([\s_-]|$)/i;

/** camelCase heading classes of older pages (gridTitle, panelHeader); a td.tdTitle is a label cell. */
const CAMEL_HEADING_CLASS = /(^|\s)[a-z]+(Title|Header|Heading|Caption)(\s|$)/;
const CELL_TAGS = /^(TD|TH|LABEL)$/;

/** Whether an element is a section heading (h1–h6, legend, caption, a *title* / *header* class). */
export function isHeading(element: Element): boolean {
  return headingText(element) !== undefined;
}

function headingText(element: Element): string | undefined {
  const tag = tagOf(element);
  const isHeading =
    /^H[1-6]$/.test(tag) ||
    tag === 'LEGEND' ||
    tag === 'CAPTION' ||
    (HEADING_CLASS.test(classOf(element)) && !isControl(element)) ||
    (CAMEL_HEADING_CLASS.test(classOf(element)) && !CELL_TAGS.test(tag));
  if (!isHeading) return undefined;
  if (element.querySelector('input, textarea, select, table')) return undefined;
  const text = textOf(element).replace(/\s+/g, '');
  return text.length >= 2 && text.length <= 40 ? text : undefined;
}

/** The label of the tab a pane belongs to (Element-UI, Ant Design, layui, Bootstrap, ARIA). */
function tabLabel(pane: Element): string | undefined {
  const doc = pane.ownerDocument;
  const labelled = pane.getAttribute('aria-labelledby');
  if (labelled) {
    const tab = doc.getElementById(labelled);
    if (tab) return textOf(tab).replace(/\s+/g, '');
  }
  const id = pane.getAttribute('id');
  if (id) {
    const elementTab = /^pane-(.+)$/.exec(id);
    if (elementTab) {
      const tab = doc.getElementById(`tab-${elementTab[1]}`);
      if (tab) return textOf(tab).replace(/\s+/g, '');
    }
    const link = tabLink(doc, id);
    if (link) return textOf(link).replace(/\s+/g, '');
  }
  if (hasClass(pane, /\blayui-tab-item\b/) && pane.parentElement) {
    const index = Array.from(pane.parentElement.children).indexOf(pane);
    const titles = pane.parentElement.parentElement?.querySelector('.layui-tab-title');
    const tab = titles?.children[index];
    if (tab) return textOf(tab).replace(/\s+/g, '');
  }
  return undefined;
}

const TAB_PANE = /\b(el-tab-pane|ant-tabs-tabpane|layui-tab-item|tab-pane|tabpanel|tab-content-item)\b/;

/**
 * The title of the section an element sits in: a heading before it (h1–h6, legend, caption,
 * *title / *header classes) at any level up to the root, or the label of its tab.
 */
export function sectionTitle(element: Element, stop?: Element): string | undefined {
  if (stop || !active) return findSectionTitle(element, stop);
  const cached = active.sections.get(element);
  if (cached !== undefined) return cached ?? undefined;
  const title = findSectionTitle(element);
  active.sections.set(element, title ?? null);
  return title;
}

function findSectionTitle(element: Element, stop?: Element): string | undefined {
  let node: Element | null = element;
  let levels = 0;
  while (node && node !== stop && levels < 12) {
    if (TAB_PANE.test(classOf(node)) || node.getAttribute('role') === 'tabpanel') {
      const label = tabLabel(node);
      if (label) return label;
    }
    if (tagOf(node) === 'FIELDSET') {
      const legend = node.querySelector('legend');
      if (legend) return textOf(legend).replace(/\s+/g, '');
    }
    let sibling = node.previousElementSibling;
    let steps = 0;
    while (sibling && steps < 6) {
      const text = headingText(sibling);
      if (text) return text;
      if (tagOf(sibling) === 'TABLE' || sibling.querySelector('input, textarea, select')) break;
      sibling = sibling.previousElementSibling;
      steps++;
    }
    node = node.parentElement;
    levels++;
  }
  return undefined;
}
