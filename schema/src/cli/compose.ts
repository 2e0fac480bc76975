import fs from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from '../compose';

composeSupergraph()
  .then((sdl) => {
    fs.writeFileSync(SUPERGRAPH_PATH, sdl);
    console.log(`wrote ${SUPERGRAPH_PATH}`);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
