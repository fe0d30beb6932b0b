import { CITATION_FORMATS, type CitationFormat, type CitationText } from '../utils/citation/formats';
import type { MessageKey, Translate } from '../utils/i18n/translate';
import { StatusMessage } from './StatusMessage';

type Props = {
  t: Translate;
  /** Set when the same panel appears several times on a page (the library): keeps the ids unique. */
  id: string;
  format: CitationFormat;
  citation: CitationText;
  /** The panel was opened: the container makes the citation then, not before. */
  onOpen: () => void;
  onFormat: (format: CitationFormat) => void;
  onCopy: () => void;
  message: string | null;
  /** Open from the start (the library opens it on the reader's "Cite"). */
  open?: boolean;
};

const FORMAT_LABELS: Readonly<Record<CitationFormat, MessageKey>> = {
  apa: 'citeFormatApa',
  chicago: 'citeFormatChicago',
  mla: 'citeFormatMla',
  harvard: 'citeFormatHarvard',
  bibtex: 'citeFormatBibtex',
  ris: 'citeFormatRis',
  'csl-json': 'citeFormatCslJson',
};

/** "Cite this capture": a format to choose, the citation in it, and one button that copies it. */
export function CitePanel({ t, id, format, citation, onOpen, onFormat, onCopy, message, open = false }: Props) {
  return (
    <details class="cite" data-testid="cite-panel" open={open} onToggle={(e) => e.currentTarget.open && onOpen()}>
      <summary>{t('citeTitle')}</summary>
      <p class="field">
        <label class="field-label" for={`${id}-format`}>
          {t('citeFormat')}
        </label>
        <select
          id={`${id}-format`}
          value={format}
          onChange={(e) => onFormat(e.currentTarget.value as CitationFormat)}
          data-testid="cite-format"
        >
          {CITATION_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(FORMAT_LABELS[f])}
            </option>
          ))}
        </select>
      </p>
      <CitationBody t={t} id={id} citation={citation} />
      <p>
        <button
          type="button"
          class="button"
          disabled={citation.kind !== 'ready'}
          onClick={onCopy}
          data-testid="cite-copy"
        >
          {t('citeCopy')}
        </button>
        <StatusMessage message={message} />
      </p>
    </details>
  );
}

function CitationBody({ t, id, citation }: { t: Translate; id: string; citation: CitationText }) {
  if (citation.kind === 'failed') return <p class="warning">{t('citeFailed')}</p>;
  if (citation.kind !== 'ready') return <p class="quiet">{t('citeLoading')}</p>;
  return (
    <textarea
      id={`${id}-text`}
      class="cite-text"
      readOnly
      rows={6}
      aria-label={t('citeTitle')}
      value={citation.text}
      data-testid="cite-text"
    />
  );
}
