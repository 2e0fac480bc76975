import { useState, type FormEvent, type ReactNode } from 'react';
import { asHubError } from '../api/error-code';
import { HubError, type HubClient } from '../api/hub-client';
import { useSubmissionKey } from '../api/idempotency-key';
import { mayRunAll } from '../access/screen-access';
import { ErrorNotice } from '../error-notice';
import { FormField, type ControlProps } from '../form-field';
import {
  LinkReferralClientDocument,
  ReferralDuplicatesDocument,
  ReferralPersonDocument,
  RegisterReferralClientDocument,
  type DuplicateReasonKind,
  type ReferralPersonQuery,
  type RiskLevel,
} from '../gql/graphql';
import { formatDate } from '../i18n/dates';
import { RISK_LEVELS, riskLevelLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import type { MessageKey } from '../i18n/messages';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';
import { REGISTER_FIELDS, registerFieldOf, registerFieldProblem, type RegisterField } from './referral-words';
import type { SignedInCaller } from './registry';

/** What linking a referral to a client needs at least: the person it names, the clients who may be her, the link. */
export const LINK_CLIENT_DOCUMENTS = [ReferralPersonDocument, ReferralDuplicatesDocument, LinkReferralClientDocument];

/** The person a (care) referral names. */
type ReferredPerson = NonNullable<NonNullable<ReferralPersonQuery['referral']>['referredPerson']>;

const REASON_WORDS: Record<DuplicateReasonKind, MessageKey> = {
  NAME_SIMILARITY: 'dupNameSimilarity',
  SAME_DATE_OF_BIRTH: 'dupSameDateOfBirth',
  SAME_MUNICIPALITY: 'dupSameMunicipality',
};

interface LinkProps {
  client: HubClient;
  caller: SignedInCaller;
  referralId: string;
  /** The referral is linked now: the detail reads its client again. */
  onLinked: () => void;
  /** The hub refused the link with CONFLICT (linked to another client meanwhile): the detail says so and reads it again. */
  onConflict: (error: HubError) => void;
}

/** Links the referral to `clientId`: CONFLICT (linked to another client meanwhile) goes to the detail, any other refusal to `onError`. */
function linkTo(client: HubClient, { referralId, onLinked, onConflict }: LinkProps, clientId: string, onError: (error: HubError) => void) {
  return client.mutate(LinkReferralClientDocument, { input: { referralId, clientId } }).then(onLinked, (failure: unknown) => {
    const refused = asHubError(failure);
    if (refused.code === 'CONFLICT') onConflict(refused);
    else onError(refused);
  });
}

/**
 * From a referral to a client: the clients who may be the person it names (possibleDuplicates), each linkable, and, for
 * a role that may register clients, a form pre-filled with her referral data that registers her and links the referral.
 */
export function ReferralClientLink(props: LinkProps) {
  const { client, referralId } = props;
  const { t } = useWords();
  const { result } = useHubQuery(client, ReferralPersonDocument, { id: referralId });
  return (
    <section aria-labelledby="link-client-title">
      <h4 id="link-client-title">{t('linkClientTitle')}</h4>
      <QueryStates result={result} shown={(data) => data.referral?.referredPerson} empty={<p>{t('noReferredPerson')}</p>}>
        {(person) => (
          <>
            <p>{t('linkClientIntro')}</p>
            <LinkChoices {...props} person={person} />
          </>
        )}
      </QueryStates>
    </section>
  );
}

function LinkChoices(props: LinkProps & { person: ReferredPerson }) {
  const { client, caller, person } = props;
  const { t, language } = useWords();
  const { result } = useHubQuery(client, ReferralDuplicatesDocument, {
    name: person.name,
    dateOfBirth: person.dateOfBirth,
    municipalityCode: person.municipalityCode,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<HubError | undefined>();
  const candidates = result.state === 'done' ? result.data.possibleDuplicates : [];
  const link = (clientId: string) => {
    setBusy(true);
    setError(undefined);
    void linkTo(client, props, clientId, (refused) => {
      setBusy(false);
      setError(refused);
    });
  };
  return (
    <>
      <h5 id="duplicates-title">{t('possibleDuplicatesTitle')}</h5>
      {error && <ErrorNotice code={error.code} />}
      <QueryStates result={result} shown={(data) => data.possibleDuplicates} empty={<p data-duplicates="none">{t('noPossibleDuplicates')}</p>}>
        {(duplicates) => (
          <table aria-labelledby="duplicates-title">
            <thead>
              <tr>
                <th scope="col">{t('personName')}</th>
                <th scope="col">{t('personDateOfBirth')}</th>
                <th scope="col">{t('duplicateScore')}</th>
                <th scope="col">{t('duplicateReasons')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('linkThisClient')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {duplicates.map((candidate) => (
                <tr key={candidate.client.id} data-candidate-id={candidate.client.id}>
                  <td>{candidate.client.name}</td>
                  <td>{candidate.client.dateOfBirth ? formatDate(candidate.client.dateOfBirth, language) : ''}</td>
                  <td>{Math.round(candidate.score * 100)}%</td>
                  <td>{candidate.reasons.map((reason) => t(REASON_WORDS[reason.kind])).join(', ')}</td>
                  <td>
                    <button type="button" disabled={busy} onClick={() => link(candidate.client.id)}>
                      {t('linkThisClient')}
                      <span className="visually-hidden">: {candidate.client.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryStates>
      {mayRunAll(caller.roles, [RegisterReferralClientDocument]) && result.state === 'done' && <RegisterForm {...props} candidates={candidates.length} />}
    </>
  );
}

type Values = Record<RegisterField, string>;

/** Registers the person the referral names as a client (her referral data pre-filled), then links the referral to her. */
function RegisterForm(props: LinkProps & { person: ReferredPerson; candidates: number }) {
  const { client, person, candidates } = props;
  const { t, language } = useWords();
  const [values, setFormValues] = useState<Values>({
    name: person.name,
    dateOfBirth: person.dateOfBirth,
    municipalityCode: person.municipalityCode,
    confidentialAddress: '',
    riskLevel: '',
  });
  const [confirmed, setConfirmedValue] = useState(false);
  // Other input is another submission: the hub refuses a key reused with other input.
  const setValues = (next: Values) => {
    setFormValues(next);
    renewKey();
  };
  const setConfirmed = (next: boolean) => {
    setConfirmedValue(next);
    renewKey();
  };
  const [key, renewKey] = useSubmissionKey();
  const [registered, setRegistered] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<HubError | undefined>();
  const refusedField = error?.code === 'BAD_USER_INPUT' ? registerFieldOf(error.details) : undefined;

  const fail = (failure: unknown) => {
    setBusy(false);
    setError(asHubError(failure));
  };
  const linkRegistered = (clientId: string) => linkTo(client, props, clientId, fail);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    // Registered already but the link failed: link again, never register her twice.
    if (registered) return void linkRegistered(registered);
    client
      .mutate(RegisterReferralClientDocument, {
        input: {
          idempotencyKey: key,
          name: values.name,
          dateOfBirth: values.dateOfBirth,
          municipalityCode: values.municipalityCode,
          confidentialAddress: values.confidentialAddress,
          riskLevel: values.riskLevel as RiskLevel,
          confirmNotDuplicate: confirmed || undefined,
        },
      })
      .then((data) => {
        setRegistered(data.registerClient.id);
        return linkRegistered(data.registerClient.id);
      }, fail);
  };

  const field = (name: RegisterField, control: (props: ControlProps) => ReactNode) => (
    <FormField id={`register-${name}`} label={t(REGISTER_FIELDS[name])} name={name} refused={refusedField === name}>
      {control}
    </FormField>
  );
  const text = (name: RegisterField, type = 'text') =>
    field(name, (props) => (
      <input {...props} type={type} required value={values[name]} onChange={(event) => setValues({ ...values, [name]: event.target.value })} />
    ));

  return (
    <form onSubmit={submit} aria-labelledby="register-client-title">
      <h5 id="register-client-title">{t('registerClientTitle')}</h5>
      {refusedField ? (
        <p role="alert" className="error" data-code="BAD_USER_INPUT">
          {registerFieldProblem(refusedField, language)}
        </p>
      ) : (
        error && <ErrorNotice code={error.code} />
      )}
      {text('name')}
      {text('dateOfBirth', 'date')}
      {text('municipalityCode')}
      {field('confidentialAddress', (props) => (
        <textarea
          {...props}
          required
          rows={2}
          value={values.confidentialAddress}
          onChange={(event) => setValues({ ...values, confidentialAddress: event.target.value })}
        />
      ))}
      {field('riskLevel', (props) => (
        <select {...props} required value={values.riskLevel} onChange={(event) => setValues({ ...values, riskLevel: event.target.value })}>
          <option value="" disabled>
            {t('chooseRiskLevel')}
          </option>
          {RISK_LEVELS.map((level) => (
            <option key={level} value={level}>
              {riskLevelLabel(level, language)}
            </option>
          ))}
        </select>
      ))}
      {(candidates > 0 || error?.code === 'CONFLICT') && (
        <div className="field">
          <input id="register-confirm" type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
          <label htmlFor="register-confirm">{t('confirmNotDuplicate')}</label>
        </div>
      )}
      <button type="submit" disabled={busy}>
        {t('registerAndLink')}
      </button>
    </form>
  );
}
