import type { CaseView } from '../../engine/case-view';
import { titleKey } from '../../laws/normalize';

/**
 * Whether the case's legal basis cites the given article of a law (any role). The title is compared
 * on its lookup key, so 《中华人民共和国行政强制法》, 行政强制法 and the like all match. A paragraph asked
 * for must match when the reference gives one; an item asked for must be given and match.
 */
export function citesArticle(view: CaseView, law: string, article: number, paragraph?: number, item?: number): boolean {
  const refs = view.case.legalBasis;
  if (!refs || refs.length === 0) return false;
  const key = titleKey(law);
  for (const ref of refs) {
    if (ref.article !== article) continue;
    if (paragraph !== undefined && ref.paragraph !== undefined && ref.paragraph !== paragraph) continue;
    if (item !== undefined && ref.item !== item) continue;
    if (titleKey(ref.law) === key) return true;
  }
  return false;
}
