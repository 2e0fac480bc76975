import { clientFileHref, parseScreenHref, screenHref } from './screen-links';

describe('screen links', () => {
  const id = '0b7c6a55-2f5e-4c62-9d1b-3a1f0e6d2c11';

  it('opens the client file on a client by id, and reads back what it wrote', () => {
    expect(clientFileHref(id)).toBe(`#client-file/${id}`);
    expect(parseScreenHref(clientFileHref(id))).toEqual({ screenId: 'client-file', recordId: id });
    expect(parseScreenHref(screenHref('capacity'))).toEqual({ screenId: 'capacity' });
  });

  it('takes ids only: nothing else about a client can go into a link', () => {
    expect(() => screenHref('client-file', 'Jansen, Zwolle')).toThrow();
    expect(() => screenHref('client file')).toThrow();
  });

  it('ignores a fragment that is not a screen link', () => {
    for (const hash of ['', '#', '#a/b/c', '#client-file/<script>', '#/x', '#x y']) expect(parseScreenHref(hash)).toBeUndefined();
  });
});
