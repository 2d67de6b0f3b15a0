import type { CaseView } from '../../engine/case-view';

/**
 * Whether an empty or absent non-event field is a gap in the data rather than a fact: the case was
 * read from a page (which shows only what it happens to show), and the page did not show any of the
 * given paths with an empty value (`origin.emptyFields`). A case file or host-system record is the
 * whole record, so there an empty field is taken at face value. Cheap: no allocation.
 */
export function unknownOnPage(view: CaseView, ...paths: string[]): boolean {
  if (!view.readFromPage) return false;
  const empty = view.case.origin?.emptyFields;
  if (!Array.isArray(empty)) return true;
  for (const path of paths) if (empty.includes(path)) return false;
  return true;
}
