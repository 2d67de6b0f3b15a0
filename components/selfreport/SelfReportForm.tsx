import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EnforcementCase } from '../../lib/case/schema';
import { art7Heading, formatCitation } from '../../lib/engine/citation';
import type { Finding, Locale } from '../../lib/engine/types';
import {
  assessExemption,
  completeDraft,
  CORRECTION_LABELS,
  CORRECTION_METHODS,
  DISCOVERY_LABELS,
  EXTERNAL_CHANNELS,
  formatChinaTime,
  INTERNAL_CHANNELS,
  type AssessLedger,
  type CorrectionMethod,
  type DiscoveryChannel,
  type Draft,
  type Receipt,
  type SealedRecord,
  type ValidationIssue,
} from '../../lib/selfreport';
import { pick, sr, type SelfReportStringKey } from './i18n';
import { openDraftFor, type SelfReportPort } from './port';

export interface SealedResult {
  record: SealedRecord;
  receipt: Receipt;
}

export interface SelfReportFormProps {
  port: SelfReportPort;
  finding: Finding;
  /** The case on display (for the snapshot of the fields involved); caseId is used when absent. */
  enforcementCase?: EnforcementCase | null;
  caseId?: string;
  /** Continue this stored draft (the dashboard) instead of the one derived from caseId + ruleId. */
  draftId?: string;
  locale: Locale;
  ledger?: AssessLedger;
  now?: () => Date;
  saveDelayMs?: number;
  onSealed?: (result: SealedResult) => void;
  onClose?: () => void;
}

type HarmKey =
  'partyLoss' | 'complaintFiled' | 'reviewOrSuitFiled' | 'thirdPartyOrPublicEffect' | 'publishedInfoWithdrawn';
type GravityKey = 'changedOutcome' | 'rightsAffected';
const HARM_KEYS: HarmKey[] = [
  'partyLoss',
  'complaintFiled',
  'reviewOrSuitFiled',
  'thirdPartyOrPublicEffect',
  'publishedInfoWithdrawn',
];
const GRAVITY_KEYS: GravityKey[] = ['changedOutcome', 'rightsAffected'];

/** Labels for the paths completeDraft names, so "what is missing" reads as the form does. */
const PATH_LABELS: Record<string, SelfReportStringKey> = {
  discoveredBy: 'discoveredBy',
  'discoverer.name': 'discoverer',
  discoverer: 'discoverer',
  description: 'description',
  correction: 'correction',
  'correction.method': 'method',
  'correction.description': 'correctionDescription',
  officer: 'officer',
  'officer.name': 'officer',
  art7Item: 'art7',
  caseId: 'caseId',
};

function issueLabel(issue: ValidationIssue, locale: Locale): string {
  const path = issue.path.replace(/^\$\.?/, '');
  const key = PATH_LABELS[path];
  return key ? sr(key, locale) : `${path}: ${pick(issue.expected, locale)}`;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const inputValue = (event: Event) => (event.currentTarget as HTMLInputElement).value;

/** The report to seal: the draft, with the discoverer taken from the officer for a self-found fault. */
function withDefaults(draft: Draft): Draft {
  const officerName = str(draft.officer?.name).trim();
  if (!str(draft.discoverer?.name).trim() && officerName && draft.discoveredBy === 'self') {
    return { ...draft, discoverer: { ...draft.discoverer, name: officerName } };
  }
  return draft;
}

function TriSelect(props: {
  name: string;
  label: string;
  value: boolean | undefined;
  locale: Locale;
  onChange: (v: boolean | undefined) => void;
}) {
  const { name, label, value, locale, onChange } = props;
  return (
    <label class="zg-sr-tri">
      <span>{label}</span>
      <select
        name={name}
        value={value === undefined ? '' : String(value)}
        onChange={(event) => {
          const v = inputValue(event);
          onChange(v === '' ? undefined : v === 'true');
        }}
      >
        <option value="">{sr('unanswered', locale)}</option>
        <option value="false">{sr('no', locale)}</option>
        <option value="true">{sr('yes', locale)}</option>
      </select>
    </label>
  );
}

/**
 * 自查发现 → 纠正 → 危害 → live Art. 12(1) assessment → 封存并生成回执, in one compact form.
 * Every change saves the draft (debounced); the draft id comes from caseId + ruleId, so reopening
 * the same finding restores it.
 */
export function SelfReportForm(props: SelfReportFormProps) {
  const { port, finding, locale } = props;
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

  const update = (change: (current: Draft) => Draft) => {
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

  const assessment = useMemo(
    () => (draft ? assessExemption(withDefaults(draft), props.ledger, { now: now() }) : null),
    [draft, props.ledger],
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

  const header = (
    <header class="zg-sr-head">
      <h2 id="zg-sr-title">{sr('title', locale)}</h2>
      {props.onClose && (
        <button type="button" class="zg-icon zg-sr-close" aria-label={sr('close', locale)} onClick={props.onClose}>
          ×
        </button>
      )}
    </header>
  );

  if (sealed) {
    const { receipt, record } = sealed;
    return (
      <div class="zg-sr" data-state="sealed">
        {header}
        <section class="zg-sr-receipt" aria-live="polite">
          <h3>{sr('receipt', locale)}</h3>
          <p class="zg-sr-code-label">{sr('receiptCode', locale)}</p>
          <p class="zg-sr-code" data-receipt-code={receipt.code}>
            {receipt.code}
          </p>
          <dl>
            <dt>{sr('sealedAt', locale)}</dt>
            <dd class="zg-sr-sealed-at">{formatChinaTime(receipt.sealedAt)}</dd>
            <dt>{sr('hash', locale)}</dt>
            <dd class="zg-sr-hash">{receipt.hash}</dd>
          </dl>
          <p class="zg-sr-note">{sr('receiptNote', locale)}</p>
          <div class="zg-dialog-actions">
            {port.printable && (
              <button type="button" class="zg-btn zg-sr-print" onClick={() => void port.printable!(record)}>
                {sr('print', locale)}
              </button>
            )}
            {props.onClose && (
              <button type="button" class="zg-btn zg-btn-secondary" onClick={props.onClose}>
                {sr('close', locale)}
              </button>
            )}
          </div>
        </section>
      </div>
    );
  }

  if (!draft) {
    return (
      <div class="zg-sr" data-state="loading">
        {header}
        {error ? (
          <p class="zg-error" role="alert">
            {error}
          </p>
        ) : (
          <p class="zg-empty">{sr('loading', locale)}</p>
        )}
      </div>
    );
  }

  const correction = draft.correction ?? {};
  const channel = draft.discoveredBy;
  const isExternal = channel !== undefined && EXTERNAL_CHANNELS.includes(channel);
  const snapshot = Object.entries(draft.caseSnapshot ?? {});
  const setCorrection = (patch: Record<string, unknown>) =>
    update((d) => ({ ...d, correction: { ...d.correction, ...patch } }));

  return (
    <form
      class="zg-sr"
      data-state="editing"
      data-draft-id={draft.id}
      data-save-state={saveState}
      onSubmit={(event) => {
        event.preventDefault();
        void onSeal();
      }}
    >
      {header}
      {restored && <p class="zg-sr-restored">{sr('restored', locale)}</p>}

      <fieldset class="zg-sr-found">
        <legend>{sr('found', locale)}</legend>
        <dl class="zg-sr-facts">
          <dt>{sr('caseId', locale)}</dt>
          <dd data-field="caseId">{draft.caseId}</dd>
          <dt>{sr('rule', locale)}</dt>
          <dd data-field="ruleId">
            {finding.title} <code>{draft.ruleId}</code>
          </dd>
          {draft.art7Item !== undefined && (
            <>
              <dt>{sr('art7', locale)}</dt>
              <dd>{art7Heading(draft.art7Item, locale)}</dd>
            </>
          )}
          <dt>{sr('citations', locale)}</dt>
          <dd>{(draft.citations ?? []).map((c) => formatCitation(c, locale)).join(locale === 'en' ? '; ' : '、')}</dd>
          {snapshot.length > 0 && (
            <>
              <dt>{sr('snapshot', locale)}</dt>
              <dd class="zg-sr-snapshot">
                {snapshot.map(([path, value]) => (
                  <div key={path}>
                    <code>{path}</code> = <span>{JSON.stringify(value)}</span>
                  </div>
                ))}
              </dd>
            </>
          )}
          <dt>{sr('discoveredAt', locale)}</dt>
          <dd data-field="discoveredAt">{formatChinaTime(draft.discoveredAt)}</dd>
        </dl>
        <div class="zg-sr-row">
          <label>
            <span>{sr('discoveredBy', locale)}</span>
            <select
              name="discoveredBy"
              value={channel ?? ''}
              onChange={(event) => {
                const v = inputValue(event);
                update((d) => ({ ...d, discoveredBy: v === '' ? undefined : (v as DiscoveryChannel) }));
              }}
            >
              <option value="">—</option>
              <optgroup label={sr('internal', locale)}>
                {INTERNAL_CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {pick(DISCOVERY_LABELS[c], locale)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={sr('external', locale)}>
                {[...EXTERNAL_CHANNELS, 'other' as const].map((c) => (
                  <option key={c} value={c}>
                    {pick(DISCOVERY_LABELS[c], locale)}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
          <label>
            <span>{sr('discoverer', locale)}</span>
            <input
              name="discoverer.name"
              value={str(draft.discoverer?.name)}
              placeholder={channel === 'self' ? str(draft.officer?.name) : ''}
              onInput={(event) => {
                const v = inputValue(event);
                update((d) => ({ ...d, discoverer: { ...d.discoverer, name: v } }));
              }}
            />
          </label>
          {isExternal && (
            <label>
              <span>{sr('externalRaisedAt', locale)}</span>
              <input
                type="date"
                name="externalRaisedAt"
                value={str(draft.externalRaisedAt)}
                onChange={(event) => {
                  const v = inputValue(event);
                  update((d) => ({ ...d, externalRaisedAt: v || undefined }));
                }}
              />
            </label>
          )}
        </div>
        <label class="zg-sr-wide">
          <span>{sr('description', locale)}</span>
          <textarea
            name="description"
            rows={2}
            value={str(draft.description)}
            placeholder={finding.message}
            onInput={(event) => {
              const v = inputValue(event);
              update((d) => ({ ...d, description: v }));
            }}
          />
        </label>
      </fieldset>

      <fieldset>
        <legend>{sr('correction', locale)}</legend>
        <div class="zg-sr-row">
          <label>
            <span>{sr('method', locale)}</span>
            <select
              name="correction.method"
              value={str(correction.method)}
              onChange={(event) => {
                const v = inputValue(event);
                setCorrection({ method: v === '' ? undefined : (v as CorrectionMethod) });
              }}
            >
              <option value="">—</option>
              {CORRECTION_METHODS.map((m) => (
                <option key={m} value={m}>
                  {pick(CORRECTION_LABELS[m], locale)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{sr('correctedAt', locale)}</span>
            <input
              type="date"
              name="correction.correctedAt"
              value={str(correction.correctedAt).slice(0, 10)}
              onChange={(event) => setCorrection({ correctedAt: inputValue(event) || undefined })}
            />
          </label>
          <label>
            <span>{sr('approvedBy', locale)}</span>
            <input
              name="correction.approvedBy"
              value={str(correction.approvedBy)}
              onInput={(event) => setCorrection({ approvedBy: inputValue(event) || undefined })}
            />
          </label>
          <TriSelect
            name="correction.partyNotified"
            label={sr('partyNotified', locale)}
            locale={locale}
            value={correction.partyNotified}
            onChange={(v) => setCorrection({ partyNotified: v })}
          />
        </div>
        <label class="zg-sr-wide">
          <span>{sr('correctionDescription', locale)}</span>
          <textarea
            name="correction.description"
            rows={2}
            value={str(correction.description)}
            placeholder={finding.fix}
            onInput={(event) => setCorrection({ description: inputValue(event) })}
          />
        </label>
        <label class="zg-sr-wide">
          <span>{sr('proof', locale)}</span>
          <textarea
            name="correction.proof"
            rows={2}
            value={(correction.proof ?? []).join('\n')}
            onInput={(event) => {
              const lines = inputValue(event).split('\n');
              setCorrection({ proof: lines.some((l) => l.trim()) ? lines : undefined });
            }}
          />
        </label>
      </fieldset>

      <fieldset>
        <legend>{sr('harm', locale)}</legend>
        <div class="zg-sr-grid">
          {HARM_KEYS.map((key) => (
            <TriSelect
              key={key}
              name={`harm.${key}`}
              label={sr(key, locale)}
              locale={locale}
              value={draft.harm?.[key]}
              onChange={(v) => update((d) => ({ ...d, harm: { ...d.harm, [key]: v } }))}
            />
          ))}
          {GRAVITY_KEYS.map((key) => (
            <TriSelect
              key={key}
              name={`gravity.${key}`}
              label={sr(key, locale)}
              locale={locale}
              value={draft.gravity?.[key]}
              onChange={(v) => update((d) => ({ ...d, gravity: { ...d.gravity, [key]: v } }))}
            />
          ))}
          <TriSelect
            name="actTookExternalEffect"
            label={sr('actTookExternalEffect', locale)}
            locale={locale}
            value={draft.actTookExternalEffect}
            onChange={(v) => update((d) => ({ ...d, actTookExternalEffect: v }))}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{sr('officer', locale)}</legend>
        <div class="zg-sr-row">
          <label>
            <span>{sr('officer', locale)}</span>
            <input
              name="officer.name"
              value={str(draft.officer?.name)}
              onInput={(event) => {
                const v = inputValue(event);
                update((d) => ({ ...d, officer: { ...d.officer, name: v } }));
              }}
            />
          </label>
          <label>
            <span>{sr('officerUnit', locale)}</span>
            <input
              name="officer.unit"
              value={str(draft.officer?.unit)}
              onInput={(event) => {
                const v = inputValue(event);
                update((d) => ({ ...d, officer: { ...d.officer, unit: v || undefined } }));
              }}
            />
          </label>
        </div>
      </fieldset>

      {assessment && (
        <section class={`zg-sr-assessment zg-sr-${assessment.verdict}`} data-verdict={assessment.verdict}>
          <h3>{sr('assessment', locale)}</h3>
          <ul>
            {assessment.elements.map((element) => (
              <li key={element.element} data-element={element.element} data-status={element.status}>
                <span class={`zg-sr-status zg-sr-status-${element.status}`}>{sr(element.status, locale)}</span>{' '}
                <b>{pick(element.title, locale)}</b>
                {element.reasons[0] && <span class="zg-sr-reason"> — {pick(element.reasons[0], locale)}</span>}
                {element.missingEvidence.length > 0 && (
                  <span class="zg-sr-missing">
                    {' '}
                    {sr('missing', locale)}：{element.missingEvidence.map((m) => pick(m, locale)).join('；')}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <p class="zg-sr-summary">{pick(assessment.summary, locale)}</p>
        </section>
      )}

      {issues.length > 0 && (
        <div class="zg-error zg-sr-issues" role="alert">
          {sr('cannotSeal', locale)}
          <ul>
            {issues.map((issue) => (
              <li key={issue.path}>{issueLabel(issue, locale)}</li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p class="zg-error" role="alert">
          {error}
        </p>
      )}
      <footer class="zg-dialog-actions">
        <span class="zg-sr-save" aria-live="polite">
          {saveState === 'saving'
            ? sr('saving', locale)
            : saveState === 'saved'
              ? sr('saved', locale)
              : saveState === 'error'
                ? sr('saveFailed', locale)
                : ''}
        </span>
        {props.onClose && (
          <button type="button" class="zg-btn zg-btn-secondary" onClick={props.onClose}>
            {sr('close', locale)}
          </button>
        )}
        <button type="submit" class="zg-btn zg-sr-seal" disabled={sealing}>
          {sr(sealing ? 'sealing' : 'seal', locale)}
        </button>
      </footer>
    </form>
  );
}
