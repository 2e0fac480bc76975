import { fromThisMachine } from '../auth/issue-dev-token';

describe('fromThisMachine: who gets a development token with the GraphiQL page', () => {
  it.each(['127.0.0.1', '127.0.0.53', '::1', '::ffff:127.0.0.1'])('%s: yes', (address) => expect(fromThisMachine(address)).toBe(true));
  it.each(['10.0.0.7', '192.168.1.20', '::ffff:10.0.0.7', 'fe80::1', '::', '', undefined, '1127.0.0.1'])('%s: no', (address) =>
    expect(fromThisMachine(address)).toBe(false),
  );
});
