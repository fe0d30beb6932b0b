import { render } from 'preact';
import { pageLanguage } from '../../utils/i18n/page-translator';
import { App } from './App';

const root = document.getElementById('app');
if (root) void pageLanguage(document).then(({ t, locale }) => render(<App t={t} locale={locale} />, root));
