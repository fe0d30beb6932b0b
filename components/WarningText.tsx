import type { Warning } from '../utils/event-record';
import type { Translate } from '../utils/i18n/translate';
import { warningKey, warningText } from '../utils/warnings/localise';

type Props = { t: Translate; warning: Warning; locale: string };

/** One of the extractor's notes in the reader's language; an older, uncoded note keeps its English, marked so. */
export function WarningText({ t, warning, locale }: Props) {
  if (warning.code !== 'note') return <>{warningText(t, warning, locale)}</>;
  return (
    <>
      {t(warningKey('note'))} <span lang="en">{warning.text}</span>
    </>
  );
}
