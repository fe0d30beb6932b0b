import { render } from 'preact';
import { pageTranslator } from '../../utils/browser-i18n';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App t={pageTranslator(document)} />, root);
