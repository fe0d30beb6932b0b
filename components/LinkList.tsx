import type { EventLink, LinkKind } from '../utils/event-record';

const KIND_LABELS: Record<LinkKind, string> = {
  registration: 'Registration',
  programme: 'Programme',
  document: 'Document',
  livestream: 'Livestream',
  recording: 'Recording',
  contact: 'Contact',
  related: 'Related',
  other: 'Other',
};
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

type Props = { links: readonly EventLink[] };

/** The event's links by kind, each to the original address, with the archived copy beside it. */
export function LinkList({ links }: Props) {
  if (links.length === 0) return null;
  const sorted = [...links].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  return (
    <ul class="links" data-testid="event-links">
      {sorted.map((link) => (
        <li key={link.url}>
          <span class={`kind kind-${link.kind}`}>{KIND_LABELS[link.kind]}</span>{' '}
          <a href={link.url} target="_blank" rel="noopener noreferrer" title={link.url}>
            {link.text}
          </a>
          {link.archivedUrl && (
            <>
              {' '}
              <a class="archived" href={link.archivedUrl} target="_blank" rel="noopener noreferrer">
                archived
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
