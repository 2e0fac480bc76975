import { useEffect, useMemo, useRef, useState } from 'react';
import { loadConsoleConfig, type ConsoleConfig } from './api/console-config';
import { errorCode } from './api/error-code';
import { createHubClient, type HubClient } from './api/hub-client';
import { handleRedirect, isRedirectBack, oidcSignOut } from './api/oidc-sign-in';
import { ErrorNotice } from './error-notice';
import { MeDocument } from './gql/graphql';
import { LanguageContext, useWords, wordsFor } from './i18n/language-context';
import type { Language } from './i18n/messages';
import { QueryStates } from './query-states';
import { NavigationContext } from './screens/navigation';
import { screensFor } from './screens/registry';
import { SignIn } from './screens/sign-in';
import { markScreenChosen, useScreenLink } from './screens/use-screen-link';
import { useHubQuery } from './use-hub-query';

/** The screens of one signed-in session, chosen by who the hub says the caller is (`me`) and the field rules (registry.ts). */
function Session({ client, onSignOut }: { client: HubClient; onSignOut: () => void }) {
  const { t } = useWords();
  const { result } = useHubQuery(client, MeDocument, {});
  const screens = result.state === 'done' ? screensFor(result.data.me) : [];
  const [chosen, setChosen] = useState<{ id: string; params?: Readonly<Record<string, string>> } | undefined>();
  // A link to a screen (screen-links.ts, e.g. a client's file) opens it, when this caller is offered it.
  const link = useScreenLink();
  useEffect(() => {
    if (link) setChosen({ id: link.screenId, params: link.recordId ? { recordId: link.recordId } : undefined });
  }, [link]);
  const current = screens.find((screen) => screen.id === chosen?.id) ?? screens[0];
  const offered = screens.map((screen) => screen.id).join(' ');
  const navigation = useMemo(
    () => ({
      navigate: (id: string, params?: Readonly<Record<string, string>>) => {
        markScreenChosen(id);
        setChosen({ id, params });
      },
      offered: offered.split(' '),
    }),
    [offered],
  );
  return (
    <>
      <nav aria-label={t('navigation')}>
        {result.state === 'done' && (
          <span>
            {t('signedInAs')} <strong>{result.data.me.roles.join(', ')}</strong>
          </span>
        )}{' '}
        {screens.length > 1 && (
          <ul className="screens">
            {screens.map((screen) => (
              <li key={screen.id}>
                <button type="button" aria-current={screen === current ? 'page' : undefined} onClick={() => navigation.navigate(screen.id)}>
                  {t(screen.title)}
                </button>
              </li>
            ))}
          </ul>
        )}{' '}
        <button type="button" onClick={onSignOut}>
          {t('signOut')}
        </button>
      </nav>
      <main>
        <QueryStates result={result}>
          {(data) =>
            current ? (
              <NavigationContext.Provider value={navigation}>
                <current.Screen key={`${current.id}:${JSON.stringify(chosen?.params ?? {})}`} client={client} caller={data.me} params={chosen?.params} />
              </NavigationContext.Provider>
            ) : (
              <p>{t('noScreen')}</p>
            )
          }
        </QueryStates>
      </main>
    </>
  );
}

export function App() {
  const [language, setLanguage] = useState<Language>('nl');
  // The token lives only here, in memory: a reload or sign-out forgets it.
  const [token, setToken] = useState<string | undefined>();
  const [config, setConfig] = useState<ConsoleConfig | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    // How to sign in comes from the gateway at run time; back from the identity provider, the code becomes a token.
    loadConsoleConfig()
      .then(async (loaded) => {
        if (loaded.signIn === 'oidc' && isRedirectBack()) {
          try {
            const accessToken = await handleRedirect(loaded.oidc);
            if (accessToken) setToken(accessToken);
          } catch {
            setFailure('SIGN_IN_FAILED');
          }
        }
        setConfig(loaded);
      })
      .catch((error: unknown) => setFailure(errorCode(error)));
  }, []);
  const signOut = () => {
    setToken(undefined);
    if (config?.signIn === 'oidc') oidcSignOut(config.oidc).catch(() => setFailure('SIGN_IN_FAILED'));
  };
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
        <Session key={token} client={client} onSignOut={signOut} />
      ) : (
        <main>
          {config ? <SignIn config={config} failure={failure} onSignedIn={setToken} /> : failure ? <ErrorNotice code={failure} /> : <p>{words.t('loading')}</p>}
        </main>
      )}
    </LanguageContext.Provider>
  );
}
