import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin, secretsEqual } from '../../../main/browser/requestGuard';

describe('browser shell request guard', () => {
  it('accepts only loopback names with our port as Host', () => {
    expect(isAllowedHost('127.0.0.1:5000', 5000)).toBe(true);
    expect(isAllowedHost('LOCALHOST:5000', 5000)).toBe(true);
    for (const host of [undefined, '', '127.0.0.1', '127.0.0.1:5001', 'evil.example:5000', '0.0.0.0:5000']) {
      expect(isAllowedHost(host, 5000)).toBe(false);
    }
  });

  it('accepts only the app origin on POST', () => {
    expect(isAllowedOrigin('http://127.0.0.1:5000', 5000)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5000', 5000)).toBe(true);
    for (const origin of [
      undefined,
      'null',
      'https://127.0.0.1:5000',
      'http://127.0.0.1:5001',
      'http://evil.example',
    ]) {
      expect(isAllowedOrigin(origin, 5000)).toBe(false);
    }
  });

  it('compares secrets exactly', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abd', 'abc')).toBe(false);
    expect(secretsEqual('ab', 'abc')).toBe(false);
  });
});
