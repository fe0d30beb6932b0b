import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../utils/i18n/translate';

/** A calendar, the records, a table, or references for a reference manager (utils/citation/cite.ts). */
export type ExportFormat = 'ics' | 'json' | 'csv' | 'bibtex' | 'ris' | 'csl-json';

/** The export formats offered, in the order of the menu. */
const FORMATS: readonly (readonly [ExportFormat, MessageKey])[] = [
  ['ics', 'libraryExportIcs'],
  ['json', 'libraryExportJson'],
  ['csv', 'libraryExportCsv'],
  ['bibtex', 'libraryExportBibtex'],
  ['ris', 'libraryExportRis'],
  ['csl-json', 'libraryExportCslJson'],
];

type Props = {
  t: Translate;
  /** The events shown, and those of them selected (their keys). */
  shown: readonly string[];
  chosen: readonly string[];
  onExport: (format: ExportFormat, keys: readonly string[]) => void;
  onDelete: (keys: readonly string[]) => void;
  /** The chosen file, unread: the container checks its size before reading it. */
  onImport: (file: Blob) => void;
};

/** Export what is shown or selected (.ics, JSON, CSV, BibTeX, RIS, CSL-JSON), delete the selection, import an export. */
export function LibraryActions({ t, shown, chosen, onExport, onDelete, onImport }: Props) {
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
          {FORMATS.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <div class="button-row">
        <KeysButton kind="primary" keys={shown} onClick={(keys) => onExport(format, keys)} testId="export-all">
          {t('libraryExport')}: {t('libraryExportScopeAll')}
        </KeysButton>
        <KeysButton kind="" keys={chosen} onClick={(keys) => onExport(format, keys)} testId="export-selected">
          {t('libraryExport')}: {t('libraryExportScopeSelected')}
        </KeysButton>
        <KeysButton kind="danger" keys={chosen} onClick={onDelete} testId="delete-selected">
          {t('libraryDeleteSelected')}
        </KeysButton>
      </div>
      <ImportField t={t} onImport={onImport} />
    </section>
  );
}

/** A button that acts on some events, disabled when there are none. */
function KeysButton(props: {
  kind: 'primary' | 'danger' | '';
  keys: readonly string[];
  onClick: (keys: readonly string[]) => void;
  testId: string;
  children: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class={props.kind ? `button ${props.kind}` : 'button'}
      disabled={props.keys.length === 0}
      onClick={() => props.onClick(props.keys)}
      data-testid={props.testId}
    >
      {props.children}
    </button>
  );
}

/** The file input that imports an export; it is emptied after each choice, so the same file can be chosen again. */
function ImportField({ t, onImport }: Pick<Props, 't' | 'onImport'>) {
  return (
    <label class="field">
      <span class="field-label">{t('libraryImport')}</span>
      <input
        type="file"
        accept="application/json,.json"
        data-testid="library-import"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onImport(file);
          e.currentTarget.value = '';
        }}
      />
    </label>
  );
}
