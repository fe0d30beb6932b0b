import type { EventLink, LinkKind } from '../utils/event-record';
import type { Translate } from '../utils/i18n/translate';

const KIND_ORDER: LinkKind[] = [
  'registration',
  'livestream',
  'programme',
  'document',
  'recording',
  'contact',
  'related',
  'other',
];

type Props = { t: Translate; links: readonly EventLink[] };

/** The event's links by kind, each to the original address, with the archived copy beside it. */
export function LinkList({ t, links }: Props) {
  if (links.length === 0) return null;
  const sorted = [...links].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  return (
    <ul class="links" aria-label={t('linksLabel')} data-testid="event-links">
      {sorted.map((link) => (
        <li key={link.url}>
          <span class={`kind kind-${link.kind}`}>{t(`kind_${link.kind}`)}</span>{' '}
          <a href={link.url} target="_blank" rel="noopener noreferrer" title={link.url}>
            {link.text}
          </a>
          {link.archivedUrl && (
            <>
              {' '}
              <a class="archived" href={link.archivedUrl} target="_blank" rel="noopener noreferrer">
                {t('archivedCopy')}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
