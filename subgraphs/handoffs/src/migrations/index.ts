import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128102108 } from './Migration20261128102108';
import { Migration20261128103104 } from './Migration20261128103104';
import { Migration20261128105929 } from './Migration20261128105929';
import { Migration20261129213800 } from './Migration20261129213800';
import { Migration20261129232047 } from './Migration20261129232047';
import { Migration20261129232048 } from './Migration20261129232048';
import { Migration20261129234809 } from './Migration20261129234809';
import { Migration20261207060000 } from './Migration20261207060000';

/** Checked-in migrations, oldest first. Written by `npm run migration:create`. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128102108', class: Migration20261128102108 },
  { name: 'Migration20261128103104', class: Migration20261128103104 },
  { name: 'Migration20261128105929', class: Migration20261128105929 },
  { name: 'Migration20261129213800', class: Migration20261129213800 },
  { name: 'Migration20261129232047', class: Migration20261129232047 },
  { name: 'Migration20261129232048', class: Migration20261129232048 },
  { name: 'Migration20261129234809', class: Migration20261129234809 },
  { name: 'Migration20261207060000', class: Migration20261207060000 },
];
