import { notFound, type Caller, type RequestContext, type Side } from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { maySeeHandoff } from './access-policies';
import { HandoffNote } from './handoff-note.entity';
import { Handoff } from './handoff.entity';
import type { AddHandoffNoteInput } from './handoff.input';

/**
 * Adds a note to a handoff the caller may see: Kadera any, a partner only one addressed to it.
 * Any other handoff is NOT_FOUND, so a refusal does not reveal that it exists.
 */
export async function addHandoffNote(tx: EntityManager, caller: Caller, side: Side, input: AddHandoffNoteInput): Promise<string> {
  const handoff = await tx.findOne(Handoff, { id: input.handoffId });
  if (!handoff || !maySeeHandoff(caller, handoff)) throw notFound('handoff');
  const note = tx.create(HandoffNote, {
    handoff,
    authorUserId: caller.userId,
    authorOrganisationId: caller.organisationId ?? null,
    authorSide: side,
    createdAt: new Date(),
    text: input.text.trim(),
  });
  // A note is news for a partner system polling handoffs(updatedSince:): touching the row gives the handoff a new
  // change number, so it comes again in the next poll.
  handoff.updatedAt = new Date();
  await tx.flush();
  return note.id;
}

/** The notes of every handoff on a page in one query, oldest first. */
export function handoffNotesLoader(context: RequestContext) {
  return context.loader<string, HandoffNote[]>('HandoffNotes', async (handoffIds) => {
    const rows = await context.em.find(HandoffNote, { handoff: { $in: [...handoffIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['handoff'] });
    const byHandoff = new Map<string, HandoffNote[]>(handoffIds.map((id) => [id, []]));
    for (const row of rows) byHandoff.get(row.handoff.id)?.push(row);
    return handoffIds.map((id) => byHandoff.get(id)!);
  });
}
