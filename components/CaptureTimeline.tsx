import type { YearCounts } from '../utils/captures/capture-summary';
import type { Translate } from '../utils/i18n/translate';

const CELL = 14;
const GAP = 2;
const LABEL_W = 34;
const HEADER_H = 14;

type Props = {
  t: Translate;
  locale: string;
  years: readonly YearCounts[];
  label: string;
  cellLabel: (year: number, month: number, count: number) => string;
  /** `yyyyMM` of the event's start, outlined; `null` without a start. */
  eventMonth: string | null;
  onMonth: (year: number, month: number) => void;
};

/** The months' initials in the reader's language ("J F M A …"), January first. */
function monthInitials(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'narrow', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2020, m, 15)));
}

/** A cell's shade grows with the log of its count, so one busy month does not wash out the others. */
const shadeOf = (count: number, max: number) =>
  count === 0 ? 0 : 0.25 + (0.75 * Math.log(count + 1)) / Math.log(max + 1);

/**
 * Years down, months across (their initials on top); the event's month is outlined, and a legend says what the
 * shades and the outline mean. Each month with captures is a button (keyboard and screen reader included): it
 * lists that month's captures.
 */
export function CaptureTimeline(props: Props) {
  const { years, t } = props;
  const max = Math.max(1, ...years.flatMap((y) => y.months));
  const width = LABEL_W + 12 * (CELL + GAP);
  const height = HEADER_H + years.length * (CELL + GAP);
  return (
    <figure class="timeline-figure">
      <svg
        class="timeline"
        role="group"
        aria-label={props.label}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        data-testid="capture-timeline"
      >
        <g aria-hidden="true" data-testid="timeline-months">
          {monthInitials(props.locale).map((initial, m) => (
            <text key={m} x={LABEL_W + m * (CELL + GAP) + CELL / 2} y={HEADER_H - 4} class="month" text-anchor="middle">
              {initial}
            </text>
          ))}
        </g>
        {years.map((y, row) => (
          <g key={y.year} transform={`translate(0 ${HEADER_H + row * (CELL + GAP)})`}>
            <text x={0} y={CELL - 3} class="year" aria-hidden="true">
              {y.year}
            </text>
            {y.months.map((count, m) => (
              <MonthCell key={m} {...props} year={y.year} month={m} count={count} shade={shadeOf(count, max)} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption class="timeline-legend" data-testid="timeline-legend">
        <span class="swatch few" aria-hidden="true" /> {t('timelineFew')}{' '}
        <span class="swatch many" aria-hidden="true" /> {t('timelineMany')}{' '}
        {props.eventMonth !== null && (
          <>
            <span class="swatch event" aria-hidden="true" /> {t('timelineEventMonth')}
          </>
        )}
      </figcaption>
    </figure>
  );
}

function MonthCell(props: Props & { year: number; month: number; count: number; shade: number }) {
  const { year, month: m, count } = props;
  const x = LABEL_W + m * (CELL + GAP);
  const isEvent = props.eventMonth === `${year}${String(m + 1).padStart(2, '0')}`;
  const label = props.cellLabel(year, m, count);
  if (count === 0) {
    return (
      <rect x={x} y={0} width={CELL} height={CELL} class={`cell empty${isEvent ? ' event' : ''}`}>
        <title>{label}</title>
      </rect>
    );
  }
  return (
    <rect
      x={x}
      y={0}
      width={CELL}
      height={CELL}
      class={`cell${isEvent ? ' event' : ''}`}
      style={{ fillOpacity: props.shade.toFixed(2) }}
      role="button"
      tabindex={0}
      aria-label={label}
      data-month={`${year}-${String(m + 1).padStart(2, '0')}`}
      onClick={() => props.onMonth(year, m)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          props.onMonth(year, m);
        }
      }}
    >
      <title>{label}</title>
    </rect>
  );
}
