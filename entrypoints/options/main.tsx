import { render } from 'preact';
import { pageLanguage } from '../../utils/i18n/page-translator';
import { App } from './App';

void pageLanguage(document).then(({ t, language }) => {
  document.title = t('settingsTitle');
  const root = document.getElementById('app');
  if (root) render(<App t={t} language={language} />, root);
});
