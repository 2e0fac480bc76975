import fs from 'node:fs';
import { SUPERGRAPH_PATH } from '@hub/gateway';
import { composeSupergraph } from '../compose';

composeSupergraph()
  .then((sdl) => {
    fs.writeFileSync(SUPERGRAPH_PATH, sdl);
    console.log(`wrote ${SUPERGRAPH_PATH}`);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
