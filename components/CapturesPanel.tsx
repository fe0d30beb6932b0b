import { useMemo, useState } from 'preact/hooks';
import { msToTimestamp, type ArchiveCaptures, type Capture } from '../utils/captures/capture';
import {
  capturesInMonth,
  countsByMonth,
  nearestCapture,
  summarizeCaptures,
  type YearCounts,
} from '../utils/captures/capture-summary';
import type { CaptureSettings } from '../utils/captures/capture-service';
import type { Translate } from '../utils/i18n';
import { CaptureSourceChoices } from './CaptureSourceChoices';
import { formatCaptureTime } from '../utils/time/format-event-time';
import { archiveTimestampToIso } from '../utils/time/timestamp';

export type CapturesState =
  { kind: 'loading' } | { kind: 'done'; results: readonly ArchiveCaptures[] } | { kind: 'failed'; detail: string };

type Props = {
  t: Translate;
  locale: string;
  state: CapturesState;
  /** The event's start and end instants, for "nearest around the event"; `null` without a time. */
  eventStartMs: number | null;
  eventEndMs: number | null;
  /** The capture the tab shows (14 digits), marked in the lists. */
  currentTimestamp: string | null;
  settings: CaptureSettings;
  onSettings: (settings: CaptureSettings) => void;
  onRefresh: () => void;
};

/** At most this many captures are listed for a month; the rest are counted. */
const MONTH_LIST_MAX = 40;

function when(timestamp: string, locale: string): string {
  const iso = archiveTimestampToIso(timestamp);
  return iso ? formatCaptureTime(iso, locale) : timestamp;
}

function monthName(year: number, month: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month, 1),
  );
}

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
        state.results.map((r) => <ArchiveBlock key={r.ok ? r.list.archiveId : r.archiveId} result={r} {...props} />)}
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

function CaptureLink({ capture, props }: { capture: Capture; props: Props }) {
  return (
    <>
      <a href={capture.url} target="_blank" rel="noopener noreferrer">
        {when(capture.timestamp, props.locale)}
      </a>
      {capture.timestamp === props.currentTimestamp && <> {props.t('captureThis')}</>}
    </>
  );
}

function ArchiveBlock({ result, ...props }: Props & { result: ArchiveCaptures }) {
  const { t } = props;
  if (!result.ok) {
    const archive = result.archiveName;
    const e = result.error;
    const message =
      e.kind === 'busy'
        ? t('captureErr_busy', [archive, String(e.retryAfterSeconds)])
        : e.kind === 'timeout'
          ? t('captureErr_timeout', [archive, String(e.seconds)])
          : e.kind === 'http'
            ? t('captureErr_http', [archive, String(e.status)])
            : e.kind === 'unreachable'
              ? t('captureErr_unreachable', archive)
              : e.kind === 'bad-response'
                ? t('captureErr_bad_response', archive)
                : t('captureErr_no_index', archive);
    return (
      <div class="archive-captures" data-testid={`captures-${result.archiveId}`}>
        <p class={`capture-error capture-error-${e.kind}`} role="status">
          {message}
        </p>
      </div>
    );
  }
  return <ArchiveList list={result.list} cached={result.cached} props={props} />;
}

function ArchiveList({
  list,
  cached,
  props,
}: {
  list: Extract<ArchiveCaptures, { ok: true }>['list'];
  cached: boolean;
  props: Props;
}) {
  const { t, locale } = props;
  const captures = list.captures;
  const summary = useMemo(
    () => summarizeCaptures(captures, props.eventStartMs, props.eventEndMs),
    [captures, props.eventStartMs, props.eventEndMs],
  );
  const years = useMemo(() => countsByMonth(captures), [captures]);
  const [month, setMonth] = useState<{ year: number; month: number } | null>(null);
  const [date, setDate] = useState('');
  const number = (n: number) => n.toLocaleString(locale);
  if (!summary.first || !summary.last) {
    return (
      <div class="archive-captures" data-testid={`captures-${list.archiveId}`}>
        <p>{t('capturesNone', list.archiveName)}</p>
      </div>
    );
  }
  const dateMs = /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12)
    : null;
  const nearestToDate = dateMs === null ? null : nearestCapture(captures, dateMs);
  const around: [string, Capture | null][] = [
    [t('nearestBefore'), summary.beforeStart],
    [t('nearestAfter'), summary.afterStart],
    [t('nearestEnd'), summary.nearestEnd],
  ];
  return (
    <div class="archive-captures" data-testid={`captures-${list.archiveId}`}>
      <p class="capture-count">
        {summary.count === 1
          ? t('capturesCountOne', [list.archiveName, when(summary.first.timestamp, locale)])
          : t('capturesCount', [
              list.archiveName,
              number(summary.count),
              when(summary.first.timestamp, locale),
              when(summary.last.timestamp, locale),
            ])}{' '}
        {cached && <span class="quiet">{t('capturesCached')}</span>}
      </p>
      {list.truncated && <p class="quiet">{t('capturesTruncated', number(summary.count))}</p>}
      {summary.notGood > 0 && <p class="quiet">{t('capturesNotGood', number(summary.notGood))}</p>}
      {props.eventStartMs !== null && (
        <dl class="nearest" data-testid="nearest-captures">
          {around
            .filter((entry): entry is [string, Capture] => entry[1] !== null)
            .map(([label, capture]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>
                  <CaptureLink capture={capture} props={props} />
                </dd>
              </div>
            ))}
        </dl>
      )}
      <Timeline
        years={years}
        label={t('timelineLabel', list.archiveName)}
        cellLabel={(y, m, n) => t('timelineCell', [monthName(y, m, locale), number(n)])}
        eventMonth={props.eventStartMs === null ? null : msToTimestamp(props.eventStartMs).slice(0, 6)}
        onMonth={(year, m) => setMonth({ year, month: m + 1 })}
      />
      {month && <MonthList list={capturesInMonth(captures, month.year, month.month)} month={month} props={props} />}
      <label class="nearest-date">
        {t('nearestToDate')}{' '}
        <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} data-testid="nearest-date" />
      </label>{' '}
      {nearestToDate && (
        <a
          href={nearestToDate.url}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="open-nearest"
          title={nearestToDate.url}
        >
          {t('openNearest', when(nearestToDate.timestamp, locale))}
        </a>
      )}
    </div>
  );
}

function MonthList({ list, month, props }: { list: Capture[]; month: { year: number; month: number }; props: Props }) {
  const { t, locale } = props;
  return (
    <div class="month-captures" data-testid="month-captures">
      <h3>{t('monthCaptures', monthName(month.year, month.month - 1, locale))}</h3>
      <ul>
        {list.slice(0, MONTH_LIST_MAX).map((c) => (
          <li key={c.url} class={c.status !== null && (c.status < 200 || c.status >= 300) ? 'not-good' : ''}>
            <CaptureLink capture={c} props={props} />
            {c.status !== null && (c.status < 200 || c.status >= 300) && <span class="status"> {c.status}</span>}
          </li>
        ))}
      </ul>
      {list.length > MONTH_LIST_MAX && <p class="quiet">{t('moreCaptures', String(list.length - MONTH_LIST_MAX))}</p>}
    </div>
  );
}

const CELL = 14;
const GAP = 2;
const LABEL_W = 34;

/**
 * Years down, months across; a cell's shade grows with the log of its count; the event's month is outlined.
 * Each month with captures is a button (keyboard and screen reader included): it lists that month's captures.
 */
function Timeline(props: {
  years: readonly YearCounts[];
  label: string;
  cellLabel: (year: number, month: number, count: number) => string;
  eventMonth: string | null;
  onMonth: (year: number, month: number) => void;
}) {
  const { years } = props;
  const max = Math.max(1, ...years.flatMap((y) => y.months));
  const width = LABEL_W + 12 * (CELL + GAP);
  const height = years.length * (CELL + GAP);
  return (
    <svg
      class="timeline"
      role="group"
      aria-label={props.label}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      data-testid="capture-timeline"
    >
      {years.map((y, row) => (
        <g key={y.year} transform={`translate(0 ${row * (CELL + GAP)})`}>
          <text x={0} y={CELL - 3} class="year" aria-hidden="true">
            {y.year}
          </text>
          {y.months.map((count, m) => {
            const x = LABEL_W + m * (CELL + GAP);
            const isEvent = props.eventMonth === `${y.year}${String(m + 1).padStart(2, '0')}`;
            const shade = count === 0 ? 0 : 0.25 + (0.75 * Math.log(count + 1)) / Math.log(max + 1);
            const label = props.cellLabel(y.year, m, count);
            if (count === 0) {
              return (
                <rect key={m} x={x} y={0} width={CELL} height={CELL} class={`cell empty${isEvent ? ' event' : ''}`}>
                  <title>{label}</title>
                </rect>
              );
            }
            return (
              <rect
                key={m}
                x={x}
                y={0}
                width={CELL}
                height={CELL}
                class={`cell${isEvent ? ' event' : ''}`}
                style={{ fillOpacity: shade.toFixed(2) }}
                role="button"
                tabindex={0}
                aria-label={label}
                data-month={`${y.year}-${String(m + 1).padStart(2, '0')}`}
                onClick={() => props.onMonth(y.year, m)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    props.onMonth(y.year, m);
                  }
                }}
              >
                <title>{label}</title>
              </rect>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
