import { loadConfig } from '@hub/common';
import { clientReport, gatewayFromEnvironment } from '../reports/report-commands';

/** `npm run --silent client:report -- <clientId> [--lang nl|en] [--format html|pdf] [--from --to] [--out file]` (a staff token in HUB_TOKEN) */
clientReport(process.argv.slice(2), gatewayFromEnvironment(loadConfig().gatewayPort))
  .then((result) => process.stderr.write(`${result.lines} lines, ${result.bytes} bytes written to ${result.out}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
