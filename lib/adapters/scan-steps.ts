/**
 * Timelines and step bars (el-timeline, ant-steps, layui-timeline …): each dated item is a step of
 * the case (立案审批 · 2025-04-21), read like a row of a step list. An item with no date is left
 * alone: a step bar also names steps still to come, and a finished step with no date says nothing.
 */
import { textOf } from './dom';
import { parseDate } from './parse/dates';
import { parseEventKind } from './parse/enums';
import { group, type RootIndex, type Scanner } from './scanner';

export function scanSteps(index: RootIndex, scanner: Scanner): void {
  for (const container of group(index, 'steps')) {
    if (scanner.isConsumed(container) || container.childElementCount < 2) continue;
    const rows: Element[][] = [];
    for (const item of Array.from(container.children)) {
      const row = stepItem(item);
      if (row) rows.push(row);
    }
    if (rows.length === 0) continue;
    scanner.lists.push({
      grid: { element: container, headers: ['环节', '时间'], headerCells: [], rows },
      kind: 'events',
      columns: new Map([
        ['kind', 0],
        ['at', 1],
      ]),
      order: scanner.order(container),
    });
    scanner.consumed.add(container);
  }
}

/** The element naming an item's step and the one showing its date, when it has both. */
function stepItem(item: Element): [Element, Element] | undefined {
  const inner = Array.from(item.querySelectorAll('*'));
  const dated = inner.find((element) => element.childElementCount === 0 && parseDate(textOf(element)));
  if (!dated) return undefined;
  // The outermost element that names a step and is not the date's.
  const named = [item, ...inner].find(
    (element) => !element.contains(dated) && !dated.contains(element) && parseEventKind(textOf(element)),
  );
  if (named) return [named, dated];
  return parseEventKind(textOf(dated).replace(/[\d\s:./年月日时分-]+/g, '')) ? [dated, dated] : undefined;
}
