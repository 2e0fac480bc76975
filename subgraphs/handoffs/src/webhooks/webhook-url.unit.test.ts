import { checkWebhookUrl, MAX_WEBHOOK_URL_LENGTH } from './webhook-url';

const refusal = (raw: string, allowLoopbackHttp = false) => {
  try {
    checkWebhookUrl(raw, allowLoopbackHttp);
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions: Record<string, unknown> };
    return { message, code: extensions.code, field: extensions.field };
  }
  return undefined;
};

describe('webhook endpoint URLs', () => {
  it('accepts https and normalises it', () => {
    expect(checkWebhookUrl(' https://Partner.example/hooks ', false)).toBe('https://partner.example/hooks');
  });

  it('accepts http only on a loopback address, and only when allowed', () => {
    expect(checkWebhookUrl('http://127.0.0.1:4361/hook', true)).toBe('http://127.0.0.1:4361/hook');
    expect(refusal('http://127.0.0.1:4361/hook')).toEqual({ message: 'url must use https', code: 'BAD_USER_INPUT', field: 'url' });
    expect(refusal('http://partner.example/hook', true)).toEqual({ message: 'url must use https', code: 'BAD_USER_INPUT', field: 'url' });
    expect(refusal('ftp://partner.example/hook', true)?.message).toBe('url must use https');
  });

  it('refuses credentials, fragments, non-URLs and overlong URLs', () => {
    expect(refusal('https://user:pw@partner.example/hook')?.message).toBe('url must not contain a user name or password');
    expect(refusal('https://partner.example/hook#x')?.message).toBe('url must not contain a fragment');
    expect(refusal('partner.example/hook')?.message).toBe('url is not an absolute URL');
    expect(refusal(`https://partner.example/${'a'.repeat(MAX_WEBHOOK_URL_LENGTH)}`)?.message).toBe(`url must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`);
  });
});
