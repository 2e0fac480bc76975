import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128101907 } from './Migration20261128101907';
import { Migration20261128102945 } from './Migration20261128102945';
import { Migration20261128104728 } from './Migration20261128104728';
import { Migration20261128114135 } from './Migration20261128114135';
import { Migration20261129220000 } from './Migration20261129220000';
import { Migration20261130003216 } from './Migration20261130003216';
import { Migration20261130003409 } from './Migration20261130003409';
import { Migration20261130014000 } from './Migration20261130014000';
import { Migration20261130015328 } from './Migration20261130015328';
import { Migration20261130020531 } from './Migration20261130020531';
import { Migration20261130040000 } from './Migration20261130040000';
import { Migration20261130050100 } from './Migration20261130050100';

/** Checked-in migrations, oldest first. Written by `npm run migration:create`. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128101907', class: Migration20261128101907 },
  { name: 'Migration20261128102945', class: Migration20261128102945 },
  { name: 'Migration20261128104728', class: Migration20261128104728 },
  { name: 'Migration20261128114135', class: Migration20261128114135 },
  { name: 'Migration20261129220000', class: Migration20261129220000 },
  { name: 'Migration20261130003216', class: Migration20261130003216 },
  { name: 'Migration20261130003409', class: Migration20261130003409 },
  { name: 'Migration20261130014000', class: Migration20261130014000 },
  { name: 'Migration20261130015328', class: Migration20261130015328 },
  { name: 'Migration20261130020531', class: Migration20261130020531 },
  { name: 'Migration20261130040000', class: Migration20261130040000 },
  { name: 'Migration20261130050100', class: Migration20261130050100 },
];
