import type { ComponentProps } from 'preact';
import { useState } from 'preact/hooks';
import type { CaptureSettings } from '../utils/captures/capture-service';
import type { Translate } from '../utils/i18n';
import type { DisplaySettings, PageSettings } from '../utils/storage';
import { findZoneChoice } from '../utils/time/format-event-time';
import { ArchiveHostsSettings } from './ArchiveHostsSettings';
import { CaptureSourceChoices } from './CaptureSourceChoices';
import { DisplayOptions } from './DisplayOptions';
import { SiteAccessSetting } from './SiteAccessSetting';

type Props = {
  t: Translate;
  browserZone: string;
  display: DisplaySettings;
  onDisplay: (next: DisplaySettings) => void;
  captures: CaptureSettings;
  onCaptures: (next: CaptureSettings) => void;
  page: PageSettings;
  onPage: (next: PageSettings) => void;
  choices: () => readonly { zone: string; label: string }[];
  archives: Omit<ComponentProps<typeof ArchiveHostsSettings>, 't'>;
  siteAccess: Omit<ComponentProps<typeof SiteAccessSetting>, 't'>;
  onClearCache: () => void;
  message: string | null;
};

/** The settings page: time, other captures, link checks, the in-page card, one's own archives, cached data. */
export function OptionsView(props: Props) {
  const { t, display, onDisplay, captures, onCaptures, page, onPage } = props;
  const [home, setHome] = useState(display.homeZone ?? '');
  const [error, setError] = useState<string | null>(null);
  const saveHome = () => {
    const text = home.trim();
    if (text === '') {
      setError(null);
      return onDisplay({ ...display, homeZone: null });
    }
    const match = findZoneChoice(props.choices(), text);
    if (!match) return setError(t('noZoneCalled', text));
    setError(null);
    setHome(match.zone);
    onDisplay({ ...display, homeZone: match.zone });
  };
  return (
    <main class="popup settings">
      <h1>{t('settingsTitle')}</h1>
      {props.message && (
        <p class="message" role="status" data-testid="options-message">
          {props.message}
        </p>
      )}
      <section aria-labelledby="opt-time">
        <h2 id="opt-time">{t('optTimeTitle')}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            saveHome();
          }}
        >
          <label>
            {t('optHomeZone')}{' '}
            <input
              type="search"
              list="event-lens-home-zones"
              value={home}
              placeholder={props.browserZone}
              onInput={(e) => setHome(e.currentTarget.value)}
              onBlur={saveHome}
              data-testid="home-zone"
            />
          </label>
          <datalist id="event-lens-home-zones">
            {props.choices().map((c) => (
              <option key={c.zone} value={c.zone} label={c.label} />
            ))}
          </datalist>{' '}
          <button type="submit" class="button">
            {t('optSetZone')}
          </button>
          <p class="quiet">{t('optHomeZoneHint', props.browserZone)}</p>
          {error && (
            <p class="warning" role="status">
              {error}
            </p>
          )}
        </form>
        <DisplayOptions
          t={t}
          extraZones={display.extraZones}
          hourCycle={display.hourCycle}
          choices={props.choices}
          onAddZone={(zone) =>
            onDisplay({ ...display, extraZones: [...new Set([...display.extraZones, zone])].slice(0, 12) })
          }
          onRemoveZone={(zone) => onDisplay({ ...display, extraZones: display.extraZones.filter((z) => z !== zone) })}
          onHourCycle={(hourCycle) => onDisplay({ ...display, hourCycle })}
        />
      </section>
      <section aria-labelledby="opt-captures">
        <h2 id="opt-captures">{t('optCapturesTitle')}</h2>
        <CaptureSourceChoices t={t} settings={captures} onSettings={onCaptures} testIdPrefix="opt-" />
        <p class="quiet">{t('capturesPrivacy')}</p>
      </section>
      <section aria-labelledby="opt-links">
        <h2 id="opt-links">{t('optLinksTitle')}</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={page.autoCheckLinks}
            onChange={(e) => onPage({ ...page, autoCheckLinks: e.currentTarget.checked })}
            data-testid="opt-auto-check"
          />{' '}
          {t('optAutoCheck')}
        </label>
        <SiteAccessSetting t={t} {...props.siteAccess} />
      </section>
      <section aria-labelledby="opt-page">
        <h2 id="opt-page">{t('optPageTitle')}</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={page.enrichment}
            onChange={(e) => onPage({ ...page, enrichment: e.currentTarget.checked })}
            data-testid="opt-enrichment"
          />{' '}
          {t('optEnrichment')}
        </label>
        {page.enrichmentOffSites.length > 0 && (
          <>
            <p>{t('optOffSites')}</p>
            <ul data-testid="off-sites">
              {page.enrichmentOffSites.map((site) => (
                <li key={site}>
                  {site}{' '}
                  <button
                    type="button"
                    class="link-button"
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
      <ArchiveHostsSettings t={t} {...props.archives} />
      <section aria-labelledby="opt-data">
        <h2 id="opt-data">{t('optDataTitle')}</h2>
        <button type="button" class="button" onClick={props.onClearCache} data-testid="clear-cache">
          {t('optClearCache')}
        </button>
        <p class="quiet">{t('optClearCacheHint')}</p>
      </section>
    </main>
  );
}
