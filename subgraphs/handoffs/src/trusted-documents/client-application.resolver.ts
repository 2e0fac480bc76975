import { Access, connectionTypes, PageArgs, Paged, requireSide, Side, type Connection, type RequestContext } from '@hub/common';
import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { applicationPage, documentCountLoader, documentPageLoader } from './trusted-document-applications';
import { ClientApplication, TRUSTED_DOCUMENT_ADMINS, TrustedDocument } from './trusted-document.types';

/** Pages of applications and of their documents (pagination.ts: the hub's one page shape and size limits). */
const ClientApplicationConnection = connectionTypes(ClientApplication, 'ClientApplication', [...TRUSTED_DOCUMENT_ADMINS]);
const TrustedDocumentConnection = connectionTypes(TrustedDocument, 'TrustedDocument', [...TRUSTED_DOCUMENT_ADMINS]);

/** The trusted-document registry as Kadera staff read it: which applications exist, whose they are, and what they may run. */
@Resolver(() => ClientApplication)
export class ClientApplicationResolver {
  @Access(...TRUSTED_DOCUMENT_ADMINS)
  @Paged()
  @Query(() => ClientApplicationConnection, {
    description: 'Client applications with trusted documents (docs/security.md, "Trusted documents"), by name, paged. Kadera staff only.',
  })
  async trustedDocumentApplications(@Args(() => PageArgs) page: PageArgs, @Ctx() context: RequestContext): Promise<Connection<ClientApplication>> {
    requireSide(context.caller, Side.KADERA);
    return applicationPage(context, page);
  }

  @Access(...TRUSTED_DOCUMENT_ADMINS)
  @FieldResolver(() => Int, { description: 'How many documents are registered for it.' })
  documentCount(@Root() application: ClientApplication, @Ctx() context: RequestContext): Promise<number> {
    return documentCountLoader(context).load(application.id);
  }

  @Access(...TRUSTED_DOCUMENT_ADMINS)
  @Paged()
  @FieldResolver(() => TrustedDocumentConnection, { description: 'Its documents (ids and registration times, never their text), by id, paged.' })
  documents(
    @Root() application: ClientApplication,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<TrustedDocument>> {
    return documentPageLoader(context, page).load(application.id);
  }
}
