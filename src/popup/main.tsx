import { render } from 'preact';
import browser from 'webextension-polyfill';
import { uiLanguage } from '../lib/i18n';
import { App } from './App';

document.documentElement.lang = uiLanguage();
document.title = browser.i18n.getMessage('popupTitle') || document.title;
render(<App />, document.getElementById('app')!);
