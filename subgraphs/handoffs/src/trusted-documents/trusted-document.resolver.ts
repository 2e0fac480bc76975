import { Access, requireSide, Side, type RequestContext } from '@hub/common';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { registerManifest } from './trusted-document-registry';
import { ClientApplication, RegisterTrustedDocumentsInput, TRUSTED_DOCUMENT_ADMINS, TrustedDocumentRegistration } from './trusted-document.types';

@Resolver()
export class TrustedDocumentResolver {
  @Access(...TRUSTED_DOCUMENT_ADMINS)
  @Mutation(() => TrustedDocumentRegistration, {
    description:
      'Registers a client application\'s trusted documents (docs/security.md, "Trusted documents"): each is checked against the supergraph and the owner role\'s field access, all or nothing. Kadera staff only.',
  })
  async registerTrustedDocuments(
    @Arg('input', () => RegisterTrustedDocumentsInput) input: RegisterTrustedDocumentsInput,
    @Ctx() context: RequestContext,
  ): Promise<TrustedDocumentRegistration> {
    requireSide(context.caller, Side.KADERA);
    const result = await registerManifest(context.em, {
      name: input.application,
      role: input.ownerRole,
      organisationId: input.ownerOrganisationId,
      manifest: input.manifest,
    });
    const { application } = result;
    return Object.assign(new TrustedDocumentRegistration(), {
      ...result,
      application: Object.assign(new ClientApplication(), {
        id: application.id,
        name: application.name,
        ownerRole: application.owner.role,
        ownerOrganisationId: application.owner.organisationId ?? null,
        createdAt: application.createdAt,
      }),
    });
  }
}
