import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunConfig } from '../../src/protocol/config.ts';
import { validateConfig } from '../../src/protocol/validate-config.ts';
import { parseUrlState } from '../../src/store/url-state.ts';

/** One `key=value` of a link: `query` as written in the link, `good` whether the parser should take it. */
interface Entry {
  readonly key: string;
  readonly query: string;
  readonly good: boolean;
  /** for a good entry, the value it must give */
  readonly expected?: { readonly field: keyof RunConfig | 'presetName'; readonly value: unknown };
}

const KEYS = [
  'preset',
  'ds',
  'dim',
  'h',
  'act',
  'init',
  'lr',
  'mom',
  'bs',
  'seed',
  'dseed',
  'steps',
  'pe',
  'ps',
  'nets',
];
const PRESET_DATASETS: Record<string, string> = { 'paper-fig1': 'mnist', 'moons-quick': 'moons' };

const int = (min: number, max: number) => fc.integer({ min, max }).map(String);
const real = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map(String);
const same = (t: string): [string, unknown] => [t, t];
const asNumber = (t: string): [string, unknown] => [t, Number(t)];

/** A token of `nets=`: a kind, or a version-1 name, with the kind it means. */
const KIND_TOKENS: readonly (readonly [string, string])[] = [
  ['none', 'none'],
  ['bn', 'bn'],
  ['bn-fixed', 'bn-fixed'],
  ['center-stopgrad', 'center-stopgrad'],
  ['noisy-bn', 'noisy-bn'],
  ['plain', 'none'],
  ['plain-2', 'none'],
  ['bn-1', 'bn'],
];
const net = fc.record({
  token: fc.constantFrom(...KIND_TOKENS),
  lr: fc.option(fc.double({ min: 1e-6, max: 1000, noNaN: true })),
});
const nets = fc.array(net, { minLength: 1, maxLength: 4 });
/** Names by hand: the kind's own name (plain for none), then -2, -3 for the second and third of a kind. */
function namesOf(kinds: readonly string[]): string[] {
  return kinds.map((kind, i) => {
    const nth = kinds.slice(0, i + 1).filter((k) => k === kind).length;
    const base = kind === 'none' ? 'plain' : kind;
    return nth === 1 ? base : `${base}-${nth}`;
  });
}

/** Values each key takes, with the config value each must give (written here, not by the parser). */
const VALID: Record<string, fc.Arbitrary<[string, unknown]>> = {
  preset: fc.constantFrom('paper-fig1', 'moons-quick').map(same),
  ds: fc.constantFrom('mnist', 'moons', 'spiral', 'blobs').map(same),
  dim: int(2, 1024).map(asNumber),
  h: fc
    .array(fc.integer({ min: 2, max: 1024 }), { minLength: 1, maxLength: 6 })
    .map((h): [string, unknown] => [h.join(','), h]),
  act: fc.constantFrom('sigmoid', 'tanh', 'relu').map(same),
  init: fc.oneof(
    fc.constantFrom('xavier', 'torchdefault').map((kind): [string, unknown] => [kind, { kind }]),
    fc
      .double({ min: 1e-6, max: 100, noNaN: true })
      .map((s): [string, unknown] => [`gauss:${s}`, { kind: 'gauss', sigma: s }]),
  ),
  lr: fc.oneof(real(1e-6, 1000), fc.constantFrom('1e-3', '2.5E2', '.5', '5.')).map(asNumber),
  mom: real(0, 0.999).map(asNumber),
  bs: int(2, 2000).map(asNumber),
  seed: int(0, 2 ** 32 - 1).map(asNumber),
  dseed: int(0, 2 ** 32 - 1).map(asNumber),
  steps: int(1, 10_000_000).map(asNumber),
  pe: int(1, 1_000_000).map(asNumber),
  ps: int(0, 100_000).map(asNumber),
  nets: nets.map((list): [string, unknown] => {
    const names = namesOf(list.map((n) => n.token[1]));
    return [
      list.map((n) => (n.lr === null ? n.token[0] : `${n.token[0]}@${n.lr}`)).join(','),
      list.map((n, i) => ({ name: names[i], norm: n.token[1], ...(n.lr === null ? {} : { lr: n.lr }) })),
    ];
  }),
};

const FIELD_OF: Record<string, keyof RunConfig | 'presetName'> = {
  preset: 'presetName',
  ds: 'dataset',
  dim: 'inputDim',
  h: 'hidden',
  act: 'activation',
  init: 'init',
  lr: 'lr',
  mom: 'momentum',
  bs: 'batchSize',
  seed: 'initSeed',
  dseed: 'dataSeed',
  steps: 'steps',
  pe: 'probeEvery',
  ps: 'probeSize',
  nets: 'nets',
};

/** Bad for every key: not numbers, huge or negative numbers (every limit is ≥ 0), empty, markup. */
const JUNK = [
  ...['', 'NaN', 'Infinity', '-Infinity', '1e400', '-1e400', '--1', '1..2', '.', ' ', '%', '-7', '1e12'],
  ...['9'.repeat(30), '0x1F', 'TRUE', '__proto__', '[object Object]', '<script>', 'a=b&c', '#frag'],
];

/** Bad for one key: each limit just outside, and malformed lists. */
const OUTSIDE: Record<string, readonly string[]> = {
  preset: ['Paper-fig1', 'paper-fig2', 'constructor', 'toString'],
  ds: ['MNIST', 'cifar'],
  dim: ['1', '1025', '2.5'],
  h: ['1', '1025', '2,2,2,2,2,2,2', '16.5', '16,,16', ',16', '16,'],
  act: ['Sigmoid', 'softmax'],
  init: ['gauss:0', 'gauss:101', 'gauss:', 'gauss:-1', 'xavier:1', 'torchdefault:', 'he'],
  lr: ['0', '1000.5', '0.0000009'],
  mom: ['1', '-0.1', '0.9995'],
  bs: ['1', '2001', '60.5'],
  seed: ['4294967296', '1.5', '-1'],
  dseed: ['4294967296', '1.5', '-1'],
  steps: ['0', '10000001', '1.5'],
  pe: ['0', '1000001'],
  ps: ['100001', '-1', '0.5'],
  nets: ['a', 'none,bn,none,bn,none', 'bn@1@2', 'bn@0', 'bn@1001', 'Plain', 'bn,', 'plain@', 'layer-norm', 'bn-x'],
};

/** Written into the link as they are: broken escapes, bytes that are not UTF-8, `+` for a space. */
const PERCENT_GARBAGE = ['%', '%zz', '%E0%A4', '%C3%28', '%FF', '%%', '%2', '%ZZ%', '%ED%A0%80', '%u0041', '1+2'];

/** Not whitespace, so that even Number() (behind init's σ) rejects a value they are inserted into. */
const UNICODE = ['é', 'λ', '中', '😀', 'ß', '\u0301', '\uFFFD'];

function written(key: string, text: string): string {
  return `${key}=${encodeURIComponent(text)}`;
}

function goodEntry(key: string): fc.Arbitrary<Entry> {
  return VALID[key].map(([text, value]) => ({
    key,
    query: written(key, text),
    good: true,
    expected: { field: FIELD_OF[key], value },
  }));
}

function badEntry(key: string): fc.Arbitrary<Entry> {
  const unicode = fc
    .tuple(VALID[key], fc.constantFrom(...UNICODE), fc.nat())
    .map(([[text], u, at]) => text.slice(0, at % (text.length + 1)) + u + text.slice(at % (text.length + 1)));
  return fc.oneof(
    fc.constantFrom(...JUNK, ...OUTSIDE[key]).map((text) => ({ key, query: written(key, text), good: false })),
    unicode.map((text) => ({ key, query: written(key, text), good: false })),
    fc.constantFrom(...PERCENT_GARBAGE).map((raw) => ({ key, query: `${key}=${raw}`, good: false })),
    fc.constant({ key, query: key, good: false }),
  );
}

const unknownEntry: fc.Arbitrary<Entry> = fc
  .tuple(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }))
  .filter(([key]) => !KEYS.includes(key))
  .map(([key, text]) => ({ key, query: written(encodeURIComponent(key), text), good: true }));

const entry = fc.oneof(
  fc.constantFrom(...KEYS).chain((key) => fc.oneof(goodEntry(key), badEntry(key))),
  unknownEntry,
);
/** Good on their own, but after six wide layers on MNIST some no longer fit the memory budget. */
const HEAVY: readonly Entry[] = [
  { key: 'bs', query: 'bs=2000', good: true, expected: { field: 'batchSize', value: 2000 } },
  { key: 'ps', query: 'ps=0', good: true, expected: { field: 'probeSize', value: 0 } },
  { key: 'mom', query: 'mom=0.9', good: true, expected: { field: 'momentum', value: 0.9 } },
  {
    key: 'nets',
    query: 'nets=none,bn,none,center-stopgrad',
    good: true,
    expected: {
      field: 'nets',
      value: [
        { name: 'plain', norm: 'none' },
        { name: 'bn', norm: 'bn' },
        { name: 'plain-2', norm: 'none' },
        { name: 'center-stopgrad', norm: 'center-stopgrad' },
      ],
    },
  },
];
const wide = fc
  .array(fc.integer({ min: 900, max: 1024 }), { minLength: 6, maxLength: 6 })
  .map((h): Entry => ({ key: 'h', query: `h=${h.join(',')}`, good: true, expected: { field: 'hidden', value: h } }));
const heavyLink = fc
  .tuple(wide, fc.subarray([...HEAVY]), fc.array(entry, { maxLength: 4 }))
  .chain(([h, heavy, rest]) => {
    const all = [h, ...heavy, ...rest];
    return fc.shuffledSubarray(all, { minLength: all.length });
  });
const link = fc.oneof(
  { arbitrary: fc.array(entry, { maxLength: 24 }), weight: 4 },
  { arbitrary: heavyLink, weight: 1 },
);

/** The keys the parser must name: the first value bad, repeated, or dim where the data set is MNIST. */
function badKeys(entries: readonly Entry[]): { bad: Set<string>; used: Map<string, Entry> } {
  const used = new Map<string, Entry>();
  const bad = new Set<string>();
  for (const e of entries.filter((e) => KEYS.includes(e.key))) {
    if (used.has(e.key)) bad.add(e.key);
    else used.set(e.key, e);
    if (!used.get(e.key)?.good) bad.add(e.key);
  }
  const preset = used.get('preset');
  const ds = used.get('ds');
  const presetDataset = preset?.good ? PRESET_DATASETS[preset.expected?.value as string] : 'mnist';
  const dataset = ds?.good ? ds.expected?.value : presetDataset;
  const dim = used.get('dim');
  if (dim && dataset === 'mnist' && dim.expected?.value !== 784) bad.add('dim');
  return { bad, used };
}

function names(notice: string | null, key: string): boolean {
  return notice !== null && new RegExp(`(: |, )${key}=`).test(notice);
}

/** Named as a good value refused only with the fields before it (e.g. a wide `h`, then `ps=0`: too big for memory). */
function gaveWay(notice: string | null, key: string): boolean {
  return (
    notice !== null &&
    new RegExp(`(: |, )${key}=[^ (]* \\(fine alone, but not with the fields before it: `).test(notice)
  );
}

const NOTICE = /^This link had fields that could not be used: .+; using the defaults for those\.$/s;

/** A good entry that gave way must be fine over the preset alone. */
function fineAlone(e: Entry, preset: Entry | undefined): boolean {
  return parseUrlState(`?${preset?.good ? `${preset.query}&` : ''}${e.query}`).notice === null;
}

describe('parseUrlState on random and malformed links', () => {
  it('keeps every good field, names every bad one, and always gives a valid config', () => {
    fc.assert(
      fc.property(link, fc.boolean(), (entries, question) => {
        const parsed = parseUrlState((question ? '?' : '') + entries.map((e) => e.query).join('&'));
        expect(validateConfig(parsed.config)).toEqual(parsed.config);
        const { bad, used } = badKeys(entries);
        const gave = KEYS.filter((key) => used.get(key)?.good && gaveWay(parsed.notice, key));
        for (const key of gave) expect(fineAlone(used.get(key)!, used.get('preset')), key).toBe(true);
        for (const key of KEYS) expect(names(parsed.notice, key), key).toBe(bad.has(key) || gave.includes(key));
        for (const [key, e] of used) {
          if (bad.has(key) || gave.includes(key) || !e.expected) continue;
          const { field, value } = e.expected;
          expect(field === 'presetName' ? parsed.presetName : parsed.config[field], key).toEqual(value);
        }
        if (!used.get('preset')?.good) expect(parsed.presetName).toBe('paper-fig1');
        if (bad.size === 0 && gave.length === 0) expect(parsed.notice).toBeNull();
        else expect(parsed.notice).toMatch(NOTICE);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on an arbitrary query string, and gives a valid config and a notice or none', () => {
    const query = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.webQueryParameters(),
      fc
        .array(fc.tuple(fc.constantFrom(...KEYS), fc.string()), { maxLength: 8 })
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(query, (search) => {
        const parsed = parseUrlState(search);
        expect(validateConfig(parsed.config)).toEqual(parsed.config);
        if (parsed.notice !== null) expect(parsed.notice).toMatch(NOTICE);
      }),
      { numRuns: 300 },
    );
  });
});
