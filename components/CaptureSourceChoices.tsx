import type { CaptureSettings } from '../utils/captures/capture-service';
import type { Translate } from '../utils/i18n/translate';

type Props = {
  t: Translate;
  settings: CaptureSettings;
  onSettings: (next: CaptureSettings) => void;
  /** Prefix of the test ids (`ask-…` in the popup, `opt-ask-…` on the settings page). */
  testIdPrefix: string;
};

/** Which archives are asked for other captures: the tab's own, the Internet Archive. */
export function CaptureSourceChoices({ t, settings, onSettings, testIdPrefix }: Props) {
  const choices = [
    { key: 'askTabArchive', label: t('capturesAskTab'), id: 'tab-archive' },
    { key: 'askInternetArchive', label: t('capturesAskIa'), id: 'internet-archive' },
  ] as const;
  return (
    <>
      {choices.map((c) => (
        <label class="check" key={c.key}>
          <input
            type="checkbox"
            checked={settings[c.key]}
            onChange={(e) => onSettings({ ...settings, [c.key]: e.currentTarget.checked })}
            data-testid={`${testIdPrefix}ask-${c.id}`}
          />{' '}
          {c.label}
        </label>
      ))}
    </>
  );
}
