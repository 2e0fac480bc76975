import { useEffect, useState, type FormEvent } from 'react';
import { devRoles, devSignIn } from '../api/dev-sign-in';
import { HubError } from '../api/hub-client';
import { ErrorNotice } from '../error-notice';
import { useWords } from '../i18n/language-context';

/** Development sign-in: pick a role, get a development token from the gateway. The token goes to memory only. */
export function SignIn({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const { t } = useWords();
  const [roles, setRoles] = useState<string[] | undefined>();
  const [role, setRole] = useState('staff');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    devRoles().then(setRoles, (e: unknown) => setError(e instanceof HubError ? e.code : 'UNKNOWN'));
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    devSignIn(role).then(onSignedIn, (e: unknown) => setError(e instanceof HubError ? e.code : 'UNKNOWN'));
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
