import { Access, KADERA_ROLES, requireSide, Side, type RequestContext } from '@hub/common';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { admitClient, dischargeClient } from './admission';
import { AdmitClientInput, DischargeClientInput } from './admission.input';
import { AdmissionResult } from './admission.types';
import { Stay } from './stay.entity';

@Resolver()
export class AdmissionResolver {
  @Access(...KADERA_ROLES)
  @Mutation(() => AdmissionResult, {
    description:
      'Admits a client to a place of a type at a location; when all are taken or held by open offers the client joins the waitlist instead ' +
      '(a client holding the open offer of that unit is admitted into her held place). ' +
      'Kadera side only. Errors: BAD_USER_INPUT (also a municipalityCode other than the one the clients subgraph holds), NOT_FOUND (client, location), CONFLICT (current stay, already waiting, ' +
      'idempotencyKey reused with other input), FORBIDDEN, UNAUTHENTICATED.',
  })
  async admitClient(@Arg('input', () => AdmitClientInput) input: AdmitClientInput, @Ctx() context: RequestContext): Promise<AdmissionResult> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    return admitClient(context, caller, input);
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => Stay, {
    description:
      "Ends a stay; the freed place is offered to the unit's first waiting client (waitlistOffers). Kadera side only. " +
      'Errors: BAD_USER_INPUT, NOT_FOUND, INVALID_TRANSITION (already discharged), FORBIDDEN, UNAUTHENTICATED.',
  })
  async dischargeClient(@Arg('input', () => DischargeClientInput) input: DischargeClientInput, @Ctx() context: RequestContext): Promise<Stay> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    return dischargeClient(context, caller, input);
  }
}
