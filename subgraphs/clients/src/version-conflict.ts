import { hubError } from '@hub/common';

/**
 * A write that named a version other than the current one (or created what
 * already exists): nothing was written; `currentVersion` tells the caller what to re-read
 * (null when there is nothing to re-read). Every versioned write of the clients subgraph answers with it.
 */
export const versionConflict = (what: string, currentVersion: number | null, argument: 'input' | null = 'input') =>
  hubError('CONFLICT', `the ${what} was changed by someone else (or does not exist in the version named); read it again and retry`, {
    ...(argument && { argument }),
    field: 'expectedVersion',
    currentVersion,
  });
