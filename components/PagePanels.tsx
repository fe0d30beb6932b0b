import type { ComponentProps } from 'preact';
import type { Translate } from '../utils/i18n/translate';
import { CapturesPanel } from './CapturesPanel';
import { CitePanel } from './CitePanel';
import { LinkCheckPanel } from './LinkCheckPanel';

export type PagePanelsProps = {
  t: Translate;
  locale: string;
  /** Other captures of the page, when the container asked the archives. */
  captures: Omit<ComponentProps<typeof CapturesPanel>, 't' | 'locale'>;
  /** Checking the page's links. */
  linkCheck: Omit<ComponentProps<typeof LinkCheckPanel>, 't'>;
  /** Citing the capture, with its event or without one. */
  cite?: Omit<ComponentProps<typeof CitePanel>, 't' | 'id'>;
};

/**
 * The panels under the event: citing it, its other captures and the link check. Loaded after the card (the popup
 * imports this module on demand), so the card shows without waiting for their code.
 */
export function PagePanels({ t, locale, captures, linkCheck, cite }: PagePanelsProps) {
  return (
    <>
      {cite && (
        <div class="page-cite">
          <CitePanel t={t} id="popup-cite" {...cite} />
        </div>
      )}
      <CapturesPanel t={t} locale={locale} {...captures} />
      <LinkCheckPanel t={t} {...linkCheck} />
    </>
  );
}
