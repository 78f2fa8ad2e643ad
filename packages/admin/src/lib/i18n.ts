import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export type Language = 'lt' | 'en';
export const LANGUAGES: readonly Language[] = ['lt', 'en'];
const STORAGE_KEY = 'vejapro.language';
const INTL_LOCALE: Record<Language, string> = { lt: 'lt-LT', en: 'en-GB' };

// Every feature keeps its strings in locales/<language>/<feature>.json, loaded with the app
// (they are small); the feature name is the i18next namespace.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json', { eager: true });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [file, module] of Object.entries(files)) {
  const [, language, namespace] = /locales\/(\w+)\/([\w-]+)\.json$/.exec(file) ?? [];
  if (language && namespace) (resources[language] ??= {})[namespace] = module.default;
}

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'en' || stored === 'lt' ? stored : 'lt';
  } catch {
    return 'lt';
  }
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'lt',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

/** Lithuanian by default; a choice of English is remembered in this browser. */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The Intl locale of the chosen language: lt-LT or en-GB. */
export function currentLocale(): string {
  return INTL_LOCALE[(i18n.language as Language) ?? 'lt'] ?? 'lt-LT';
}
