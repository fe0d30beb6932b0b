/** Copying the event shown: as text (for a note or an e-mail) or the whole record as JSON. */
import { useState } from 'preact/hooks';
import { eventAsText } from '../../utils/calendar/event-text';
import type { EventRecord } from '../../utils/event-record';
import type { Translate } from '../../utils/i18n/translate';
import type { TimeFormatOptions } from '../../utils/time/format-event-time';

export function useCopy(t: Translate, record: EventRecord | null, prefs: TimeFormatOptions) {
  const [message, setMessage] = useState<string | null>(null);
  if (!record) return null;
  const copyOut = (text: string | null, done: 'copiedText' | 'copiedJson') => {
    if (text === null) return;
    navigator.clipboard.writeText(text).then(
      () => setMessage(t(done)),
      () => setMessage(t('copyRefused')),
    );
  };
  return {
    onCopyText: () => copyOut(eventAsText(record, prefs, t), 'copiedText'),
    onCopyJson: () => copyOut(JSON.stringify(record, null, 2), 'copiedJson'),
    message,
  };
}
