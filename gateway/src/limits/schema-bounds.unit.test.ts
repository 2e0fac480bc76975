import { listSizesOf } from '@hub/common/light';
import { readSupergraph } from '../supergraph-file';
import { getNamedType, getNullableType, isCompositeType, isListType, type GraphQLObjectType } from 'graphql';
import { apiObjectTypes, supergraphSchema } from '../auth/supergraph-rules';

const schema = supergraphSchema(readSupergraph());
const types = apiObjectTypes(schema);
const sizes = listSizesOf(schema);

const fieldsOf = (type: GraphQLObjectType) => Object.values(type.getFields()).map((field) => ({ type, field, coordinate: `${type.name}.${field.name}` }));

describe('what one operation can ask for is bounded by the schema', () => {
  // A connection's `edges` is sized by the paged field above it (`sizedFields`).
  const sizedByParent = new Set(
    types.flatMap((type) =>
      fieldsOf(type).flatMap(({ field, coordinate }) => (sizes.get(coordinate)?.sizedFields ?? []).map((sized) => `${getNamedType(field.type).name}.${sized}`)),
    ),
  );

  it('every list of objects and every paged field declares @listSize (the cost counts by it)', () => {
    const undeclared = types
      .flatMap(fieldsOf)
      .filter(({ field }) => {
        const listOfObjects = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
        const paged = field.args.some((arg) => arg.name === 'first');
        return listOfObjects || paged;
      })
      .map(({ coordinate }) => coordinate)
      .filter((coordinate) => !sizes.has(coordinate) && !sizedByParent.has(coordinate));
    expect(undeclared).toEqual([]);
  });

  it('a paged field slices by `first` and sizes its edges', () => {
    const paged = types.flatMap(fieldsOf).filter(({ field }) => field.args.some((arg) => arg.name === 'first'));
    expect(paged.length).toBeGreaterThan(0);
    for (const { coordinate } of paged) {
      expect([coordinate, sizes.get(coordinate)]).toEqual([coordinate, expect.objectContaining({ slicingArguments: ['first'], sizedFields: ['edges'] })]);
    }
  });

  it('no type leads back to itself, so no query fans out by nesting (client -> consents -> client was cut)', () => {
    const byName = new Map(types.map((type) => [type.name, type]));
    const cycles: string[] = [];
    const visit = (type: GraphQLObjectType, path: string[]) => {
      for (const { field } of fieldsOf(type)) {
        const target = byName.get(getNamedType(field.type).name);
        if (!target) continue;
        const step = `${type.name}.${field.name}`;
        const start = path.findIndex((p) => p.startsWith(`${target.name}.`));
        if (start >= 0 || target === type) cycles.push([...path.slice(Math.max(start, 0)), step].join(' -> '));
        else visit(target, [...path, step]);
      }
    };
    for (const type of types) visit(type, []);
    expect(cycles).toEqual([]);
  });
});
