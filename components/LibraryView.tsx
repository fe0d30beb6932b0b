import type { ComponentProps } from 'preact';
import { useState } from 'preact/hooks';
import { translateCount, type Translate } from '../utils/i18n/translate';
import type { LibraryQuery } from '../utils/library/saved-events';
import type { TimeFormatOptions } from '../utils/time/format-event-time';
import type { CitePanel } from './CitePanel';
import type { CorrectionForm } from './CorrectionForm';
import { LibraryFilters } from './LibraryFilters';
import { SavedEventItem, type LibraryItem } from './SavedEventItem';

export type { LibraryItem };
/** A calendar, the records, a table, or references for a reference manager (utils/citation/cite.ts). */
export type ExportFormat = 'ics' | 'json' | 'csv' | 'bibtex' | 'ris' | 'csl-json';

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
  onSelect: (keys: readonly string[], on: boolean) => void;
  onDelete: (keys: readonly string[]) => void;
  onExport: (format: ExportFormat, keys: readonly string[]) => void;
  /** The chosen file, unread: the container checks its size before reading it. */
  onImport: (file: Blob) => void;
  /** The event being corrected (its key), and the form's props for it. */
  editing: string | null;
  onEdit: (key: string | null) => void;
  correction: Omit<ComponentProps<typeof CorrectionForm>, 't'> | null;
  /** The event being cited (its key), and the Cite panel's props for it. */
  citing: string | null;
  onCite: (key: string | null) => void;
  cite: Omit<ComponentProps<typeof CitePanel>, 't' | 'id'> | null;
  message: string | null;
  /** While a delete can still be undone (a few seconds). */
  onUndo: (() => void) | null;
};

/** The saved-events library: search, filters, sorting, the list, corrections, export and import. */
export function LibraryView(props: Props) {
  const { t, items, selected } = props;
  const shownKeys = items.map((i) => i.key);
  const chosen = shownKeys.filter((k) => selected.has(k));
  return (
    <main class="library">
      <header class="page-header">
        <h1>{t('libraryTitle')}</h1>
      </header>
      {(props.message || props.onUndo) && (
        <p class="message" role="status" data-testid="library-message-line">
          <span data-testid="library-message">{props.message}</span>{' '}
          {props.onUndo && (
            <button type="button" class="button small" onClick={props.onUndo} data-testid="library-undo">
              {t('libraryUndo')}
            </button>
          )}
        </p>
      )}
      {props.unreadable > 0 && (
        <p class="warning" role="status" data-testid="library-unreadable">
          {translateCount(t, 'libraryUnreadable', props.unreadable)}
        </p>
      )}
      <LibraryFilters t={t} query={props.query} onQuery={props.onQuery} facets={props.facets} />
      {props.total === 0 ? (
        <p class="empty">{t('libraryEmpty')}</p>
      ) : (
        <>
          <p class="count" data-testid="library-count">
            {translateCount(t, 'libraryCount', props.total, [String(items.length)])}{' '}
            <label class="check inline">
              <input
                type="checkbox"
                checked={items.length > 0 && chosen.length === items.length}
                onChange={(e) => props.onSelect(shownKeys, e.currentTarget.checked)}
              />{' '}
              {t('librarySelectAll')}
            </label>
          </p>
          <ul class="saved-events" data-testid="library-list">
            {items.map((item) => (
              <SavedEventItem
                key={item.key}
                t={t}
                prefs={props.prefs}
                item={item}
                selected={selected.has(item.key)}
                onSelect={(on) => props.onSelect([item.key], on)}
                onDelete={() => props.onDelete([item.key])}
                editing={props.editing === item.key}
                onEdit={(on) => props.onEdit(on ? item.key : null)}
                correction={props.editing === item.key ? props.correction : null}
                citing={props.citing === item.key}
                onCite={(on) => props.onCite(on ? item.key : null)}
                cite={props.citing === item.key ? props.cite : null}
              />
            ))}
          </ul>
        </>
      )}
      <LibraryActions {...props} shown={shownKeys} chosen={chosen} />
    </main>
  );
}

/** Export what is shown or selected (.ics, JSON, CSV, BibTeX, RIS, CSL-JSON), delete the selection, import an export. */
function LibraryActions(props: Props & { shown: readonly string[]; chosen: readonly string[] }) {
  const { t, shown, chosen } = props;
  const [format, setFormat] = useState<ExportFormat>('ics');
  return (
    <section class="library-actions" aria-label={t('libraryExport')}>
      <label class="field">
        <span class="field-label">{t('libraryExportFormat')}</span>
        <select
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
          data-testid="export-format"
        >
          <option value="ics">{t('libraryExportIcs')}</option>
          <option value="json">{t('libraryExportJson')}</option>
          <option value="csv">{t('libraryExportCsv')}</option>
          <option value="bibtex">{t('libraryExportBibtex')}</option>
          <option value="ris">{t('libraryExportRis')}</option>
          <option value="csl-json">{t('libraryExportCslJson')}</option>
        </select>
      </label>
      <div class="button-row">
        <button
          type="button"
          class="button primary"
          disabled={shown.length === 0}
          onClick={() => props.onExport(format, shown)}
          data-testid="export-all"
        >
          {t('libraryExport')}: {t('libraryExportScopeAll')}
        </button>
        <button
          type="button"
          class="button"
          disabled={chosen.length === 0}
          onClick={() => props.onExport(format, chosen)}
          data-testid="export-selected"
        >
          {t('libraryExport')}: {t('libraryExportScopeSelected')}
        </button>
        <button
          type="button"
          class="button danger"
          disabled={chosen.length === 0}
          onClick={() => props.onDelete(chosen)}
          data-testid="delete-selected"
        >
          {t('libraryDeleteSelected')}
        </button>
      </div>
      <label class="field">
        <span class="field-label">{t('libraryImport')}</span>
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
    </section>
  );
}
