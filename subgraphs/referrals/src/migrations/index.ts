import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128102205 } from './Migration20261128102205';
import { Migration20261128103308 } from './Migration20261128103308';
import { Migration20261128110031 } from './Migration20261128110031';
import { Migration20261129232021 } from './Migration20261129232021';
import { Migration20261129232049 } from './Migration20261129232049';
import { Migration20261130004009 } from './Migration20261130004009';
import { Migration20261207062500 } from './Migration20261207062500';

/** Checked-in migrations, oldest first. Written by `npm run migration:create`. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128102205', class: Migration20261128102205 },
  { name: 'Migration20261128103308', class: Migration20261128103308 },
  { name: 'Migration20261128110031', class: Migration20261128110031 },
  { name: 'Migration20261129232021', class: Migration20261129232021 },
  { name: 'Migration20261129232049', class: Migration20261129232049 },
  { name: 'Migration20261130004009', class: Migration20261130004009 },
  { name: 'Migration20261207062500', class: Migration20261207062500 },
];
