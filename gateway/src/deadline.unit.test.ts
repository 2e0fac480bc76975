import { setTimeout as sleep } from 'node:timers/promises';
import { Deadline } from './deadline';

describe('Deadline', () => {
  it('aborts once its time has passed, with the reason AbortSignal.timeout gives, and says it was its own time', async () => {
    const deadline = new Deadline(20);
    expect(deadline.signal.aborted).toBe(false);
    await sleep(60);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.timedOut).toBe(true);
    const reason = deadline.signal.reason as DOMException;
    const timeout = AbortSignal.timeout(0);
    await sleep(10);
    expect({ name: reason.name, message: reason.message }).toEqual({
      name: (timeout.reason as DOMException).name,
      message: (timeout.reason as DOMException).message,
    });
  });

  it('aborts with the outer signal, with its reason, before its own time', async () => {
    const outer = new AbortController();
    const deadline = new Deadline(60_000, outer.signal);
    outer.abort(new Error('the request is past its deadline'));
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.reason).toEqual(new Error('the request is past its deadline'));
    expect(deadline.timedOut).toBe(false);
    deadline.end();
  });

  it('starts aborted under an outer signal that already is', () => {
    const deadline = new Deadline(60_000, AbortSignal.abort('gone'));
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.reason).toBe('gone');
    deadline.end();
  });

  it('never aborts once ended: neither its timer fires nor does the outer signal reach it', async () => {
    const outer = new AbortController();
    const deadline = new Deadline(20, outer.signal);
    deadline.end();
    deadline.end();
    await sleep(60);
    outer.abort();
    expect(deadline.signal.aborted).toBe(false);
    expect(deadline.timedOut).toBe(false);
  });
});
