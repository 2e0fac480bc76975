import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128102154 } from './Migration20261128102154';
import { Migration20261128103039 } from './Migration20261128103039';
import { Migration20261128105954 } from './Migration20261128105954';
import { Migration20261129215119 } from './Migration20261129215119';
import { Migration20261130003700 } from './Migration20261130003700';
import { Migration20261207062500 } from './Migration20261207062500';

/** Checked-in migrations, oldest first. Written by `npm run migration:create`. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128102154', class: Migration20261128102154 },
  { name: 'Migration20261128103039', class: Migration20261128103039 },
  { name: 'Migration20261128105954', class: Migration20261128105954 },
  { name: 'Migration20261129215119', class: Migration20261129215119 },
  { name: 'Migration20261130003700', class: Migration20261130003700 },
  { name: 'Migration20261207062500', class: Migration20261207062500 },
];
