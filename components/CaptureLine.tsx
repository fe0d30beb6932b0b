import type { PageInfo } from '../utils/event-record';
import { formatCaptureTime } from '../utils/time/format-event-time';

type Props = { page: PageInfo };

/** "Captured 6 Dec 2020 07:20 UTC on UNESCO Web Archive (UNESCO collection)", and the original's address. */
export function CaptureLine({ page }: Props) {
  if (!page.archive) return null;
  const when = page.capturedAt ? formatCaptureTime(page.capturedAt) : 'at an unknown time';
  const collection = page.archive.collection?.name ? ` (${page.archive.collection.name} collection)` : '';
  return (
    <footer class="capture" data-testid="capture-line">
      <p>
        Captured {when} on {page.archive.name}
        {collection}
      </p>
      <p class="original">
        Original:{' '}
        <a href={page.originalUrl} target="_blank" rel="noopener noreferrer">
          {page.originalUrl}
        </a>
      </p>
      {page.warnings.map((w) => (
        <p class="warning" key={w}>
          {w}
        </p>
      ))}
    </footer>
  );
}
