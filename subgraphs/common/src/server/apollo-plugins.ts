import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';

/**
 * Nothing leaves the machine: no landing page loaded from a CDN, no usage or
 * schema reporting, and no "did you mean" hints that reveal hidden fields.
 */
export function localOnlyPlugins(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginLandingPageDisabled(),
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
    ApolloServerPluginDisableSuggestions(),
  ];
}
