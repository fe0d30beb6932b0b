import { render } from 'preact';
import { pageLanguage } from '../../utils/i18n/page-translator';
import { App } from './App';

void pageLanguage(document).then(({ t, locale }) => {
  document.title = t('libraryTitle');
  const root = document.getElementById('app');
  if (root) render(<App t={t} locale={locale} />, root);
});
