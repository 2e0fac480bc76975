import { Access, idempotent, ListSize, Policy, POLICY, requireSide, Side, type RequestContext } from '@hub/common';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { HANDOFF_READERS } from './access-policies';
import { addHandoffNote, handoffNotesLoader } from './handoff-note';
import { HandoffNote } from './handoff-note.entity';
import { Handoff } from './handoff.entity';
import { AddHandoffNoteInput } from './handoff.input';
import { KaderaContact } from './kadera-contact';

/** The conversation on a handoff and whom at Kadera to call: Kadera and the partner it is addressed to, nobody else. */
@Resolver(() => Handoff)
export class HandoffNoteResolver {
  @Access(...HANDOFF_READERS)
  @Mutation(() => HandoffNote, {
    description: 'Adds a note to a handoff: Kadera, or the partner it is addressed to. NOT_FOUND for a handoff the caller may not see.',
  })
  async addHandoffNote(@Arg('input', () => AddHandoffNoteInput) input: AddHandoffNoteInput, @Ctx() context: RequestContext): Promise<HandoffNote> {
    const { caller, side } = requireSide(context.caller, Side.KADERA, Side.PARTNER);
    const request = { key: input.idempotencyKey, operation: 'addHandoffNote', scope: caller.organisationId ?? caller.userId, input };
    const id = await idempotent(context.em, request, (tx) => addHandoffNote(tx, caller, side, input));
    return context.em.findOneOrFail(HandoffNote, { id }, { populate: ['handoff'] });
  }

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @ListSize(20)
  @FieldResolver(() => [HandoffNote], { description: 'The notes Kadera and the partner wrote on this handoff, oldest first.' })
  notes(@Root() handoff: Handoff, @Ctx() context: RequestContext): Promise<HandoffNote[]> {
    return handoffNotesLoader(context).load(handoff.id);
  }

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @FieldResolver(() => KaderaContact, { nullable: true, description: 'The Kadera coordinator the partner contacts about this handoff, when named.' })
  kaderaContact(@Root() handoff: Handoff): KaderaContact | null {
    if (!handoff.kaderaContactName) return null;
    return { name: handoff.kaderaContactName, phone: handoff.kaderaContactPhone ?? null, email: handoff.kaderaContactEmail ?? null };
  }
}
