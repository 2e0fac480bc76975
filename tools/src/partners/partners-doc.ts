import fs from 'node:fs';
import path from 'node:path';

/** docs/partners.md, from tools/dist/partners. */
export const PARTNERS_DOC = path.resolve(__dirname, '../../../docs/partners.md');

export const readPartnersDoc = () => fs.readFileSync(PARTNERS_DOC, 'utf8');

const ERROR_TABLE = /<!-- error codes:[^>]*-->\n([\s\S]*?)<!-- \/error codes -->/;

/** A row of the guide's error table: the code and the HTTP statuses it may come with. */
export interface GuideErrorRow {
  code: string;
  statuses: number[];
}

/** The rows of the error table between `<!-- error codes: ... -->` and `<!-- /error codes -->`, in order. */
export function guideErrorRows(markdown: string): GuideErrorRow[] {
  const table = ERROR_TABLE.exec(markdown)?.[1];
  if (!table) throw new Error('docs/partners.md has no error table between <!-- error codes: ... --> and <!-- /error codes -->');
  return (
    table
      .split('\n')
      // Body rows only: the header's first cell is `extensions.code`, no code.
      .filter((line) => /^\| `[A-Z_]+` \|/.test(line))
      .map((line) => {
        const [code, statuses] = line.split('|').slice(1, 3);
        return { code: code.trim().replace(/`/g, ''), statuses: statuses.split(',').map((status) => Number(status.trim())) };
      })
  );
}
