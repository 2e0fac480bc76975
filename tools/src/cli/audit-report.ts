import { loadConfig } from '@hub/common';
import { auditReport, gatewayFromEnvironment } from '../reports/report-commands';

/** `npm run --silent audit:report -- --client <id> | --user <id> | --organisation <id> [--from --to --action --outcome] --format csv [--out file]` */
auditReport(process.argv.slice(2), gatewayFromEnvironment(loadConfig().gatewayPort))
  .then((result) => {
    if (result.out) process.stderr.write(`${result.rows} entries written to ${result.out}\n`);
    else process.stdout.write(result.output);
    if (result.truncated) process.stderr.write('more entries match than one export holds: narrow the period\n');
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
