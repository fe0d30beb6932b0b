import type { EventDetails, SourceOrigin } from '../utils/event-record';
import { fieldSources, type FieldSourceLine } from '../utils/event-view/field-sources';
import { translateCount, type MessageKey, type Translate } from '../utils/i18n/translate';

type Props = { t: Translate; event: EventDetails };

const originKey = (origin: SourceOrigin) => `origin_${origin.replace(/-/g, '_')}` as MessageKey;

/** The kind of evidence, in plain words: the page's own label when it has one, a generic wording for old records. */
function how(t: Translate, line: FieldSourceLine, linkCount: number): string {
  const words =
    line.origin === null
      ? t('origin_unknown')
      : line.origin === 'labelled-field' && line.label
        ? t('origin_labelled_field_named', line.label)
        : t(originKey(line.origin));
  return line.fields.includes('links') ? `${words} (${translateCount(t, 'sourceLinks', linkCount)})` : words;
}

/** "Where each field came from": the fields in the record's order, each with its evidence and the page's words. */
export function FieldSourceList({ t, event }: Props) {
  const lines = fieldSources(event);
  if (lines.length === 0) return null;
  return (
    <details class="sources" data-testid="field-sources">
      <summary>{t('sourcesSummary')}</summary>
      <dl>
        {lines.map((line) => (
          <div key={line.fields.join()}>
            <dt>{line.fields.map((f) => t(`field_${f}`)).join(', ')}</dt>
            <dd>
              <span class="how">{how(t, line, event.links.length)}</span>
              {line.text !== null && (
                <>
                  {': '}
                  <q class="quote">{line.text}</q>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
