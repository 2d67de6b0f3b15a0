import { describe, expect, it } from 'vitest';
import { checkEndpoint, readSettings } from './schema';

describe('delivery endpoint setting', () => {
  it('accepts https anywhere and http only on 127.0.0.1 / localhost', () => {
    expect(checkEndpoint(' https://zfjd.example.gov.cn/api/reports ')).toEqual({
      ok: true,
      url: 'https://zfjd.example.gov.cn/api/reports',
      origin: 'https://zfjd.example.gov.cn',
    });
    expect(checkEndpoint('http://127.0.0.1:8080/reports').ok).toBe(true);
    expect(checkEndpoint('http://localhost/reports').ok).toBe(true);
    for (const bad of [
      'http://10.1.2.3/reports',
      'ftp://x/y',
      'zfjd.gov.cn',
      'https://u:p@x.cn/r',
      'https://x.cn/r#a',
    ]) {
      const result = checkEndpoint(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error.zh.length).toBeGreaterThan(0);
    }
  });

  it('is optional, and an invalid stored value is dropped without losing the other settings', () => {
    expect(readSettings({}).endpoint).toBeUndefined();
    expect(readSettings({ endpoint: 'https://x.cn/r' }).endpoint).toBe('https://x.cn/r');
    const settings = readSettings({ endpoint: 'http://10.0.0.1/r', profile: 'shandong' });
    expect(settings.endpoint).toBeUndefined();
    expect(settings.profile).toBe('shandong');
  });
});
