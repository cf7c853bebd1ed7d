/** Counts typed-array allocations: every constructor call and every copying or view-making method. */

const CONSTRUCTORS = ['Float32Array', 'Float64Array', 'Int32Array', 'Uint32Array', 'Uint8Array'] as const;
const METHODS = ['subarray', 'slice', 'map', 'filter'] as const;

type Global = Record<string, unknown>;

/** Runs f with every typed-array constructor and copying method counted; returns the count. */
export function countTypedArrayAllocations(f: () => void): number {
  let count = 0;
  const g = globalThis as unknown as Global;
  const savedCtors = CONSTRUCTORS.map((name) => g[name]);
  const proto = Object.getPrototypeOf(Float32Array.prototype) as Record<string, unknown>;
  const savedMethods = METHODS.map((name) => proto[name]);
  for (const name of CONSTRUCTORS) {
    g[name] = new Proxy(g[name] as object, {
      construct(target, args, newTarget) {
        count++;
        return Reflect.construct(target as new (...a: unknown[]) => object, args, newTarget);
      },
    });
  }
  METHODS.forEach((name, i) => {
    const original = savedMethods[i] as (...a: unknown[]) => unknown;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      count++;
      return original.apply(this, args);
    };
  });
  try {
    f();
  } finally {
    CONSTRUCTORS.forEach((name, i) => (g[name] = savedCtors[i]));
    METHODS.forEach((name, i) => (proto[name] = savedMethods[i]));
  }
  return count;
}
