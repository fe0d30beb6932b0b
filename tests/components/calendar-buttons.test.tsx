import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarButtons } from '../../components/CalendarButtons';
import { english } from '../helpers/i18n';
import { mountIn } from './render';

afterEach(() => {
  document.body.textContent = '';
});

describe('CalendarButtons', () => {
  const links = {
    googleUrl: 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=x',
    outlookUrl: 'https://outlook.live.com/calendar/0/deeplink/compose?subject=x',
  };

  it('downloads the .ics through its callback and opens the calendars in a new tab without an opener', () => {
    const onDownloadIcs = vi.fn();
    const root = mountIn(<CalendarButtons t={english} links={links} onDownloadIcs={onDownloadIcs} />);
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('Add to calendar');
    const download = root.querySelector<HTMLButtonElement>('[data-testid="download-ics"]');
    expect(download?.textContent).toBe('Download .ics');
    download?.click();
    expect(onDownloadIcs).toHaveBeenCalledTimes(1);
    for (const [id, href] of [
      ['google-calendar', links.googleUrl],
      ['outlook-calendar', links.outlookUrl],
    ] as const) {
      const a = root.querySelector<HTMLAnchorElement>(`[data-testid="${id}"]`);
      expect(a?.getAttribute('href')).toBe(href);
      expect(a?.target).toBe('_blank');
      expect(a?.rel).toBe('noopener noreferrer');
    }
  });
});
