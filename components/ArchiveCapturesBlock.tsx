/**
 * One archive's captures in the captures panel: why it could not list them, or their count, the captures around
 * the event, a timeline by month with the month's captures, and the capture nearest a date the reader picks.
 */
import { parseIsoDate, utcMs } from '../utils/time/calendar-date';
import { useMemo, useState } from 'preact/hooks';
import { msToTimestamp, type ArchiveCaptures, type Capture } from '../utils/captures/capture';
import { capturesInMonth, countsByMonth, nearestCapture, summarizeCaptures } from '../utils/captures/capture-summary';
import { translateCount, type Translate } from '../utils/i18n/translate';
import { CaptureTimeline } from './CaptureTimeline';
import { formatCaptureTime } from '../utils/time/format-event-time';
import { archiveTimestampToIso } from '../utils/time/timestamp';

export type ArchiveCapturesProps = {
  t: Translate;
  locale: string;
  /** The event's start and end instants, for "nearest around the event"; `null` without a time. */
  eventStartMs: number | null;
  eventEndMs: number | null;
  /** The capture the tab shows (14 digits), marked in the lists. */
  currentTimestamp: string | null;
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

/**
 * The captures around the event, each said once: when the last capture before the event is also the one nearest
 * its end, one line carries both labels.
 */
export function aroundTheEvent(entries: readonly [string, Capture | null][]): { labels: string[]; capture: Capture }[] {
  const out: { labels: string[]; capture: Capture }[] = [];
  for (const [label, capture] of entries) {
    if (!capture) continue;
    const same = out.find((o) => o.capture.url === capture.url);
    if (same) same.labels.push(label);
    else out.push({ labels: [label], capture });
  }
  return out;
}

function CaptureLink({ capture, props }: { capture: Capture; props: ArchiveCapturesProps }) {
  return (
    <>
      <a href={capture.url} target="_blank" rel="noopener noreferrer">
        {when(capture.timestamp, props.locale)}
      </a>
      {capture.timestamp === props.currentTimestamp && <> {props.t('captureThis')}</>}
    </>
  );
}

/** One archive's answer: the reason it gave none, or its captures. */
export function ArchiveCapturesBlock({ result, ...props }: ArchiveCapturesProps & { result: ArchiveCaptures }) {
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

/** "Internet Archive: 36 captures, … – …", whether they came from the cache, and what is left out of them. */
function CaptureCounts({
  list,
  cached,
  summary,
  props,
}: {
  list: Extract<ArchiveCaptures, { ok: true }>['list'];
  cached: boolean;
  summary: { count: number; notGood: number; first: Capture; last: Capture };
  props: ArchiveCapturesProps;
}) {
  const { t, locale } = props;
  return (
    <>
      <p class="capture-count">
        {translateCount(t, 'capturesCount', summary.count, [
          list.archiveName,
          when(summary.first.timestamp, locale),
          when(summary.last.timestamp, locale),
        ])}{' '}
        {cached && <span class="quiet">{t('capturesCached')}</span>}
      </p>
      {list.truncated && <p class="quiet">{translateCount(t, 'capturesTruncated', summary.count)}</p>}
      {summary.notGood > 0 && <p class="quiet">{translateCount(t, 'capturesNotGood', summary.notGood)}</p>}
    </>
  );
}

/** The captures around the event, each said once with every label that fits it. */
function AroundTheEvent({ around, props }: { around: ReturnType<typeof aroundTheEvent>; props: ArchiveCapturesProps }) {
  return (
    <dl class="nearest" data-testid="nearest-captures">
      {around.map(({ labels, capture }) => (
        <div key={capture.url}>
          <dt>{labels.join(' · ')}</dt>
          <dd>
            <CaptureLink capture={capture} props={props} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ArchiveList({
  list,
  cached,
  props,
}: {
  list: Extract<ArchiveCaptures, { ok: true }>['list'];
  cached: boolean;
  props: ArchiveCapturesProps;
}) {
  const { t, locale } = props;
  const captures = list.captures;
  const summary = useMemo(
    () => summarizeCaptures(captures, props.eventStartMs, props.eventEndMs),
    [captures, props.eventStartMs, props.eventEndMs],
  );
  const years = useMemo(() => countsByMonth(captures), [captures]);
  const [month, setMonth] = useState<{ year: number; month: number } | null>(null);
  if (!summary.first || !summary.last) {
    return (
      <div class="archive-captures" data-testid={`captures-${list.archiveId}`}>
        <p>{t('capturesNone', list.archiveName)}</p>
      </div>
    );
  }
  const around = aroundTheEvent([
    [t('nearestBefore'), summary.beforeStart],
    [t('nearestAfter'), summary.afterStart],
    [t('nearestEnd'), summary.nearestEnd],
  ]);
  return (
    <div class="archive-captures" data-testid={`captures-${list.archiveId}`}>
      <CaptureCounts
        list={list}
        cached={cached}
        summary={{ count: summary.count, notGood: summary.notGood, first: summary.first, last: summary.last }}
        props={props}
      />
      {props.eventStartMs !== null && <AroundTheEvent around={around} props={props} />}
      <CaptureTimeline
        t={t}
        locale={locale}
        years={years}
        label={t('timelineLabel', list.archiveName)}
        cellLabel={(y, m, n) => translateCount(t, 'timelineCell', n, [monthName(y, m, locale)])}
        eventMonth={props.eventStartMs === null ? null : msToTimestamp(props.eventStartMs).slice(0, 6)}
        onMonth={(year, m) => setMonth({ year, month: m + 1 })}
      />
      {month && <MonthList list={capturesInMonth(captures, month.year, month.month)} month={month} props={props} />}
      <NearestToDate captures={captures} props={props} />
    </div>
  );
}

/** "Capture nearest to [date]": the good capture nearest noon UTC of the day the reader picks. */
function NearestToDate({ captures, props }: { captures: readonly Capture[]; props: ArchiveCapturesProps }) {
  const { t, locale } = props;
  const [date, setDate] = useState('');
  const day = parseIsoDate(date);
  const dateMs = day ? utcMs(day, 12) : null;
  const nearest = dateMs === null ? null : nearestCapture(captures, dateMs);
  return (
    <>
      <label class="nearest-date">
        {t('nearestToDate')}{' '}
        <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} data-testid="nearest-date" />
      </label>{' '}
      {nearest && (
        <a href={nearest.url} target="_blank" rel="noopener noreferrer" data-testid="open-nearest" title={nearest.url}>
          {t('openNearest', when(nearest.timestamp, locale))}
        </a>
      )}
    </>
  );
}

function MonthList({
  list,
  month,
  props,
}: {
  list: Capture[];
  month: { year: number; month: number };
  props: ArchiveCapturesProps;
}) {
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
