import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { assessExemption, completeDraft, type Draft, type ValidationIssue } from '../../lib/selfreport';
import type { AssessLedger } from '../../lib/selfreport/assess-types';
import { str } from './fields';
import { openDraftFor } from './port';
import type { SealedResult, SelfReportFormProps, UpdateDraft } from './types';

/** The report to seal: the draft, with the discoverer taken from the officer for a self-found fault. */
function withDefaults(draft: Draft): Draft {
  const officerName = str(draft.officer?.name).trim();
  if (!str(draft.discoverer?.name).trim() && officerName && draft.discoveredBy === 'self') {
    return { ...draft, discoverer: { ...draft.discoverer, name: officerName } };
  }
  return draft;
}

/**
 * The state of the self-report form: opening (or restoring) the draft, saving every change
 * (debounced, and flushed when the form closes or seals), the live assessment, and sealing.
 */
export function useSelfReportDraft(props: SelfReportFormProps) {
  const { port, finding } = props;
  const now = props.now ?? (() => new Date());
  const [draft, setDraft] = useState<Draft | null>(null);
  const [restored, setRestored] = useState(false);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [error, setError] = useState('');
  const [sealing, setSealing] = useState(false);
  const [sealed, setSealed] = useState<SealedResult | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<Draft | null>(null);

  const flush = async () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    const next = pending.current;
    pending.current = null;
    if (!next) return;
    try {
      await port.saveDraft(next);
      setSaveState('saved');
    } catch (failure) {
      setSaveState('error');
      setError(String((failure as Error).message ?? failure));
    }
  };

  useEffect(() => {
    let cancelled = false;
    const started = now();
    const opening = props.draftId
      ? port.loadDraft(props.draftId).then((found) => {
          if (!found) throw new Error('草稿不存在 / no such draft');
          return { draft: found, restored: true };
        })
      : openDraftFor(port, finding, props.enforcementCase, { caseId: props.caseId, now: started });
    opening.then(
      (opened) => {
        if (cancelled) return;
        setRestored(opened.restored);
        setDraft(opened.draft);
      },
      (failure: unknown) => !cancelled && setError(String((failure as Error).message ?? failure)),
    );
    return () => {
      cancelled = true;
      void flush();
    };
  }, [finding.ruleId, props.caseId, props.draftId, props.enforcementCase?.id]);

  const update: UpdateDraft = (change) => {
    setDraft((current) => {
      if (!current) return current;
      const next = change(current);
      pending.current = next;
      if (timer.current !== undefined) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), props.saveDelayMs ?? 300);
      setSaveState('saving');
      setIssues([]);
      return next;
    });
  };

  const [loadedLedger, setLoadedLedger] = useState<AssessLedger | undefined>(undefined);
  useEffect(() => {
    if (props.ledger || !port.loadLedger) return;
    let cancelled = false;
    port.loadLedger().then(
      (ledger) => !cancelled && setLoadedLedger(ledger),
      () => undefined, // the assessment then simply has no history to weigh
    );
    return () => {
      cancelled = true;
    };
  }, [port]);
  const ledger = props.ledger ?? loadedLedger;

  const assessment = useMemo(
    () => (draft ? assessExemption(withDefaults(draft), ledger, { now: now() }) : null),
    [draft, ledger],
  );

  const onSeal = async () => {
    if (!draft || sealing) return;
    setError('');
    const complete = completeDraft(withDefaults(draft));
    if (!complete.ok) {
      setIssues(complete.issues);
      return;
    }
    setIssues([]);
    setSealing(true);
    try {
      await flush();
      const result = await port.seal(complete.report);
      setSealed(result);
      props.onSealed?.(result);
    } catch (failure) {
      setError(String((failure as Error).message ?? failure));
    } finally {
      setSealing(false);
    }
  };

  return { draft, restored, saveState, issues, error, sealing, sealed, update, assessment, onSeal };
}
