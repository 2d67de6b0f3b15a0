import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isOriginEnabled, matchPatternFor, originOf, readSettings } from './schema';

describe('settings', () => {
  it('defaults to the Jinan profile, zh-CN and the usual closing buttons', () => {
    expect(DEFAULT_SETTINGS.profile).toBe('jinan');
    expect(DEFAULT_SETTINGS.locale).toBe('zh-CN');
    expect(DEFAULT_SETTINGS.closeButtons).toEqual(['结案', '办结', '提交审批', '归档']);
  });

  it('keeps valid fields and resets invalid ones from stored data', () => {
    const settings = readSettings({ profile: 'shandong', locale: 'fr', disabledRules: ['a'] });
    expect(settings.profile).toBe('shandong');
    expect(settings.locale).toBe('zh-CN');
    expect(settings.disabledRules).toEqual(['a']);
  });

  it('enables localhost by default and intranet sites only when added', () => {
    expect(isOriginEnabled(DEFAULT_SETTINGS, 'http://127.0.0.1:5180')).toBe(true);
    expect(isOriginEnabled(DEFAULT_SETTINGS, 'http://10.1.2.3:8080')).toBe(false);
    const withSite = readSettings({ enabledOrigins: ['http://10.1.2.3:8080'] });
    expect(isOriginEnabled(withSite, 'http://10.1.2.3:8080')).toBe(true);
    const off = readSettings({ disabledOrigins: ['http://127.0.0.1'] });
    expect(isOriginEnabled(off, 'http://127.0.0.1:5180')).toBe(false);
  });

  it('derives origins and match patterns', () => {
    expect(originOf('http://10.1.2.3:8080/case/1?x=1')).toBe('http://10.1.2.3:8080');
    expect(originOf('chrome://extensions')).toBeUndefined();
    expect(matchPatternFor('http://10.1.2.3:8080')).toBe('http://10.1.2.3/*');
  });
});
