// Strings come from _locales/<lang>/messages.json through the browser, in the browser's language.
import browser from 'webextension-polyfill';

export function t(key: string, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
