/** The converted time, right under the page's own time ("Tue 17 Nov 2020, 21:00–22:30 your time"). */
import type { EventDetails } from '../../utils/event-record';
import type { Translate } from '../../utils/i18n/translate';
import { isCardElement } from '../../utils/page-card/overlays';
import { findTimeAnchor } from '../../utils/page-card/time-anchor';
import { formatEventTimes, type TimeFormatOptions } from '../../utils/time/format-event-time';
import type { OverlayLayer } from './overlay-layer';

/** Shows (or moves) the note for `event`; nothing when the page's time cannot be found or is the reader's own. */
export function showTimeNote(layer: OverlayLayer, event: EventDetails, prefs: TimeFormatOptions, t: Translate): void {
  layer.clear('note');
  const times = formatEventTimes(event, { ...prefs, extraZones: [] });
  const mine = times.lines.find((l) => l.label === prefs.readerLabel?.(prefs.readerZone));
  // Where the clock times were read (`time`) comes first: that is the text a reader looks at.
  const written = [event.sources.time?.text, event.sources.start?.text].filter((s) => s !== undefined).join(' · ');
  const anchor = mine && written ? findTimeAnchor(document, written, isCardElement) : null;
  if (!mine || !anchor) return;
  const note = document.createElement('span');
  note.className = 'note';
  note.textContent = t('cardAnnotation', mine.text);
  note.title = `${mine.text} (${prefs.readerZone})`;
  note.dataset.testid = 'time-note';
  layer.add(note, anchor, 'below', 'note');
}
