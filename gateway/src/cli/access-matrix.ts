import fs from 'node:fs';
import { readSupergraph } from '@hub/schema';
import { ACCESS_MATRIX_PATH, renderAccessMatrix } from '../auth/access-matrix';

fs.writeFileSync(ACCESS_MATRIX_PATH, renderAccessMatrix(readSupergraph()));
console.log(`wrote ${ACCESS_MATRIX_PATH}`);
