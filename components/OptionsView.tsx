import type { ComponentProps } from 'preact';
import { useState } from 'preact/hooks';
import type { CaptureSettings } from '../utils/captures/capture-settings';
import type { Translate } from '../utils/i18n/translate';
import { withExtraZone, withoutExtraZone, type DisplaySettings, type PageSettings } from '../utils/storage';
import { findZoneChoice } from '../utils/time/zone-names';
import { ArchiveHostsSettings } from './ArchiveHostsSettings';
import { CaptureSourceChoices } from './CaptureSourceChoices';
import { DisplayOptions } from './DisplayOptions';
import { LanguageSetting } from './LanguageSetting';
import { SiteAccessSetting } from './SiteAccessSetting';
import { SubmitForm } from './SubmitForm';
import { ZoneInput, type ZoneChoice } from './ZoneInput';

type Props = {
  t: Translate;
  browserZone: string;
  display: DisplaySettings;
  onDisplay: (next: DisplaySettings) => void;
  captures: CaptureSettings;
  onCaptures: (next: CaptureSettings) => void;
  page: PageSettings;
  onPage: (next: PageSettings) => void;
  choices: () => readonly ZoneChoice[];
  archives: Omit<ComponentProps<typeof ArchiveHostsSettings>, 't'>;
  siteAccess: Omit<ComponentProps<typeof SiteAccessSetting>, 't'>;
  language: Omit<ComponentProps<typeof LanguageSetting>, 't'>;
  onClearCache: () => void;
  message: string | null;
  /** The saved-events library page. */
  libraryUrl: string;
};

/** The reader's own zone: typed or picked, taken on Enter or when the field is left; empty means the browser's. */
function HomeZone({ t, display, onDisplay, choices, browserZone }: Props) {
  const [home, setHome] = useState(display.homeZone ?? '');
  const [error, setError] = useState<string | null>(null);
  const saveHome = () => {
    const text = home.trim();
    if (text === '') {
      setError(null);
      if (display.homeZone !== null) onDisplay({ ...display, homeZone: null });
      return;
    }
    const match = findZoneChoice(choices(), text);
    if (!match) return setError(t('noZoneCalled', text));
    setError(null);
    setHome(match.zone);
    if (match.zone !== display.homeZone) onDisplay({ ...display, homeZone: match.zone });
  };
  const pending = home.trim() !== '' && home.trim() !== (display.homeZone ?? '');
  return (
    <SubmitForm class="zone-add" onSubmit={saveHome}>
      <ZoneInput
        id="home-zone"
        label={t('optHomeZone')}
        value={home}
        onInput={setHome}
        choices={choices}
        placeholder={browserZone}
        hint={t('optHomeZoneHint', browserZone)}
        error={error}
        onBlur={saveHome}
        testId="home-zone"
      />
      {pending && (
        <button type="submit" class="button">
          {t('optSetZone')}
        </button>
      )}
    </SubmitForm>
  );
}

/** A setting that is on or off, on a line of its own. */
function Toggle(props: { label: string; checked: boolean; onChange: (on: boolean) => void; testId: string }) {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
        data-testid={props.testId}
      />
      <span>{props.label}</span>
    </label>
  );
}

/** The settings page: language, time, other captures, link checks, the in-page card, one's own archives, cached data. */
export function OptionsView(props: Props) {
  const { t, display, onDisplay, captures, onCaptures, page, onPage } = props;
  return (
    <main class="settings">
      <header class="page-header">
        <h1>{t('settingsTitle')}</h1>
        <a class="button" href={props.libraryUrl} data-testid="options-library">
          {t('openLibrary')}
        </a>
      </header>
      {props.message && (
        <p class="message" role="status" data-testid="options-message">
          {props.message}
        </p>
      )}
      <LanguageSetting t={t} {...props.language} />
      <section class="panel" aria-labelledby="opt-time">
        <h2 id="opt-time">{t('optTimeTitle')}</h2>
        {/* Started afresh whenever the stored zone changes (here, or on another page). */}
        <HomeZone key={display.homeZone ?? ''} {...props} />
        <DisplayOptions
          t={t}
          inline
          extraZones={display.extraZones}
          hourCycle={display.hourCycle}
          choices={props.choices}
          onAddZone={(zone) => onDisplay(withExtraZone(display, zone))}
          onRemoveZone={(zone) => onDisplay(withoutExtraZone(display, zone))}
          onHourCycle={(hourCycle) => onDisplay({ ...display, hourCycle })}
        />
      </section>
      <section class="panel" aria-labelledby="opt-captures">
        <h2 id="opt-captures">{t('optCapturesTitle')}</h2>
        <CaptureSourceChoices t={t} settings={captures} onSettings={onCaptures} testIdPrefix="opt-" />
        <p class="hint">{t('capturesPrivacy')}</p>
      </section>
      <section class="panel" aria-labelledby="opt-links">
        <h2 id="opt-links">{t('optLinksTitle')}</h2>
        <Toggle
          label={t('optAutoCheck')}
          checked={page.autoCheckLinks}
          onChange={(on) => onPage({ ...page, autoCheckLinks: on })}
          testId="opt-auto-check"
        />
        <SiteAccessSetting t={t} {...props.siteAccess} />
      </section>
      <CardSettings t={t} page={page} onPage={onPage} />
      <ArchiveHostsSettings t={t} {...props.archives} />
      <section class="panel" aria-labelledby="opt-data">
        <h2 id="opt-data">{t('optDataTitle')}</h2>
        <button type="button" class="button" onClick={props.onClearCache} data-testid="clear-cache">
          {t('optClearCache')}
        </button>
        <p class="hint">{t('optClearCacheHint')}</p>
      </section>
    </main>
  );
}

/** The card on the pages: on or off, and the sites where the reader hid it (each can be turned on again). */
function CardSettings({ t, page, onPage }: Pick<Props, 't' | 'page' | 'onPage'>) {
  return (
    <section class="panel" aria-labelledby="opt-page">
      <h2 id="opt-page">{t('optPageTitle')}</h2>
      <Toggle
        label={t('optEnrichment')}
        checked={page.enrichment}
        onChange={(on) => onPage({ ...page, enrichment: on })}
        testId="opt-enrichment"
      />
      {page.enrichmentOffSites.length > 0 && (
        <>
          <p>{t('optOffSites')}</p>
          <ul class="plain-list" data-testid="off-sites">
            {page.enrichmentOffSites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button
                  type="button"
                  class="button small"
                  onClick={() =>
                    onPage({ ...page, enrichmentOffSites: page.enrichmentOffSites.filter((s) => s !== site) })
                  }
                >
                  {t('optTurnOnSite', site)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
