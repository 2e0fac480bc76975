import { buildFederatedSchema, loggedFieldOf, SUBGRAPH_NAMES } from '@hub/common';
import { MikroORM, ReflectMetadataProvider } from '@mikro-orm/postgresql';
import { isObjectType } from 'graphql';
import { peerSubgraph } from './peer-subgraph';

/**
 * Write entries name GraphQL fields (docs/access-log.md, "Writes"): every stored property of every
 * client-linked entity is a field of its type in the subgraph's schema, backs one (`@Backs`), or is declared
 * internal (`@Internal`). A new column nobody declared fails here rather than reaching the log by its own name.
 */
describe('write entries name GraphQL fields', () => {
  it.each(SUBGRAPH_NAMES)('every property of a client-linked entity of %s maps to a field of its schema, or is internal', async (name) => {
    const definition = peerSubgraph(name);
    const schema = await buildFederatedSchema(definition);
    // Metadata only: no connection is made.
    const orm = await MikroORM.init({
      clientUrl: 'postgresql://nobody@127.0.0.1:1/none',
      connect: false,
      entities: definition.orm.entities,
      metadataProvider: ReflectMetadataProvider,
      discovery: { warnWhenNoEntities: false },
      allowGlobalContext: false,
    });
    try {
      const linked = Object.keys(definition.clientLinked ?? {}).filter((type) => orm.getMetadata().find(type));
      const problems: string[] = [];
      for (const entityName of linked) {
        const meta = orm.getMetadata().get(entityName);
        const type = schema.getType(entityName);
        const fields = isObjectType(type) ? type.getFields() : {};
        for (const [property, prop] of Object.entries(meta.properties)) {
          // A column of an embedded object counts as the embedded property, which is checked itself.
          if (prop.embedded) continue;
          const field = loggedFieldOf(meta.class, property);
          if (field === null) continue;
          if (field === undefined) problems.push(`${entityName}.${property} is declared neither a field, @Backs nor @Internal`);
          else if (!fields[field]) problems.push(`${entityName}.${property} maps to ${entityName}.${field}, which the schema does not have`);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await orm.close(true);
    }
  });
});
