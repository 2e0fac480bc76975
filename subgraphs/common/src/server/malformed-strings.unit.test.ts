import { parse, visit, type DocumentNode } from 'graphql';
import { documentContainsNul } from './malformed-strings';

/** The same document with its one string literal replaced: a new object, as a new parse would give. */
const withString = (document: DocumentNode, value: string): DocumentNode => visit(document, { StringValue: (node) => ({ ...node, value }) });

describe('documentContainsNul', () => {
  it('walks a parsed document once: the same document object is answered from what the first walk found', () => {
    const document = parse('{ a(x: "fine") }');
    expect(documentContainsNul(document)).toBe(false);
    // Nothing in the hub changes a parsed document; if something did, the first answer would stand for that object.
    let literal: { value: string } | undefined;
    visit(document, { StringValue: (node) => void (literal = node as { value: string }) });
    literal!.value = 'a\u0000b';
    expect(documentContainsNul(document)).toBe(false);
    // Another document object is walked on its own.
    expect(documentContainsNul(withString(document, 'a\u0000b'))).toBe(true);
  });

  it('answers a document with a NUL the same on every call', () => {
    const document = parse('{ a(x: "a\\u0000b") }');
    expect(documentContainsNul(document)).toBe(true);
    expect(documentContainsNul(document)).toBe(true);
  });
});
