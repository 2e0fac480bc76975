import { useEffect, useState, type FormEvent } from 'react';
import type { ConsoleConfig, OidcSettings } from '../api/console-config';
import { devRoles, devSignIn } from '../api/dev-sign-in';
import { errorCode } from '../api/error-code';
import { startOidcSignIn } from '../api/oidc-sign-in';
import { ErrorNotice } from '../error-notice';
import { useWords } from '../i18n/language-context';

/** Development sign-in: pick a role, get a development token from the gateway. The token goes to memory only. */
function DevSignIn({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const { t } = useWords();
  const [roles, setRoles] = useState<string[] | undefined>();
  const [role, setRole] = useState('staff');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    devRoles().then(setRoles, (e: unknown) => setError(errorCode(e)));
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    devSignIn(role).then(onSignedIn, (e: unknown) => setError(errorCode(e)));
  };
  return (
    <section aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('signInTitle')}</h2>
      <p>{t('signInIntro')}</p>
      {error && <ErrorNotice code={error} />}
      {roles === undefined && !error && <p>{t('loading')}</p>}
      {roles?.length === 0 && <p role="alert">{t('noDevSignIn')}</p>}
      {roles && roles.length > 0 && (
        <form onSubmit={submit}>
          <label htmlFor="role">{t('role')}</label>
          <select id="role" name="role" value={role} onChange={(event) => setRole(event.target.value)}>
            {roles.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <button type="submit">{t('signIn')}</button>
        </form>
      )}
    </section>
  );
}

/** Production sign-in: to the identity provider and back (authorization code + PKCE, api/oidc-sign-in.ts). */
function OidcSignIn({ settings, failure }: { settings: OidcSettings; failure?: string }) {
  const { t } = useWords();
  const [error, setError] = useState<string | undefined>(failure);
  const [busy, setBusy] = useState(false);
  const start = () => {
    setError(undefined);
    setBusy(true);
    startOidcSignIn(settings).catch(() => {
      setBusy(false);
      setError('SIGN_IN_FAILED');
    });
  };
  return (
    <section aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('oidcSignInTitle')}</h2>
      <p>{t('oidcSignInIntro')}</p>
      {error && <ErrorNotice code={error} />}
      <button type="button" onClick={start} disabled={busy}>
        {t('oidcSignIn')}
      </button>
    </section>
  );
}

/** Signing in as the gateway's configuration says (GET /console/config.json). */
export function SignIn({ config, failure, onSignedIn }: { config: ConsoleConfig; failure?: string; onSignedIn: (token: string) => void }) {
  const { t } = useWords();
  if (config.signIn === 'oidc') return <OidcSignIn settings={config.oidc} failure={failure} />;
  if (config.signIn === 'development') return <DevSignIn onSignedIn={onSignedIn} />;
  return (
    <section aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('oidcSignInTitle')}</h2>
      <p role="alert">{t('noDevSignIn')}</p>
    </section>
  );
}
