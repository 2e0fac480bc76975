import fs from 'node:fs';
import { readSupergraph } from '../supergraph-file';
import { ACCESS_MATRIX_PATH, accessMatrix, renderAccessMatrix } from '../auth/access-matrix';
import { apiObjectTypes, supergraphRules, supergraphSchema } from '../auth/supergraph-rules';

describe('docs/access-matrix.md', () => {
  it('is what generating it from the supergraph gives now (run `npm run access:matrix`)', () => {
    expect(fs.readFileSync(ACCESS_MATRIX_PATH, 'utf8')).toBe(renderAccessMatrix(readSupergraph()));
  });

  it('every selectable field of the supergraph carries an access rule', () => {
    const rules = supergraphRules(readSupergraph());
    const missing = apiObjectTypes(supergraphSchema(readSupergraph()))
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`))
      .filter((coordinate) => !rules.get(coordinate)?.scopes?.length);
    expect(missing).toEqual([]);
  });

  it('keeps confidential whereabouts to staff and shelter roles', () => {
    const rows = new Map(accessMatrix(readSupergraph()).map((row) => [row.field, row.cells]));
    for (const field of ['Client.confidentialAddress', 'ShelterLocation.address', 'ShelterLocation.city', 'ShelterLocation.name']) {
      const cells = rows.get(field)!;
      const allowed = Object.entries(cells)
        .filter(([, cell]) => cell !== 'denied')
        .map(([role]) => role);
      expect(allowed.sort()).toEqual(['shelter', 'staff']);
    }
  });
});
