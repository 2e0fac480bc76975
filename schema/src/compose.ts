import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema, loadConfig, type SubgraphDefinition } from '@hub/common';
import { parse } from 'graphql';
import { SUBGRAPHS } from './subgraphs';

export async function subgraphSdl(definition: SubgraphDefinition): Promise<string> {
  return printSubgraphSchema(await buildFederatedSchema(definition));
}

/**
 * Composes the subgraphs' SDL with @apollo/composition. The URLs written into
 * the supergraph are the defaults; the gateway overrides them from its config.
 */
export async function composeSupergraph(subgraphs: SubgraphDefinition[] = SUBGRAPHS): Promise<string> {
  const urls = loadConfig({}).subgraphUrls;
  const services = await Promise.all(
    subgraphs.map(async (definition) => ({
      name: definition.name,
      url: urls[definition.name],
      typeDefs: parse(await subgraphSdl(definition)),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl.endsWith('\n') ? result.supergraphSdl : `${result.supergraphSdl}\n`;
}
