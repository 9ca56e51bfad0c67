import { render } from 'preact';
import { t, uiLanguage } from '../lib/i18n';
import { Options } from './Options';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
