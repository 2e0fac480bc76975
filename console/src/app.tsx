import { useEffect, useMemo, useState } from 'react';
import { createHubClient, type HubClient } from './api/hub-client';
import { ErrorNotice } from './error-notice';
import { MeDocument } from './gql/graphql';
import { LanguageContext, useWords, wordsFor } from './i18n/language-context';
import type { Language } from './i18n/messages';
import { HandoffsInbox } from './screens/handoffs-inbox';
import { ReferralsList } from './screens/referrals-list';
import { SignIn } from './screens/sign-in';
import { useHubQuery } from './use-hub-query';

/** The screens of one signed-in session, chosen by the side the hub says the caller acts for (`me`). */
function Session({ client, onSignOut }: { client: HubClient; onSignOut: () => void }) {
  const { t } = useWords();
  const { result } = useHubQuery(client, MeDocument, {});
  return (
    <>
      <nav aria-label={t('navigation')}>
        {result.state === 'done' && (
          <span>
            {t('signedInAs')} <strong>{result.data.me.roles.join(', ')}</strong>
          </span>
        )}{' '}
        <button type="button" onClick={onSignOut}>
          {t('signOut')}
        </button>
      </nav>
      <main>
        {result.state === 'loading' && <p>{t('loading')}</p>}
        {result.state === 'error' && <ErrorNotice code={result.code} />}
        {result.state === 'done' && result.data.me.side === 'KADERA' && <ReferralsList client={client} />}
        {result.state === 'done' && result.data.me.side === 'PARTNER' && <HandoffsInbox client={client} />}
        {result.state === 'done' && !['KADERA', 'PARTNER'].includes(result.data.me.side) && <p>{t('noScreen')}</p>}
      </main>
    </>
  );
}

export function App() {
  const [language, setLanguage] = useState<Language>('nl');
  // The token lives only here, in memory: a reload or sign-out forgets it.
  const [token, setToken] = useState<string | undefined>();
  const client = useMemo(() => (token ? createHubClient(token) : undefined), [token]);
  const words = useMemo(() => wordsFor(language), [language]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <LanguageContext.Provider value={words}>
      <header>
        <h1>{words.t('appTitle')}</h1>
        <button type="button" lang={language === 'nl' ? 'en' : 'nl'} onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}>
          {words.t('switchLanguage')}
        </button>
      </header>
      {client ? (
        <Session key={token} client={client} onSignOut={() => setToken(undefined)} />
      ) : (
        <main>
          <SignIn onSignedIn={setToken} />
        </main>
      )}
    </LanguageContext.Provider>
  );
}
