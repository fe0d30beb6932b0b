import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView } from '../../components/OptionsView';
import { DEFAULT_CAPTURE_SETTINGS } from '../../utils/captures/capture-settings';
import { DEFAULT_DISPLAY_SETTINGS, DEFAULT_PAGE_SETTINGS } from '../../utils/storage';
import { english } from '../helpers/i18n';
import { mountIn, settle } from './render';
import { languageName } from '../../utils/i18n/language-names';
import { UI_LANGUAGES, type UiLanguage } from '../../utils/i18n/ui-language';

afterEach(() => {
  document.body.textContent = '';
});

describe('OptionsView', () => {
  function options() {
    const props = {
      t: english,
      browserZone: 'Europe/London',
      display: DEFAULT_DISPLAY_SETTINGS,
      onDisplay: vi.fn(),
      captures: DEFAULT_CAPTURE_SETTINGS,
      onCaptures: vi.fn(),
      page: DEFAULT_PAGE_SETTINGS,
      onPage: vi.fn(),
      choices: () => [{ zone: 'Asia/Tokyo', label: 'Tokyo (Asia)' }],
      archives: { origins: [], message: null, onAdd: vi.fn(), onRemove: vi.fn() },
      siteAccess: { granted: false, message: null, onGiveBack: vi.fn() },
      language: {
        language: null,
        browserLanguageName: 'English (United Kingdom)',
        languageNames: Object.fromEntries(UI_LANGUAGES.map((l) => [l, languageName(l)])) as Record<UiLanguage, string>,
        onLanguage: vi.fn(),
      },
      onClearCache: vi.fn(),
      message: null,
      libraryUrl: 'chrome-extension://x/library.html',
    };
    return { root: mountIn(<OptionsView {...props} />), props };
  }

  it('links to the saved events, puts each setting on a line of its own, and offers "Use this zone" only for a typed zone', async () => {
    const { root, props } = options();
    expect(root.querySelector('[data-testid="options-library"]')?.getAttribute('href')).toBe(props.libraryUrl);
    expect([...root.querySelectorAll('label.check')].length).toBeGreaterThanOrEqual(4);
    expect(root.textContent).not.toContain('Use this zone');
    const input = root.querySelector<HTMLInputElement>('[data-testid="home-zone"]') as HTMLInputElement;
    input.value = 'tokyo';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(root.textContent).toContain('Use this zone');
    root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(props.onDisplay).toHaveBeenCalledWith({ ...DEFAULT_DISPLAY_SETTINGS, homeZone: 'Asia/Tokyo' });
  });

  it('offers the browser’s language and the six, each named in its own language, and says which is chosen', () => {
    const { root, props } = options();
    const select = root.querySelector<HTMLSelectElement>('[data-testid="opt-language"]') as HTMLSelectElement;
    const offered = [...select.options].map((o) => [o.value, o.textContent, o.getAttribute('lang')]);
    expect(offered).toEqual([
      ['', 'As the browser (English (United Kingdom))', null],
      ['ar', 'العربية', 'ar'],
      ['en', 'English', 'en'],
      ['es', 'Español', 'es'],
      ['fr', 'Français', 'fr'],
      ['ru', 'Русский', 'ru'],
      ['zh_CN', '中文', 'zh-CN'],
    ]);
    select.value = 'ar';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(props.language.onLanguage).toHaveBeenLastCalledWith('ar');
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(props.language.onLanguage).toHaveBeenLastCalledWith(null);
  });
});
