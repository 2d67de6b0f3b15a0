/**
 * Framework form fields (Element-UI, Ant Design, layui, descriptions, dl, <label for>, label
 * classes) read into label/value pairs, and the value an element shows.
 */
import {
  choiceText,
  controlValue,
  hasClass,
  inPopup,
  isChecked,
  isControl,
  isTextInput,
  selectText,
  tagOf,
  textOf,
} from './dom';
import { matchLabel } from './label-map';
import { ownCells } from './lists';
import { group, labelText, type Pair, type RootIndex, type Scanner } from './scanner';

/** Whether a value element holds a list (a table or grid) rather than a value; a select's option popup is no list. */
export function holdsList(element: Element): boolean {
  const first = element.querySelector(LIST_SELECTOR);
  if (!first) return false;
  if (!inPopup(first, element) && !choiceLayout(first)) return true;
  return Array.from(element.querySelectorAll(LIST_SELECTOR)).some(
    (found) => !inPopup(found, element) && !choiceLayout(found),
  );
}

/**
 * A table or list that only lays out the choices of one field (an ASP.NET RadioButtonList /
 * CheckBoxList, a ul of checkboxes): no list of the case.
 */
function choiceLayout(element: Element): boolean {
  const box = tagOf(element) === 'LI' ? element.parentElement! : element;
  if (box.querySelector('th')) return false;
  const inputs = Array.from(box.querySelectorAll('input, textarea, select'));
  return inputs.length > 0 && inputs.every((input) => /^(radio|checkbox)$/i.test(input.getAttribute('type') ?? ''));
}

const LIST_SELECTOR = 'table, .el-table, .layui-table-view, .vxe-table, .datagrid-view, ul > li, ol > li';

/** The value an element shows: checked choices, selected options, tags, input values, else its text. */
export function valueOf(element: Element): string {
  if (isControl(element)) {
    if (tagOf(element) === 'SELECT') return selectText(element);
    if (tagOf(element) === 'INPUT' && !isTextInput(element)) return isChecked(element) ? choiceText(element) : '';
    return controlValue(element);
  }
  // Nothing below but text: no choices, tags or inputs to look for.
  if (!element.firstElementChild) return textOf(element);
  const parts: string[] = [];
  const push = (text: string) => {
    const value = text.trim();
    if (value !== '' && !parts.includes(value)) parts.push(value);
  };
  const inputs = Array.from(element.querySelectorAll('input, textarea, select'));
  const choices = inputs.filter((input) => input.matches('input[type=radio], input[type=checkbox]'));
  if (choices.length > 0) {
    for (const input of choices) if (isChecked(input)) push(choiceText(input));
    for (const wrapper of Array.from(
      element.querySelectorAll(
        '.el-radio.is-checked, .el-checkbox.is-checked, .ant-radio-wrapper-checked, .ant-checkbox-wrapper-checked, .layui-form-radioed, .layui-form-checked',
      ),
    )) {
      if (!wrapper.querySelector('input')) push(textOf(wrapper));
    }
    return parts.join('、');
  }
  for (const tag of Array.from(element.querySelectorAll('.el-select__tags-text, .ant-select-selection-item-content')))
    push(textOf(tag));
  if (parts.length === 0) {
    for (const item of Array.from(element.querySelectorAll('.ant-select-selection-item')))
      push(item.getAttribute('title') ?? textOf(item));
  }
  if (parts.length > 0) return parts.join('、');
  const all = inputs.filter((control) => tagOf(control) !== 'INPUT' || isTextInput(control));
  // A framework's original input kept hidden beside the one it renders (EasyUI .textbox-f holds
  // the code 02 or 30000, the shown input 企业法人 or 30,000.00): the shown one is the value.
  const shown = all.filter((control) => !styleHidden(control));
  const controls = shown.length > 0 ? shown : all;
  if (controls.length > 0) {
    for (const control of controls) push(tagOf(control) === 'SELECT' ? selectText(control) : controlValue(control));
    if (parts.length === 0) return ''; // blank inputs: the field is empty, whatever text (元, icons) sits beside them
    // Two date inputs are a range (el-date-picker type=daterange).
    return parts.every((part) => /^\d{4}\D/.test(part)) ? parts.join(' 至 ') : parts.join(' ');
  }
  return textOf(element);
}

/** Element-UI / Ant Design / layui / descriptions / dl / <label for> / label-class pairs. */
export function scanStructured(index: RootIndex, scanner: Scanner): void {
  const each = (name: string, fn: (element: Element) => void) => {
    for (const element of group(index, name)) fn(element);
  };
  // Element-UI form items
  each('el-form-item', (item) => {
    const label = childMatching(item, '.el-form-item__label');
    const content = childMatching(item, '.el-form-item__content');
    if (label && content) pairOrList(scanner, label, content, 'form');
  });
  // Ant Design form items
  each('ant-form-item', (item) => {
    const label = childMatching(item, '.ant-form-item-label, .ant-legacy-form-item-label');
    const control = childMatching(item, '.ant-form-item-control, .ant-legacy-form-item-control-wrapper');
    if (label && control) pairOrList(scanner, label, control, 'form');
  });
  // Form items of other libraries: the item's first label, and what sits beside it.
  each('form-item', (item) => {
    if (scanner.isConsumed(item)) return;
    const label = itemLabel(item);
    const value = label ? besideLabel(label, item) : undefined;
    if (label && value) pairOrList(scanner, label, value, 'form');
  });
  // layui
  each('layui-form-label', (label) => {
    let value = label.nextElementSibling;
    while (value && !hasClass(value, /\blayui-input-(block|inline)\b/) && hasClass(value, /\blayui-form-mid\b/))
      value = value.nextElementSibling;
    if (value) pairOrList(scanner, label, value, 'form');
  });
  // descriptions (Element-UI, Element Plus, Ant Design)
  each('description-label', (label) => {
    const value = descriptionValue(label);
    if (value) pairOrList(scanner, label, value, 'form');
  });
  // dl / dt / dd
  each('dt', (dt) => {
    let dd = dt.nextElementSibling;
    while (dd && tagOf(dd) !== 'DD' && tagOf(dd) !== 'DT') dd = dd.nextElementSibling;
    if (dd && tagOf(dd) === 'DD') pairOrList(scanner, dt, dd, 'form');
  });
  // <label for=…>
  each('label[for]', (label) => {
    const id = label.getAttribute('for');
    const control = id ? label.ownerDocument.getElementById(id) : null;
    if (!control || scanner.isConsumed(control)) return;
    // A label for one radio or checkbox of a group (普通程序, 罚款) names a choice, not a field.
    if (isControl(control) && !inChoiceGroup(control)) pairOrList(scanner, label, control, 'control');
    // A custom select (mat-select, role=combobox) shows its choice as text.
    else if (!isControl(control) && CUSTOM_CONTROL.test(control.getAttribute('role') ?? ''))
      pairOrList(scanner, label, control, 'control');
  });
  // Bootstrap: label.control-label / .col-form-label + the column beside it
  each('control-label', (label) => {
    if (scanner.isConsumed(label) || (tagOf(label) === 'LABEL' && label.getAttribute('for'))) return;
    const value = label.nextElementSibling;
    if (value && !scanner.isConsumed(value) && !hasClass(value, /(control-label|col-form-label|form-label)/))
      pairOrList(scanner, label, value, 'form');
  });
  // Generic label/value class pairs (custom .label + .value/.content)
  each('classy', (label) => {
    if (scanner.isConsumed(label) || label.querySelector('input, textarea, select, table')) return;
    const value = label.nextElementSibling;
    if (!value || scanner.isConsumed(value)) return;
    if (!hasClass(value, /(value|content|text|val|info|detail|control|input|field|data|desc|cont)/i)) return;
    const text = labelText(label);
    if (text.length > 24 || !matchLabel(text)) return;
    pairOrList(scanner, label, value, 'form');
  });
}

const CUSTOM_CONTROL = /^(combobox|listbox|textbox|spinbutton)$/;

/** A radio, or a checkbox beside other checkboxes (a CheckBoxList): one choice of a group. */
function inChoiceGroup(control: Element): boolean {
  const type = (control.getAttribute('type') ?? '').toLowerCase();
  if (type === 'radio') return true;
  if (type !== 'checkbox') return false;
  let node = control.parentElement;
  for (let level = 0; node && level < 3; level++, node = node.parentElement)
    if (node.querySelectorAll('input[type=checkbox]').length > 1) return true;
  return false;
}

function styleHidden(element: Element): boolean {
  return /display\s*:\s*none/i.test(element.getAttribute('style') ?? '');
}

function childMatching(item: Element, selector: string): Element | undefined {
  const children = item.children;
  for (let k = 0, count = children.length; k < count; k++) if (children[k]!.matches(selector)) return children[k];
  // Some builds wrap the label: take the nearest descendant that is not inside a nested item.
  const found = item.querySelector(selector);
  return found ?? undefined;
}

/** The label of a form item: its first label element or *label* / *title* class with text (a short one). */
function itemLabel(item: Element): Element | undefined {
  for (const candidate of Array.from(item.querySelectorAll('label, [class*="label"], [class*="title"]'))) {
    if (isControl(candidate) || candidate.querySelector('input, textarea, select')) continue;
    const text = labelText(candidate);
    if (text === '') continue;
    return text.length <= 30 ? candidate : undefined;
  }
  return undefined;
}

/** The value part of a form item: the element after the label (or after the label's column). */
function besideLabel(label: Element, item: Element): Element | undefined {
  let node: Element | null = label;
  while (node && node !== item && !node.nextElementSibling) node = node.parentElement;
  return node && node !== item ? (node.nextElementSibling ?? undefined) : undefined;
}

function descriptionValue(label: Element): Element | undefined {
  const next = label.nextElementSibling;
  if (next && hasClass(next, /(content|value|van-cell__value)/)) return next;
  const tag = tagOf(label);
  if ((tag === 'TH' || tag === 'TD') && label.parentElement) {
    const row = label.parentElement;
    const cells = ownCells(row);
    const allLabels = cells.every((cell) => hasClass(cell, /label/));
    if (allLabels) {
      // Vertical layout: the value is in the next row, same column.
      const nextRow = row.nextElementSibling;
      const index = cells.indexOf(label);
      const target = nextRow ? ownCells(nextRow)[index] : undefined;
      if (target) return target;
    }
    if (next) return next;
  }
  const container = label.parentElement;
  const content = container?.querySelector('[class*="content"], [class*="value"]');
  return content && content !== label ? content : undefined;
}

export function pairOrList(
  scanner: Scanner,
  label: Element,
  value: Element,
  source: Pair['source'],
  override?: string,
): void {
  if (scanner.consumed.has(value)) return;
  const text = override ?? labelText(label);
  if (text === '' || text.length > 40) return;
  if (holdsList(value)) {
    scanner.consumed.add(label);
    scanner.containerLabels.set(value, text);
    // Lists (tables, ul) are read by the list scanner with this label as their context.
    const items = Array.from(value.querySelectorAll('ul > li, ol > li')).filter((li) => !inPopup(li, value));
    if (items.length > 0 && !value.querySelector('table')) {
      scanner.addPair({
        label: text,
        labelElement: label,
        valueElement: value,
        value: items.map((li) => textOf(li)).join('\n'),
        source,
      });
    }
    return;
  }
  scanner.addPair({ label: text, labelElement: label, valueElement: value, value: valueOf(value), source });
}
