import { PUBLIC_ERROR_CODES } from '@hub/common/light';
import { ERROR_MESSAGES, errorMessage } from './error-messages';
import { LANGUAGES, MESSAGES } from './messages';

/**
 * What the console meets besides the hub's public codes: the masked internal error, no network, an unreadable answer,
 * and a sign-in at the identity provider that did not come back with a token.
 */
const CONSOLE_CODES = ['INTERNAL_SERVER_ERROR', 'NETWORK_ERROR', 'UNKNOWN', 'SIGN_IN_FAILED'];

describe('error messages', () => {
  it.each([...PUBLIC_ERROR_CODES])('%s has a Dutch and an English message, different from each other and from the code', (code) => {
    const messages = ERROR_MESSAGES[code];
    expect(messages).toBeDefined();
    for (const language of LANGUAGES) {
      expect(messages[language].trim().length).toBeGreaterThan(10);
      expect(messages[language]).not.toContain(code);
    }
    expect(messages.nl).not.toBe(messages.en);
  });

  it('words no code the hub does not answer with', () => {
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...PUBLIC_ERROR_CODES, ...CONSOLE_CODES].sort());
  });

  it('words an unknown or missing code with the general message, never the code itself', () => {
    expect(errorMessage('SOMETHING_NEW', 'nl')).toBe('Er ging iets mis. Probeer het opnieuw.');
    expect(errorMessage(undefined, 'en')).toBe('Something went wrong. Try again.');
    expect(errorMessage('FORBIDDEN', 'en')).toBe('Your role may not see or do this.');
  });

  it('has every console word in both languages', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.nl).sort());
    for (const language of LANGUAGES) for (const text of Object.values(MESSAGES[language])) expect(text.trim()).not.toBe('');
  });
});
