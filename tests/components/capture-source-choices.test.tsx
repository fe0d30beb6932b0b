import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaptureSourceChoices } from '../../components/CaptureSourceChoices';
import type { CaptureSettings } from '../../utils/captures/capture-service';
import { DEFAULT_CAPTURE_SETTINGS } from '../../utils/captures/capture-settings';
import { english } from '../helpers/i18n';
import { mountIn } from './render';

afterEach(() => {
  document.body.textContent = '';
});

describe('CaptureSourceChoices', () => {
  it('shows each archive to ask as a box ticked as the settings say, under the prefix given', () => {
    const settings: CaptureSettings = { ...DEFAULT_CAPTURE_SETTINGS, askTabArchive: true, askInternetArchive: false };
    const root = mountIn(
      <CaptureSourceChoices t={english} settings={settings} onSettings={vi.fn()} testIdPrefix="opt-" />,
    );
    const tab = root.querySelector<HTMLInputElement>('[data-testid="opt-ask-tab-archive"]');
    const ia = root.querySelector<HTMLInputElement>('[data-testid="opt-ask-internet-archive"]');
    expect(tab?.checked).toBe(true);
    expect(ia?.checked).toBe(false);
    expect([...root.querySelectorAll('label')].map((l) => l.textContent?.trim())).toEqual([
      'Ask this page’s archive',
      'Ask the Internet Archive',
    ]);
  });

  it('changes only the setting whose box was clicked', () => {
    const onSettings = vi.fn<(next: CaptureSettings) => void>();
    const settings: CaptureSettings = { ...DEFAULT_CAPTURE_SETTINGS, askTabArchive: true, askInternetArchive: false };
    const root = mountIn(
      <CaptureSourceChoices t={english} settings={settings} onSettings={onSettings} testIdPrefix="" />,
    );
    root.querySelector<HTMLInputElement>('[data-testid="ask-internet-archive"]')?.click();
    expect(onSettings).toHaveBeenLastCalledWith({ ...settings, askInternetArchive: true });
    root.querySelector<HTMLInputElement>('[data-testid="ask-tab-archive"]')?.click();
    expect(onSettings).toHaveBeenLastCalledWith({ ...settings, askTabArchive: false });
  });
});
