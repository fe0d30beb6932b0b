import type { LinkResult, Verdict } from '../utils/links/link-check-types';
import { countVerdicts } from '../utils/links/links-csv';
import type { MessageKey, Translate } from '../utils/i18n/translate';

export type LinkCheckState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number; results: readonly LinkResult[] }
  /** `interrupted`: the background stopped mid-check (MV3 may stop its worker); the results so far are kept. */
  | { kind: 'done'; results: readonly LinkResult[]; cancelled: boolean; interrupted?: boolean }
  | { kind: 'failed'; message: MessageKey; detail?: string };

type Props = {
  t: Translate;
  state: LinkCheckState;
  /** What each address is on the page ("Registration: Register here"), for the list and the CSV. */
  labels: ReadonlyMap<string, string>;
  onCheck: () => void;
  onCancel: () => void;
  onExportCsv: () => void;
};

const verdictKey = (v: Verdict) => `verdict_${v.replace(/-/g, '_')}` as MessageKey;
const reasonKey = (r: LinkResult['reason']) => `reason_${r.replace(/-/g, '_')}` as MessageKey;

/** "Are the links still live?": the check, its progress, each address with its verdict and evidence. */
export function LinkCheckPanel({ t, state, labels, onCheck, onCancel, onExportCsv }: Props) {
  const results = state.kind === 'running' || state.kind === 'done' ? state.results : [];
  const summary = countVerdicts(results)
    .map(([v, n]) => `${n} ${t(verdictKey(v))}`)
    .join(', ');
  return (
    <section class="link-check" aria-label={t('linksCheckTitle')} data-testid="link-check">
      <h2>{t('linksCheckTitle')}</h2>
      {state.kind !== 'running' && (
        <>
          <p class="quiet">{t('linksCheckExplain')}</p>
          <button type="button" class="button" onClick={onCheck} data-testid="check-links">
            {t('linksCheckButton')}
          </button>
        </>
      )}
      {state.kind === 'running' && (
        <p role="status" data-testid="link-check-progress">
          <progress max={state.total} value={state.done} />{' '}
          {t('linksCheckProgress', [String(state.done), String(state.total)])}{' '}
          <button type="button" class="button" onClick={onCancel} data-testid="cancel-check">
            {t('linksCheckCancel')}
          </button>
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="warning" role="status">
          {t(state.message)} {state.detail && <span lang="en">{state.detail}</span>}
        </p>
      )}
      {state.kind === 'done' && state.cancelled && <p role="status">{t('linksCheckCancelled')}</p>}
      {state.kind === 'done' && state.interrupted && (
        <p class="warning" role="status" data-testid="link-check-interrupted">
          {t('linksCheckInterrupted')}
        </p>
      )}
      {summary && (
        <p class="link-summary" data-testid="link-summary" role={state.kind === 'done' ? 'status' : undefined}>
          {summary}
        </p>
      )}
      {results.length > 0 && (
        <ul class="link-results" data-testid="link-results">
          {results.map((r) => (
            <LinkResultItem key={r.url} t={t} result={r} label={labels.get(r.url) ?? r.url} />
          ))}
        </ul>
      )}
      {state.kind === 'done' && results.length > 0 && (
        <button type="button" class="button" onClick={onExportCsv} data-testid="export-csv">
          {t('linksExportCsv')}
        </button>
      )}
    </section>
  );
}

function LinkResultItem({ t, result, label }: { t: Translate; result: LinkResult; label: string }) {
  const steps = result.steps.map((s) => `${s.method} ${s.status ?? s.error ?? '—'}`).join(' → ');
  return (
    <li class={`link-result verdict-${result.verdict}`} data-url={result.url}>
      <span class={`verdict verdict-${result.verdict}`}>{t(verdictKey(result.verdict))}</span>{' '}
      <a href={result.url} target="_blank" rel="noopener noreferrer" title={result.url}>
        {label}
      </a>
      <div class="reason">{t(reasonKey(result.reason))}</div>
      {result.finalUrl && (
        <div class="moved-to">
          {t('linksMovedTo', '')}
          <a href={result.finalUrl} target="_blank" rel="noopener noreferrer">
            {result.finalUrl}
          </a>
        </div>
      )}
      {result.archivedUrl && (
        <div>
          <a
            class="archived"
            href={result.archivedUrl}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="archived-copy"
          >
            {t('linksArchivedCopy')}
          </a>
        </div>
      )}
      {result.steps.length > 0 && (
        <details class="evidence">
          <summary>{t('linksEvidence')}</summary>
          <p>{t('linksEvidenceSteps', steps)}</p>
          {result.steps.some((s) => s.finalUrl) && (
            <p>{t('linksEvidenceFinal', result.steps[result.steps.length - 1]?.finalUrl ?? result.url)}</p>
          )}
          {result.title && <p>{t('linksEvidenceTitle', result.title)}</p>}
        </details>
      )}
    </li>
  );
}
