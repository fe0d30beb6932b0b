import { useState } from 'preact/hooks';
import type { EventRecord } from '../utils/event-record';
import type { Translate } from '../utils/i18n';
import type { LibraryQuery } from '../utils/library/saved-events';
import { formatEventTimes, type TimeFormatOptions } from '../utils/time/format-event-time';
import { CorrectionForm } from './CorrectionForm';

export type LibraryItem = { url: string; record: EventRecord; corrected: boolean };
export type ExportFormat = 'ics' | 'json' | 'csv';

type Props = {
  t: Translate;
  prefs: TimeFormatOptions;
  items: readonly LibraryItem[];
  total: number;
  unreadable: number;
  facets: { years: readonly number[]; sites: readonly string[] };
  query: LibraryQuery;
  onQuery: (q: LibraryQuery) => void;
  selected: ReadonlySet<string>;
  onSelect: (urls: readonly string[], on: boolean) => void;
  onDelete: (urls: readonly string[]) => void;
  onExport: (format: ExportFormat, urls: readonly string[]) => void;
  /** The chosen file, unread: the container checks its size before reading it. */
  onImport: (file: Blob) => void;
  /** Correcting one event, when the container offers it (the form for the event being edited). */
  editing: string | null;
  onEdit: (url: string | null) => void;
  correction: Omit<Parameters<typeof CorrectionForm>[0], 't'> | null;
  message: string | null;
};

/** The saved-events library: search, filters, sorting, the list, corrections, export and import. */
export function LibraryView(props: Props) {
  const { t, items, query, onQuery, selected } = props;
  const [format, setFormat] = useState<ExportFormat>('ics');
  const shownUrls = items.map((i) => i.url);
  const chosen = shownUrls.filter((u) => selected.has(u));
  return (
    <main class="library">
      <h1>{t('libraryTitle')}</h1>
      {props.message && (
        <p class="message" role="status" data-testid="library-message">
          {props.message}
        </p>
      )}
      {props.unreadable > 0 && (
        <p class="warning" role="status" data-testid="library-unreadable">
          {t('libraryUnreadable', String(props.unreadable))}
        </p>
      )}
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('librarySearch')}{' '}
          <input
            type="search"
            value={query.text}
            onInput={(e) => onQuery({ ...query, text: e.currentTarget.value })}
            data-testid="library-search"
          />
        </label>
        <label>
          {t('libraryYear')}{' '}
          <select
            value={query.year === null ? '' : String(query.year)}
            onChange={(e) => onQuery({ ...query, year: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
            data-testid="library-year"
          >
            <option value="">{t('libraryAll')}</option>
            {props.facets.years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('librarySite')}{' '}
          <select
            value={query.site ?? ''}
            onChange={(e) => onQuery({ ...query, site: e.currentTarget.value || null })}
            data-testid="library-site"
          >
            <option value="">{t('libraryAll')}</option>
            {props.facets.sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('libraryMode')}{' '}
          <select
            value={query.mode}
            onChange={(e) => onQuery({ ...query, mode: e.currentTarget.value as LibraryQuery['mode'] })}
            data-testid="library-mode"
          >
            <option value="any">{t('libraryAll')}</option>
            <option value="online">{t('libraryOnline')}</option>
            <option value="in-person">{t('libraryInPerson')}</option>
          </select>
        </label>
        <label>
          {t('librarySort')}{' '}
          <select
            value={query.sort}
            onChange={(e) => onQuery({ ...query, sort: e.currentTarget.value as LibraryQuery['sort'] })}
            data-testid="library-sort"
          >
            <option value="date-desc">{t('librarySortDateDesc')}</option>
            <option value="date-asc">{t('librarySortDateAsc')}</option>
            <option value="saved-desc">{t('librarySortSaved')}</option>
          </select>
        </label>
      </form>
      {props.total === 0 ? (
        <p class="empty">{t('libraryEmpty')}</p>
      ) : (
        <>
          <p class="count" data-testid="library-count">
            {t('libraryCount', [String(items.length), String(props.total)])}{' '}
            <label>
              <input
                type="checkbox"
                checked={items.length > 0 && chosen.length === items.length}
                onChange={(e) => props.onSelect(shownUrls, e.currentTarget.checked)}
              />{' '}
              {t('librarySelectAll')}
            </label>
          </p>
          <ul class="saved-events" data-testid="library-list">
            {items.map((item) => (
              <SavedItem key={item.url} item={item} {...props} />
            ))}
          </ul>
        </>
      )}
      <section class="library-actions">
        <label>
          {t('libraryExport')}{' '}
          <select
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
            data-testid="export-format"
          >
            <option value="ics">{t('libraryExportIcs')}</option>
            <option value="json">{t('libraryExportJson')}</option>
            <option value="csv">{t('libraryExportCsv')}</option>
          </select>
        </label>{' '}
        <button
          type="button"
          class="button"
          disabled={items.length === 0}
          onClick={() => props.onExport(format, shownUrls)}
          data-testid="export-all"
        >
          {t('libraryExport')}: {t('libraryExportScopeAll')}
        </button>{' '}
        <button
          type="button"
          class="button"
          disabled={chosen.length === 0}
          onClick={() => props.onExport(format, chosen)}
          data-testid="export-selected"
        >
          {t('libraryExport')}: {t('libraryExportScopeSelected')}
        </button>{' '}
        <button
          type="button"
          class="button"
          disabled={chosen.length === 0}
          onClick={() => props.onDelete(chosen)}
          data-testid="delete-selected"
        >
          {t('libraryDeleteSelected')}
        </button>
        <p>
          <label>
            {t('libraryImport')}{' '}
            <input
              type="file"
              accept="application/json,.json"
              data-testid="library-import"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) props.onImport(file);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </p>
      </section>
    </main>
  );
}

function SavedItem({ item, ...props }: Props & { item: LibraryItem }) {
  const { t } = props;
  const event = item.record.event;
  if (!event) return null;
  const times = formatEventTimes(event, props.prefs);
  const when = times.lines[0] ? `${times.lines[0].text} (${times.lines[0].label})` : times.dateText;
  return (
    <li class="saved-event" data-url={item.url}>
      <label class="select">
        <input
          type="checkbox"
          checked={props.selected.has(item.url)}
          onChange={(e) => props.onSelect([item.url], e.currentTarget.checked)}
          aria-label={t('librarySelect', event.title)}
        />
      </label>
      <div class="saved-body">
        <h2 class="saved-title">{event.title}</h2>
        <p class="saved-when">{when}</p>
        <p class="saved-where">
          {event.location.online ? `${t('libraryOnline')} · ` : ''}
          {event.location.text && event.location.text !== 'Online' ? `${event.location.text} · ` : ''}
          {item.record.page.site}
          {item.corrected && <span class="corrected"> · {t('libraryCorrected')}</span>}
        </p>
        <p class="saved-links">
          <a href={item.record.page.originalUrl} target="_blank" rel="noopener noreferrer">
            {t('libraryOpenPage')}
          </a>
          {item.record.page.archive && (
            <>
              {' · '}
              <a href={item.record.page.url} target="_blank" rel="noopener noreferrer">
                {t('libraryArchived')}
              </a>
            </>
          )}{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => props.onEdit(props.editing === item.url ? null : item.url)}
            data-testid="edit-event"
          >
            {t('libraryEdit')}
          </button>{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => props.onDelete([item.url])}
            data-testid="delete-event"
          >
            {t('libraryDelete')}
          </button>
        </p>
        {props.editing === item.url && props.correction && <CorrectionForm t={t} open {...props.correction} />}
      </div>
    </li>
  );
}
