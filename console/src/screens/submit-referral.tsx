import { useState, type FormEvent, type ReactNode } from 'react';
import { asHubError } from '../api/error-code';
import { HubError, type HubClient } from '../api/hub-client';
import { newIdempotencyKey } from '../api/idempotency-key';
import { ErrorNotice } from '../error-notice';
import { FormField, type ControlProps } from '../form-field';
import { SubmitReferralDocument, type SubmitReferralInput } from '../gql/graphql';
import {
  FORMS_OF_ABUSE,
  formOfAbuseLabel,
  FUNDING_STREAMS,
  fundingLabel,
  kindLabel,
  PRIORITIES,
  priorityLabel,
  REFERRAL_KINDS,
  regionLabel,
  REGIONS,
  SOURCE_TYPES,
  sourceTypeLabel,
} from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { fieldProblem, intakeClosedMessage, submitFieldOf, SUBMIT_FIELDS, type SubmitField } from './referral-words';

type Values = Record<Exclude<SubmitField, 'person' | 'formsOfAbuse'>, string>;

const EMPTY: Values = {
  kind: 'AMBULATORY',
  priority: 'ROUTINE',
  region: 'IJSSELLAND',
  fundingStream: 'WMO',
  sourceType: 'GP',
  referrerOrganisationName: '',
  referrerContactName: '',
  referrerContactPhone: '',
  referrerContactEmail: '',
  referrerReference: '',
  municipalityCode: '',
  'person.name': '',
  'person.dateOfBirth': '',
  'person.municipalityCode': '',
};

/** Blank means left out: the API takes an absent optional field, not an empty string. */
const given = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The form's values as SubmitReferralInput: the person for a care referral, the municipality for a consultation. */
function inputOf(values: Values, forms: readonly string[], idempotencyKey: string): SubmitReferralInput {
  const consultation = values.kind === 'CONSULTATION';
  return {
    idempotencyKey,
    kind: values.kind as SubmitReferralInput['kind'],
    priority: values.priority as SubmitReferralInput['priority'],
    region: values.region as SubmitReferralInput['region'],
    fundingStream: values.fundingStream as SubmitReferralInput['fundingStream'],
    sourceType: values.sourceType as SubmitReferralInput['sourceType'],
    referrerOrganisationName: values.referrerOrganisationName,
    referrerContactName: values.referrerContactName,
    referrerContactPhone: given(values.referrerContactPhone),
    referrerContactEmail: given(values.referrerContactEmail),
    referrerReference: given(values.referrerReference),
    formsOfAbuse: forms.length ? (forms as SubmitReferralInput['formsOfAbuse']) : undefined,
    municipalityCode: consultation ? given(values.municipalityCode) : undefined,
    person: consultation
      ? undefined
      : { name: values['person.name'], dateOfBirth: values['person.dateOfBirth'], municipalityCode: values['person.municipalityCode'] },
  };
}

/** Kadera intake enters a referral a professional phoned in; the API checks it and the form says which field it refused. */
export function SubmitReferral({ client }: { client: HubClient }) {
  const { t, language } = useWords();
  const [values, setValues] = useState<Values>(EMPTY);
  const [forms, setForms] = useState<string[]>([]);
  const [key, setKey] = useState(newIdempotencyKey);
  const [error, setError] = useState<HubError | undefined>();
  const [submitted, setSubmitted] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const refusedField = error?.code === 'BAD_USER_INPUT' ? submitFieldOf(error.details) : undefined;
  const consultation = values.kind === 'CONSULTATION';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSubmitted(undefined);
    client.mutate(SubmitReferralDocument, { input: inputOf(values, forms, key) }).then(
      (data) => {
        setBusy(false);
        setSubmitted(data.submitReferral.id);
        setValues(EMPTY);
        setForms([]);
        setKey(newIdempotencyKey());
      },
      (failure: unknown) => {
        setBusy(false);
        setError(asHubError(failure));
      },
    );
  };

  const set = (field: keyof Values) => (value: string) => setValues({ ...values, [field]: value });
  const field = (name: SubmitField, control: (props: ControlProps) => ReactNode) => (
    <FormField id={`submit-${name.replace('.', '-')}`} label={t(SUBMIT_FIELDS[name])} name={name} refused={refusedField === name}>
      {control}
    </FormField>
  );
  const text = (name: keyof Values, options: { required?: boolean; type?: string } = {}) =>
    field(name, (props) => (
      <input {...props} type={options.type ?? 'text'} required={options.required} value={values[name]} onChange={(event) => set(name)(event.target.value)} />
    ));
  const choice = (name: keyof Values, choices: readonly string[], label: (value: string) => string) =>
    field(name, (props) => (
      <select {...props} value={values[name]} onChange={(event) => set(name)(event.target.value)}>
        {choices.map((value) => (
          <option key={value} value={value}>
            {label(value)}
          </option>
        ))}
      </select>
    ));

  return (
    <section aria-labelledby="submit-title">
      <h2 id="submit-title">{t('submitTitle')}</h2>
      <p>{t('submitIntro')}</p>
      {submitted && (
        <p role="status" data-submitted-id={submitted}>
          {t('submitted')}
        </p>
      )}
      {error?.code === 'INTAKE_CLOSED' && (
        <p role="alert" className="error" data-code="INTAKE_CLOSED">
          {intakeClosedMessage(error.details, language)}
        </p>
      )}
      {refusedField && (
        <p role="alert" className="error" data-code="BAD_USER_INPUT">
          {fieldProblem(refusedField, language)}
        </p>
      )}
      {error && error.code !== 'INTAKE_CLOSED' && !refusedField && <ErrorNotice code={error.code} />}
      <form onSubmit={submit}>
        <fieldset>
          <legend>{t('referralSection')}</legend>
          {choice('kind', REFERRAL_KINDS, (v) => kindLabel(v as SubmitReferralInput['kind'], language))}
          {choice('priority', PRIORITIES, (v) => priorityLabel(v as SubmitReferralInput['priority'], language))}
          {choice('region', REGIONS, (v) => regionLabel(v as SubmitReferralInput['region'], language))}
          {choice('fundingStream', FUNDING_STREAMS, (v) => fundingLabel(v as SubmitReferralInput['fundingStream'], language))}
          {consultation && text('municipalityCode')}
          <fieldset>
            <legend>{t('formsOfAbuse')}</legend>
            {FORMS_OF_ABUSE.map((form) => (
              <label key={form} className="check">
                <input
                  type="checkbox"
                  checked={forms.includes(form)}
                  onChange={(event) => setForms(event.target.checked ? [...forms, form] : forms.filter((f) => f !== form))}
                />
                {formOfAbuseLabel(form, language)}
              </label>
            ))}
          </fieldset>
        </fieldset>
        <fieldset>
          <legend>{t('referrerSection')}</legend>
          {choice('sourceType', SOURCE_TYPES, (v) => sourceTypeLabel(v as SubmitReferralInput['sourceType'], language))}
          {text('referrerOrganisationName', { required: true })}
          {text('referrerContactName', { required: true })}
          {text('referrerContactPhone', { type: 'tel' })}
          {text('referrerContactEmail')}
          {text('referrerReference')}
        </fieldset>
        {!consultation && (
          <fieldset>
            <legend>{t('personSection')}</legend>
            {text('person.name', { required: true })}
            {text('person.dateOfBirth', { required: true, type: 'date' })}
            {text('person.municipalityCode', { required: true })}
          </fieldset>
        )}
        <button type="submit" disabled={busy}>
          {t('submit')}
        </button>
      </form>
    </section>
  );
}
