import fs from 'node:fs';
import { WORKFLOWS_DOC_PATH, withFreshWorkflows } from '../workflows/workflows-doc';

fs.writeFileSync(WORKFLOWS_DOC_PATH, withFreshWorkflows(fs.readFileSync(WORKFLOWS_DOC_PATH, 'utf8')));
console.log(`wrote the state machines of ${WORKFLOWS_DOC_PATH}`);
