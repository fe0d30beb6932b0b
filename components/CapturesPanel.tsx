import type { ArchiveCaptures } from '../utils/captures/capture';
import type { CaptureSettings } from '../utils/captures/capture-service';
import { ArchiveCapturesBlock, type ArchiveCapturesProps } from './ArchiveCapturesBlock';
import { CaptureSourceChoices } from './CaptureSourceChoices';

export type CapturesState =
  { kind: 'loading' } | { kind: 'done'; results: readonly ArchiveCaptures[] } | { kind: 'failed'; detail: string };

type Props = ArchiveCapturesProps & {
  state: CapturesState;
  settings: CaptureSettings;
  onSettings: (settings: CaptureSettings) => void;
  onRefresh: () => void;
};

/** Other captures of the page, per archive: counts, the captures around the event, a timeline by month. */
export function CapturesPanel(props: Props) {
  const { t, state, settings, onSettings, onRefresh } = props;
  return (
    <section class="captures" aria-label={t('capturesTitle')} data-testid="captures">
      <h2>{t('capturesTitle')}</h2>
      {state.kind === 'loading' && <p role="status">{t('capturesLoading')}</p>}
      {state.kind === 'failed' && (
        <p class="warning" role="status">
          {t('capturesFailed')} <span lang="en">{state.detail}</span>
        </p>
      )}
      {state.kind === 'done' &&
        state.results.map((r) => (
          <ArchiveCapturesBlock key={r.ok ? r.list.archiveId : r.archiveId} result={r} {...props} />
        ))}
      <details class="capture-settings">
        <summary>{t('capturesPrivacy')}</summary>
        <CaptureSourceChoices t={t} settings={settings} onSettings={onSettings} testIdPrefix="" />
      </details>
      {state.kind !== 'loading' && (
        <button type="button" class="button" onClick={onRefresh} data-testid="captures-refresh">
          {t('capturesRetry')}
        </button>
      )}
    </section>
  );
}
