import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';

/**
 * Nothing leaves the machine: no landing page loaded from a CDN, no usage or
 * schema reporting, and no "did you mean" hints that reveal hidden fields.
 * No cache hints either: Apollo Server installs cache control by default, whose
 * `willResolveField` makes it wrap every resolver of a schema and call the hook
 * per field per request. The hub sets no hints, so it could only ever say "no
 * cache"; every answer is `no-store` (apollo-answer.ts).
 */
export function localOnlyPlugins(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginLandingPageDisabled(),
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
    ApolloServerPluginDisableSuggestions(),
    ApolloServerPluginCacheControlDisabled(),
  ];
}

/**
 * A subgraph's: localOnlyPlugins, and no inline traces (ftv1) unless `inlineTracing` asks for them. Apollo
 * Server serves them for every federated schema, hooking every field, but the gateway reports no usage and
 * nothing reads them. With neither, no plugin is called per field: the schema's resolvers run as they are.
 */
export function subgraphPlugins(options: { inlineTracing?: boolean } = {}): ApolloServerPlugin[] {
  return [...localOnlyPlugins(), ...(options.inlineTracing ? [] : [ApolloServerPluginInlineTraceDisabled()])];
}
