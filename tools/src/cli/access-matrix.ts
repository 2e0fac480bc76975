import fs from 'node:fs';
import { ACCESS_MATRIX_PATH, readSupergraph, renderAccessMatrix } from '@hub/gateway';

fs.writeFileSync(ACCESS_MATRIX_PATH, renderAccessMatrix(readSupergraph()));
console.log(`wrote ${ACCESS_MATRIX_PATH}`);
