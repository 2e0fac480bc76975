import type { GraphQLSchema } from 'graphql';
import { chainCoordinates, fieldChain, operationForChains, type FieldChain } from './operation-for-field';

/** The gateway names at most this many denied fields in one refusal (gateway/src/auth/field-access.ts). */
export const DENIED_NAMED_AT_MOST = 20;

/** One row of docs/access-matrix.md: a schema coordinate and, per role, `denied` or how it is allowed. */
export interface MatrixRow {
  field: string;
  cells: Record<string, string>;
}

/** A request of the access walk and what the gateway must answer to it. */
export interface WalkRequest {
  /** The matrix cells (schema coordinates, for one role) this request checks. */
  fields: string[];
  text: string;
  /**
   * Exactly the coordinates the gateway must name as denied. Empty: it must
   * let the operation through, and it runs for real unless `unexecuted`.
   */
  denied: string[];
  /** Declares variables it never gives, so nothing runs (every mutation). */
  unexecuted: boolean;
}

interface Cell {
  field: string;
  chain: FieldChain;
  /** Every field selected on the way, root field first and `field` last. */
  coordinates: string[];
}

function cellFor(schema: GraphQLSchema, field: string): Cell {
  const [typeName, fieldName] = field.split('.');
  const chain = fieldChain(schema, typeName, fieldName);
  return { field, chain, coordinates: chainCoordinates(chain) };
}

const deniedTo = (rows: MatrixRow[], role: string) => new Set(rows.filter((row) => row.cells[role] === 'denied').map((row) => row.field));

function requestFor(cells: Cell[], denied: ReadonlySet<string>): WalkRequest {
  const operation = operationForChains(cells.map((cell) => cell.chain));
  const named = new Set(cells.flatMap((cell) => cell.coordinates.filter((coordinate) => denied.has(coordinate))));
  return { fields: cells.map((cell) => cell.field), text: operation.text, denied: [...named].sort(), unexecuted: operation.variables > 0 };
}

/** Packs cells, in their order, into groups: a cell joins the last group while the group still `fits`. */
function pack(cells: Cell[], fits: (group: Cell[]) => boolean): Cell[][] {
  const groups: Cell[][] = [];
  for (const cell of cells) {
    const last = groups.at(-1);
    if (last && fits([...last, cell])) last.push(cell);
    else groups.push([cell]);
  }
  return groups;
}

/**
 * The requests that check every cell of `role`'s column against the gateway,
 * several cells per request:
 *
 * - cells whose whole chain from the root is allowed go together: the gateway
 *   must name nothing. A query without variables runs for real, one root field
 *   per request; the others (mutations, queries taking an input object) stop at
 *   their missing variables, up to `rootFields` (the role's limit) per request;
 * - every other cell (denied, or allowed behind a denied field of its chain)
 *   goes with others while the denied fields of the request number at most
 *   {@link DENIED_NAMED_AT_MOST}: the gateway must name exactly those, so each
 *   denied cell is named and no allowed cell is.
 */
export function walkRequests(schema: GraphQLSchema, rows: MatrixRow[], role: string, rootFields: number): WalkRequest[] {
  const deniedCells = deniedTo(rows, role);
  const known = new Set(rows.map((row) => row.field));
  const cells = rows.map((row) => {
    const cell = cellFor(schema, row.field);
    const unknown = cell.coordinates.filter((coordinate) => !known.has(coordinate));
    if (unknown.length) throw new Error(`${row.field} is reached through ${unknown.join(', ')}, which the matrix does not hold`);
    return cell;
  });
  // Cells under one root field next to each other, so the fields they share are selected once.
  const byChain = (a: Cell, b: Cell) => `${a.chain.kind} ${a.coordinates.join(' ')}`.localeCompare(`${b.chain.kind} ${b.coordinates.join(' ')}`);
  const open = cells.filter((cell) => cell.coordinates.every((coordinate) => !deniedCells.has(coordinate))).sort(byChain);
  const closed = cells.filter((cell) => cell.coordinates.some((coordinate) => deniedCells.has(coordinate))).sort(byChain);

  const sameKind = (group: Cell[]) => new Set(group.map((cell) => cell.chain.kind)).size === 1;
  const rootsOf = (group: Cell[]) => new Set(group.map((cell) => cell.coordinates[0])).size;
  // A request that runs holds one root field: a subgraph refusing one root field's arguments refuses its whole fetch,
  // and the root fields beside it would not run. One that stops at its variables holds several.
  const runs = (cell: Cell) => operationForChains([cell.chain]).variables === 0;
  const openRequests = pack(open, (group) => sameKind(group) && new Set(group.map(runs)).size === 1 && rootsOf(group) <= (runs(group[0]) ? 1 : rootFields));
  const closedRequests = pack(
    closed,
    (group) => sameKind(group) && rootsOf(group) <= rootFields && requestFor(group, deniedCells).denied.length <= DENIED_NAMED_AT_MOST,
  );
  return [...openRequests, ...closedRequests].map((group) => requestFor(group, deniedCells));
}

/**
 * The same cells in two requests: for one the gateway refused as too complex
 * for the role (operation limits are checked before field access).
 */
export function splitWalkRequest(schema: GraphQLSchema, rows: MatrixRow[], role: string, request: WalkRequest): WalkRequest[] {
  if (request.fields.length < 2) throw new Error(`${request.fields[0]} alone is over ${role}'s operation limits: it cannot be checked`);
  const half = Math.ceil(request.fields.length / 2);
  const deniedCells = deniedTo(rows, role);
  return [request.fields.slice(0, half), request.fields.slice(half)].map((fields) =>
    requestFor(
      fields.map((field) => cellFor(schema, field)),
      deniedCells,
    ),
  );
}
