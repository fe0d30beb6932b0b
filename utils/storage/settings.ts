/**
 * The reader's settings, in `storage.sync` (they follow the reader to their other browsers where the browser
 * syncs). Each type comes from its schema; each item is versioned and validated on read.
 */
import { storage } from '@wxt-dev/storage';
import * as z from 'zod/mini';
import { CaptureSettingsSchema, DEFAULT_CAPTURE_SETTINGS, type CaptureSettings } from '../captures/capture-settings';
import { UI_LANGUAGES } from '../i18n/ui-language';
import { readValid, validatedItem } from './validated-item';

/**
 * Display settings: the home zone (when it is not the browser's), extra zones, the clock. Version 2 added
 * `homeZone`; `migrations` bring a version-1 value forward.
 */
export const DisplaySettingsSchema = z.object({
  extraZones: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(12)),
  hourCycle: z.enum(['locale', 'h12', 'h23']),
  /** The zone shown as "your time"; `null`: the browser's. */
  homeZone: z.nullable(z.string().check(z.maxLength(64))),
});
export type DisplaySettings = z.infer<typeof DisplaySettingsSchema>;
export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = { extraZones: [], hourCycle: 'locale', homeZone: null };

/** The settings with one more zone to show (at most 12, each once). */
export const withExtraZone = (s: DisplaySettings, zone: string): DisplaySettings => ({
  ...s,
  extraZones: [...new Set([...s.extraZones, zone])].slice(0, 12),
});
export const withoutExtraZone = (s: DisplaySettings, zone: string): DisplaySettings => ({
  ...s,
  extraZones: s.extraZones.filter((z) => z !== zone),
});

/** Version 1 (before `homeZone`) → 2. Exported for the migration tests. */
export function migrateDisplaySettingsV1(v1: unknown): DisplaySettings {
  const old = (v1 ?? {}) as Partial<DisplaySettings>;
  return {
    extraZones: Array.isArray(old.extraZones) ? old.extraZones.filter((z) => typeof z === 'string').slice(0, 12) : [],
    hourCycle: old.hourCycle === 'h12' || old.hourCycle === 'h23' ? old.hourCycle : 'locale',
    homeZone: null,
  };
}

export const displaySettingsItem = validatedItem('sync:display-settings', DisplaySettingsSchema, {
  fallback: DEFAULT_DISPLAY_SETTINGS,
  version: 2,
  migrations: { 2: migrateDisplaySettingsV1 },
  what: 'display settings',
});

/** What Event Lens does on the pages themselves, and whether links are checked without asking. */
export const PageSettingsSchema = z.object({
  /** The card and the time annotations on recognised event captures. */
  enrichment: z.boolean(),
  /** Sites (original hosts) where the reader turned the card off. */
  enrichmentOffSites: z.array(z.string().check(z.maxLength(253))).check(z.maxLength(500)),
  /** Check links as soon as the popup opens (only once access to websites was granted). Off by default. */
  autoCheckLinks: z.boolean(),
});
export type PageSettings = z.infer<typeof PageSettingsSchema>;
export const DEFAULT_PAGE_SETTINGS: PageSettings = { enrichment: true, enrichmentOffSites: [], autoCheckLinks: false };

export const pageSettingsItem = validatedItem('sync:page-settings', PageSettingsSchema, {
  fallback: DEFAULT_PAGE_SETTINGS,
  version: 1,
  what: 'page settings',
});

/** Which archives the popup asks for other captures of a page. */
export const captureSettingsItem = validatedItem('sync:capture-settings', CaptureSettingsSchema, {
  fallback: DEFAULT_CAPTURE_SETTINGS,
  version: 1,
  what: 'capture settings',
});

/** The language of Event Lens's pages: one of the six, or `null` to follow the browser's (docs/i18n.md). */
export const LanguageSettingSchema = z.object({ language: z.nullable(z.enum(UI_LANGUAGES)) });
export type LanguageSetting = z.infer<typeof LanguageSettingSchema>;

export const languageSettingItem = validatedItem('sync:language', LanguageSettingSchema, {
  fallback: { language: null },
  version: 1,
  what: 'language setting',
});

export const loadDisplaySettings = (): Promise<DisplaySettings> => displaySettingsItem.load();
export const loadPageSettings = (): Promise<PageSettings> => pageSettingsItem.load();
export const loadCaptureSettings = (): Promise<CaptureSettings> => captureSettingsItem.load();

/**
 * Earlier versions kept the display and capture settings in local storage: copied to sync once (when sync has
 * none yet), then removed. Run by the background when the extension is installed or updated.
 */
export async function moveSettingsToSync(): Promise<void> {
  const moves = [
    { from: 'local:display-settings', to: displaySettingsItem, read: migrateDisplaySettingsV1 },
    {
      from: 'local:capture-settings',
      to: captureSettingsItem,
      read: (v: unknown) => readValid(CaptureSettingsSchema, v, DEFAULT_CAPTURE_SETTINGS, 'old capture settings'),
    },
  ] as const;
  for (const move of moves) {
    const old = await storage.getItem(move.from);
    if (old === null) continue;
    const current = await storage.getItem(move.to.key);
    if (current === null) await (move.to.setValue as (v: unknown) => Promise<void>)(move.read(old));
    await storage.removeItem(move.from, { removeMeta: true });
  }
}
