import { createContext, useContext } from 'react';
import { MESSAGES, type Language, type MessageKey } from './messages';

export interface Words {
  language: Language;
  t: (key: MessageKey) => string;
}

export function wordsFor(language: Language): Words {
  return { language, t: (key) => MESSAGES[language][key] };
}

/** Dutch unless the person switched. */
export const LanguageContext = createContext<Words>(wordsFor('nl'));

export const useWords = () => useContext(LanguageContext);
