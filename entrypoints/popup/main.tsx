import { render } from 'preact';
import { pageTranslator } from '../../utils/i18n/page-translator';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App t={pageTranslator(document)} />, root);
