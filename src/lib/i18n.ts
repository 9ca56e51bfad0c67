// Strings come from _locales/<lang>/messages.json through the browser, in the browser's language.
import { nativeApi as browser } from './native-api';

/** Markers the browser puts in place of $1, $2, …; replaced here, so each message is read once. */
const MARKERS = Array.from({ length: 9 }, (_, i) => `⟦${i + 1}⟧`);
const templates = new Map<string, string>();

export function t(key: string, ...substitutions: (string | number)[]): string {
  let template = templates.get(key);
  if (template === undefined) {
    template = browser.i18n.getMessage(key, MARKERS) || key;
    templates.set(key, template);
  }
  if (substitutions.length === 0) return template;
  return template.replace(/⟦(\d)⟧/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
