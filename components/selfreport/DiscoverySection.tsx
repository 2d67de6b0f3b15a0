import type { Finding } from '../../lib/engine/types';
import { art7Heading, formatCitation } from '../../lib/engine/citation';
import {
  DISCOVERY_LABELS,
  EXTERNAL_CHANNELS,
  formatChinaTime,
  INTERNAL_CHANNELS,
  type DiscoveryChannel,
} from '../../lib/selfreport';
import { inputValue, str } from './fields';
import { pick, sr } from './i18n';
import type { SectionProps } from './types';

/** 自查发现: the facts of the finding, and how, when and by whom the fault was found. */
export function DiscoverySection(props: SectionProps & { finding: Finding }) {
  const { draft, finding, locale, update } = props;
  const channel = draft.discoveredBy;
  const isExternal = channel !== undefined && EXTERNAL_CHANNELS.includes(channel);
  const snapshot = Object.entries(draft.caseSnapshot ?? {});
  return (
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
  );
}
