import type { Language } from './messages';

/**
 * A message a person understands for every error code the hub answers with (PUBLIC_ERROR_CODES in
 * subgraphs/common/src/errors.ts: error-messages.unit.test.ts checks that each has both), plus the masked
 * INTERNAL_SERVER_ERROR and what the console itself meets (no network, an answer it cannot read).
 */
export const ERROR_MESSAGES: Record<string, Record<Language, string>> = {
  BAD_USER_INPUT: { nl: 'Een of meer gegevens kloppen niet. Controleer het formulier.', en: 'Some of the data is not valid. Check the form.' },
  GRAPHQL_PARSE_FAILED: {
    nl: 'De console stuurde een onleesbaar verzoek. Meld dit aan beheer.',
    en: 'The console sent a request the hub cannot read. Tell the administrators.',
  },
  GRAPHQL_VALIDATION_FAILED: {
    nl: 'De console stuurde een ongeldig verzoek. Meld dit aan beheer.',
    en: 'The console sent an invalid request. Tell the administrators.',
  },
  BAD_REQUEST: { nl: 'Het verzoek is ongeldig.', en: 'The request is not valid.' },
  OPERATION_RESOLUTION_FAILURE: {
    nl: 'De console stuurde een onbekende opdracht. Meld dit aan beheer.',
    en: 'The console sent an unknown operation. Tell the administrators.',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    nl: 'Deze versie van de console is niet bij de hub geregistreerd.',
    en: 'This version of the console is not registered with the hub.',
  },
  NOT_FOUND: { nl: 'Niet gevonden, of niet voor u zichtbaar.', en: 'Not found, or not visible to you.' },
  UNAUTHENTICATED: { nl: 'U bent niet (meer) aangemeld. Meld u opnieuw aan.', en: 'You are not (or no longer) signed in. Sign in again.' },
  FORBIDDEN: { nl: 'Uw rol mag dit niet zien of doen.', en: 'Your role may not see or do this.' },
  INVALID_TRANSITION: { nl: 'Deze stap kan vanuit de huidige status niet.', en: 'This step is not possible from the current status.' },
  CAPACITY_FULL: { nl: 'Er is geen plaats meer vrij.', en: 'There is no place left.' },
  INTAKE_CLOSED: { nl: 'Er geldt een intakestop in deze regio.', en: 'Intake is stopped in this region.' },
  CONSENT_REQUIRED: { nl: 'De cliënt heeft hiervoor geen toestemming gegeven.', en: 'The client has not consented to this.' },
  CONFLICT: {
    nl: 'Iemand anders heeft dit intussen gewijzigd. Laad opnieuw en probeer het nog eens.',
    en: 'Someone else changed this meanwhile. Reload and try again.',
  },
  ERASURE_REFUSED: { nl: 'Wissen is geweigerd.', en: 'Erasure was refused.' },
  ERASURE_INCOMPLETE: { nl: 'Wissen is vastgelegd maar nog niet voltooid.', en: 'Erasure is recorded but not yet complete.' },
  QUERY_TOO_COMPLEX: {
    nl: 'Het verzoek is te groot voor uw rol. Vraag minder tegelijk op.',
    en: 'The request is too large for your role. Ask for less at once.',
  },
  RATE_LIMITED: { nl: 'Te veel verzoeken. Wacht even en probeer het opnieuw.', en: 'Too many requests. Wait a moment and try again.' },
  PAYLOAD_TOO_LARGE: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    nl: 'De console stuurde een verkeerd soort verzoek. Meld dit aan beheer.',
    en: 'The console sent the wrong kind of request. Tell the administrators.',
  },
  METHOD_NOT_ALLOWED: {
    nl: 'De console stuurde een verkeerd soort verzoek. Meld dit aan beheer.',
    en: 'The console sent the wrong kind of request. Tell the administrators.',
  },
  REQUEST_HEADER_FIELDS_TOO_LARGE: { nl: 'Het verzoek heeft te grote kopregels. Meld u opnieuw aan.', en: 'The request headers are too large. Sign in again.' },
  SUBGRAPH_UNAVAILABLE: {
    nl: 'Een deel van de hub is tijdelijk niet bereikbaar. Probeer het later opnieuw.',
    en: 'Part of the hub is unavailable for now. Try again later.',
  },
  TIMEOUT: { nl: 'De hub antwoordde niet op tijd. Probeer het opnieuw.', en: 'The hub did not answer in time. Try again.' },
  SERVICE_UNAVAILABLE: { nl: 'De hub is tijdelijk niet beschikbaar. Probeer het later opnieuw.', en: 'The hub is unavailable for now. Try again later.' },
  INTERNAL_SERVER_ERROR: { nl: 'Er ging iets mis in de hub. Probeer het later opnieuw.', en: 'Something went wrong in the hub. Try again later.' },
  NETWORK_ERROR: { nl: 'De hub is niet bereikbaar. Controleer uw verbinding.', en: 'The hub cannot be reached. Check your connection.' },
  SIGN_IN_FAILED: {
    nl: 'Aanmelden bij de identiteitsprovider is niet gelukt. Probeer het opnieuw.',
    en: 'Signing in with the identity provider did not succeed. Try again.',
  },
  UNKNOWN: { nl: 'Er ging iets mis. Probeer het opnieuw.', en: 'Something went wrong. Try again.' },
};

/** The message for an error code in a language; an unknown code gets the general message, never the code or raw answer. */
export function errorMessage(code: string | undefined, language: Language): string {
  return (ERROR_MESSAGES[code ?? 'UNKNOWN'] ?? ERROR_MESSAGES.UNKNOWN)[language];
}
