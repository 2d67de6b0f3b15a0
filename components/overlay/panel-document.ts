/**
 * Where the panel can show: the page itself or, when the page is a frameset (old JSP systems: a
 * navigation frame beside the case frame), which shows nothing but its frames, the largest
 * same-origin frame (searched again inside nested framesets).
 */
export function panelDocumentFor(doc: Document): Document {
  if (doc.body?.localName !== 'frameset') return doc;
  let best: Document | undefined;
  let bestArea = -1;
  for (const frame of Array.from(doc.querySelectorAll<HTMLFrameElement>('frame'))) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      inner = null; // cross-origin
    }
    if (!inner?.documentElement) continue;
    const area = (inner.defaultView?.innerWidth ?? 0) * (inner.defaultView?.innerHeight ?? 0);
    if (area > bestArea) {
      bestArea = area;
      best = inner;
    }
  }
  return best ? panelDocumentFor(best) : doc;
}
