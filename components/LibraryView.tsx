import type { ComponentProps } from 'preact';
import { translateCount, type Translate } from '../utils/i18n/translate';
import type { LibraryQuery } from '../utils/library/saved-events';
import type { TimeFormatOptions } from '../utils/time/format-event-time';
import type { CitePanel } from './CitePanel';
import type { CorrectionForm } from './CorrectionForm';
import { LibraryActions, type ExportFormat } from './LibraryActions';
import { LibraryFilters } from './LibraryFilters';
import { SavedEventItem, type LibraryItem } from './SavedEventItem';

export type { ExportFormat, LibraryItem };

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
      <LibraryMessages t={t} message={props.message} onUndo={props.onUndo} unreadable={props.unreadable} />
      <LibraryFilters t={t} query={props.query} onQuery={props.onQuery} facets={props.facets} />
      {props.total === 0 ? (
        <p class="empty">{t('libraryEmpty')}</p>
      ) : (
        <SavedEventList {...props} shown={shownKeys} chosen={chosen} />
      )}
      <LibraryActions
        t={t}
        shown={shownKeys}
        chosen={chosen}
        onExport={props.onExport}
        onDelete={props.onDelete}
        onImport={props.onImport}
      />
    </main>
  );
}

/** What the last action did (with its undo while it lasts), and how many saved entries could not be read. */
function LibraryMessages(props: Pick<Props, 't' | 'message' | 'onUndo' | 'unreadable'>) {
  const { t } = props;
  return (
    <>
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
    </>
  );
}

/** The count with its "select all", then one item per event shown (each with its correction and citation). */
function SavedEventList(props: Props & { shown: readonly string[]; chosen: readonly string[] }) {
  const { t, items, selected, shown, chosen } = props;
  return (
    <>
      <p class="count" data-testid="library-count">
        {translateCount(t, 'libraryCount', props.total, [String(items.length)])}{' '}
        <label class="check inline">
          <input
            type="checkbox"
            checked={items.length > 0 && chosen.length === items.length}
            onChange={(e) => props.onSelect(shown, e.currentTarget.checked)}
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
  );
}
