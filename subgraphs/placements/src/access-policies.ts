import { ownMunicipalityPolicy, type Policies } from '@hub/common';

/** The row rules placements' fields name with @Policy. */
export const placementsPolicies: Policies = { ...ownMunicipalityPolicy };
