import { Directive } from 'type-graphql';

/** The `@listSize` declarations of a subgraph's fields; list-size.ts reads them back from a schema. */

/** A list field whose length the domain bounds (placement types, regions) or that is rarely long (a history). */
export function ListSize(assumedSize: number): PropertyDecorator & MethodDecorator {
  if (!Number.isInteger(assumedSize) || assumedSize < 1) throw new Error('ListSize() needs a positive whole number');
  return Directive(`@listSize(assumedSize: ${assumedSize})`);
}

/** A paged field: its page (`first`, else `defaultPageSize`) sizes its connection's `edges`. */
export function PagedListSize(defaultPageSize: number): PropertyDecorator & MethodDecorator {
  return Directive(`@listSize(assumedSize: ${defaultPageSize}, slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)`);
}
