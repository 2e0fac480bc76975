import fs from 'node:fs';
import { SECURITY_DOC_PATH, withFreshLimits } from '@hub/gateway';

fs.writeFileSync(SECURITY_DOC_PATH, withFreshLimits(fs.readFileSync(SECURITY_DOC_PATH, 'utf8')));
console.log(`wrote the limits section of ${SECURITY_DOC_PATH}`);
