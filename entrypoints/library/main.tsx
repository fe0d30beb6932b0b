import { render } from 'preact';
import { pageTranslator } from '../../utils/i18n/page-translator';
import { App } from './App';

const t = pageTranslator(document);
document.title = t('libraryTitle');
const root = document.getElementById('app');
if (root) render(<App t={t} />, root);
