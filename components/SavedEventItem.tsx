import type { ComponentChildren, ComponentProps } from 'preact';
import type { EventRecord } from '../utils/event-record';
import type { Translate } from '../utils/i18n/translate';
import { formatCaptureTime, formatTimeRows, type TimeFormatOptions } from '../utils/time/format-event-time';
import { CitePanel } from './CitePanel';
import { CorrectionForm } from './CorrectionForm';

export type LibraryItem = { key: string; record: EventRecord; corrected: boolean };

type Props = {
  t: Translate;
  prefs: TimeFormatOptions;
  item: LibraryItem;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onDelete: () => void;
  editing: boolean;
  onEdit: (on: boolean) => void;
  /** The correction form's props while this item is being corrected. */
  correction: Omit<ComponentProps<typeof CorrectionForm>, 't'> | null;
  citing: boolean;
  onCite: (on: boolean) => void;
  /** The Cite panel's props while this item is being cited. */
  cite: Omit<ComponentProps<typeof CitePanel>, 't' | 'id'> | null;
};

/** One saved event: when (in its zone and the reader's), how one attends and where, the capture, its actions. */
export function SavedEventItem(props: Props) {
  const { t, prefs, item, selected, onSelect, editing, correction, citing, cite } = props;
  const { record } = item;
  const event = record.event;
  if (!event) return null;
  const times = formatTimeRows(event, prefs);
  const mode = event.location.mode ?? (event.location.online ? 'online' : null);
  const place = event.location.text && event.location.text !== 'Online' ? event.location.text : null;
  const archive = record.page.archive;
  return (
    <li class="saved-event" data-url={record.page.originalUrl} data-key={item.key}>
      <input
        type="checkbox"
        class="select"
        checked={selected}
        onChange={(e) => onSelect(e.currentTarget.checked)}
        aria-label={t('librarySelect', event.title)}
      />
      <div class="saved-body">
        <h2 class="saved-title">{event.title}</h2>
        <p class="saved-when" data-testid="saved-when">
          <span class="saved-date">{times.dateText}</span>
          {times.rows
            .filter((r) => r.kind === 'event' || r.kind === 'reader')
            .map((r) => (
              <span key={r.kind} class={`saved-time saved-time-${r.kind}`}>
                {' · '}
                {r.kind === 'reader' ? t('readerZone', r.place) : r.place} <span class="nowrap">{r.clock}</span>
              </span>
            ))}
        </p>
        <p class="saved-where" data-testid="saved-where">
          {mode && <span class={`mode mode-${mode}`}>{t(`mode_${mode}`)}</span>} {place && `${place} · `}
          {record.page.site}
          {item.corrected && <span class="corrected"> · {t('libraryCorrected')}</span>}
        </p>
        {archive && (
          <p class="saved-capture quiet" data-testid="saved-capture">
            {record.page.capturedAt
              ? t('capturedOn', [formatCaptureTime(record.page.capturedAt, prefs.locale), archive.name])
              : t('capturedUnknownTime', archive.name)}
          </p>
        )}
        <RowActions {...props} record={record} />
        {editing && correction && <CorrectionForm t={t} inline {...correction} />}
        {citing && cite && <CitePanel t={t} id={`cite-${item.key}`} open {...cite} />}
      </div>
    </li>
  );
}

/** Open the page or the capture, correct, cite, delete: buttons, each big enough to hit. */
function RowActions(
  props: Pick<Props, 't' | 'editing' | 'onEdit' | 'onDelete' | 'citing' | 'onCite'> & { record: EventRecord },
) {
  const { t, record, editing, onEdit, onDelete, citing, onCite } = props;
  return (
    <p class="row-actions">
      <a class="button small" href={record.page.originalUrl} target="_blank" rel="noopener noreferrer">
        {t('libraryOpenPage')}
      </a>
      {record.page.archive && (
        <a class="button small" href={record.page.url} target="_blank" rel="noopener noreferrer">
          {t('libraryArchived')}
        </a>
      )}
      <ToggleButton open={editing} onToggle={onEdit} testId="edit-event">
        {t('libraryEdit')}
      </ToggleButton>
      <ToggleButton open={citing} onToggle={onCite} testId="cite-event">
        {t('libraryCite')}
      </ToggleButton>
      <button type="button" class="button small danger" onClick={onDelete} data-testid="delete-event">
        {t('libraryDelete')}
      </button>
    </p>
  );
}

/** A button that opens or closes a panel under the row (the correction form, the citation). */
function ToggleButton(props: {
  open: boolean;
  onToggle: (open: boolean) => void;
  testId: string;
  children: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class="button small"
      aria-expanded={props.open}
      onClick={() => props.onToggle(!props.open)}
      data-testid={props.testId}
    >
      {props.children}
    </button>
  );
}
