import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CanonicalError, canonicalJson, randomUuid, sha256Hex, sha256HexPortable, toJsonValue } from './canonical';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('is independent of key insertion order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('writes strings and numbers as JSON does', () => {
    expect(canonicalJson(['济南 "引号"\n', 1.5, -0, 1e21, 0.1])).toBe('["济南 \\"引号\\"\\n",1.5,0,1e+21,0.1]');
  });

  it('sorts keys by UTF-16 code units', () => {
    expect(canonicalJson({ 中: 1, a: 2, B: 3, é: 4 })).toBe('{"B":3,"a":2,"é":4,"中":1}');
  });

  it.each([
    ['undefined', undefined],
    ['undefined inside an object', { a: undefined }],
    ['a function', { f: () => 1 }],
    ['NaN', { n: Number.NaN }],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['a Date', { d: new Date(0) }],
    ['a Map', new Map()],
    ['a symbol', Symbol('s')],
    ['a bigint', 1n],
    ['a sparse array', [1, , 3]],
  ])('refuses %s', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalError);
  });

  it('refuses circular structures and names the path', () => {
    const a: Record<string, unknown> = { b: {} };
    (a.b as Record<string, unknown>).self = a;
    expect(() => canonicalJson(a)).toThrow(/circular.*\$\.b\.self/);
  });

  it('accepts shared (non-circular) references', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });
});

describe('toJsonValue', () => {
  it('drops undefined properties deeply and copies', () => {
    const input = { a: 1, b: undefined, c: { d: undefined, e: [1, { f: undefined }] } };
    const out = toJsonValue(input);
    expect(out).toEqual({ a: 1, c: { e: [1, {}] } });
    expect(Object.keys(out)).toEqual(['a', 'c']);
    expect(out).not.toBe(input);
  });

  it('still refuses what JSON cannot carry', () => {
    expect(() => toJsonValue({ n: Number.NaN })).toThrow(CanonicalError);
    expect(() => toJsonValue([undefined])).toThrow(CanonicalError);
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes UTF-8 like node:crypto', async () => {
    const text = '济南市行政执法过错责任追究办法 第十二条 🚓';
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('portable SHA-256 (contexts without crypto.subtle)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('agrees with node:crypto on every length around the block boundaries and on random data', () => {
    const lengths = [0, 1, 3, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4099];
    for (const length of lengths) {
      const data = new Uint8Array(length);
      for (let i = 0; i < length; i++) data[i] = (i * 131 + length) & 0xff;
      expect(sha256HexPortable(data), `length ${length}`).toBe(createHash('sha256').update(data).digest('hex'));
    }
    for (let round = 0; round < 50; round++) {
      const data = new Uint8Array(Math.floor(Math.random() * 300));
      globalThis.crypto.getRandomValues(data);
      expect(sha256HexPortable(data)).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  it('is used when crypto.subtle is missing', async () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: real.getRandomValues.bind(real) });
    expect(globalThis.crypto.subtle).toBeUndefined();
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const id = randomUuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('randomUuid', () => {
  it('gives distinct v4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 100 }, () => randomUuid()));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
