import { CONTACT_NAME, describeText, InputRule, PageArgs, TextLength, Uuid } from '@hub/common';
import { ArgsType, Field } from 'type-graphql';
import { REFERRER_REFERENCE } from './referrer-feedback';

@ArgsType()
@InputRule<SearchReferralsArgs>((args) =>
  args.referrerOrganisationId == null && args.referrerOrganisationName == null && args.referrerReference == null
    ? { field: 'referrerReference', message: 'referrerReference, referrerOrganisationId or referrerOrganisationName must be given' }
    : null,
)
export class SearchReferralsArgs extends PageArgs {
  @Field(() => Uuid, { nullable: true, description: 'The referring organisation. Kadera only.' })
  referrerOrganisationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `A part of the referring organisation's name as it gave it, ignoring case; ${describeText(CONTACT_NAME).toLowerCase()}. Kadera only.`,
  })
  @TextLength(CONTACT_NAME)
  referrerOrganisationName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `The referrer's own reference, whole, ignoring case and surrounding spaces; ${describeText(REFERRER_REFERENCE).toLowerCase()}. A referrer finds only its own organisation's.`,
  })
  @TextLength(REFERRER_REFERENCE)
  referrerReference?: string | null;
}

/** The Referral field each filter is on: a filter is accepted only from a role that may select that field. */
export const REFERRAL_SEARCH_FILTERS = {
  referrerOrganisationId: 'Referral.referrerOrganisationId',
  referrerOrganisationName: 'Referral.referrerOrganisationName',
  referrerReference: 'Referral.referrerReference',
};
