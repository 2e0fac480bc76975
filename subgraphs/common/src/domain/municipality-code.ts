/**
 * A CBS municipality code: GM and four digits (Zwolle GM0193). The pattern is
 * written once, in the syntax JavaScript and PostgreSQL regular expressions
 * share, and both the input check and every table's check constraint are
 * built from it (a test compares the live constraints with `municipalityCodeCheck`).
 */
export const MUNICIPALITY_CODE_PATTERN = '^GM[0-9]{4}$';

export const MUNICIPALITY_CODE = new RegExp(MUNICIPALITY_CODE_PATTERN);

/** The check constraint expression for a column holding a municipality code. */
export function municipalityCodeCheck(column: string): string {
  return `${column} ~ '${MUNICIPALITY_CODE_PATTERN}'`;
}
