/**
 * A citation of records, for the popup's and the library's "Cite": the format chosen, the citation made in it
 * (its code and the citation library are loaded the first time: utils/citation/cite.ts), and copying it in one click.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CitationFormat, CitationText } from '../citation/formats';
import type { EventRecord } from '../event-record';
import type { Translate } from '../i18n/translate';

/**
 * `record`: what is cited (the record shown, corrections applied; a stable object); `accessedMs`: when the reader read it (now in
 * the popup, the day it was saved in the library); `language`: the reader's, for the styles' words.
 */
export function useCitation(t: Translate, record: EventRecord | null, accessedMs: number, language: string) {
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<CitationFormat>('apa');
  const [citation, setCitation] = useState<CitationText>({ kind: 'idle' });
  const [message, setMessage] = useState<string | null>(null);
  // Made again when the day changes, not at every render (the access date is a day).
  const day = Math.floor(accessedMs / 86_400_000);
  useEffect(() => {
    if (!open || !record) return;
    let live = true;
    setCitation({ kind: 'loading' });
    setMessage(null);
    import('../citation/cite')
      .then(({ citeCapture }) => citeCapture({ record, accessedMs }, format, language))
      .then(
        (text) => live && setCitation({ kind: 'ready', text }),
        (err: unknown) => {
          console.warn('Event Lens: the citation could not be made', err);
          if (live) setCitation({ kind: 'failed' });
        },
      );
    return () => {
      live = false;
    };
  }, [open, format, record, day, language]);
  const onCopy = () => {
    if (citation.kind !== 'ready') return;
    navigator.clipboard.writeText(citation.text).then(
      () => setMessage(t('citeCopied')),
      () => setMessage(t('copyRefused')),
    );
  };
  return { format, citation, message, onOpen: () => setOpen(true), onFormat: setFormat, onCopy };
}
