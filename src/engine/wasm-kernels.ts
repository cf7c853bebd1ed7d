/**
 * The WebAssembly SIMD kernels (assembly/kernels.ts, compiled by scripts/build-wasm.mjs), behind the same Kernels
 * interface as the TypeScript reference in kernels.ts.
 *
 * Where the backends meet: both compute the same maths, but the WebAssembly products sum in float32 (the reference
 * in float64) and σ uses AssemblyScript's exp, so the two backends give slightly different bits (tests/engine/
 * wasm-kernels.test.ts states the tolerance on the PyTorch fixtures). Each is deterministic on its own: the module
 * uses baseline SIMD only (no relaxed SIMD, no fused multiply-add) and sums in a fixed order, so the same backend
 * gives the same bits in Chromium, Firefox, WebKit and Node. The page says which backend ran.
 *
 * Memory: parameters and optimiser buffers (allocate) live in the module's memory and are used in place; any other
 * operand (activations, a batch) is copied into scratch above them for the call, and results copied back. Growing
 * the memory replaces its ArrayBuffer, so a kernel reads the offsets of in-memory operands before it grows.
 */

import type { Floats, Precision } from './floats.ts';
import { KERNELS_WASM_BASE64 } from './generated/kernels-wasm.ts';
import { tsKernels, type Backend, type Kernels } from './kernels.ts';

interface KernelExports {
  readonly memory: WebAssembly.Memory;
  heapBase(): number;
  gemm(
    a: number,
    b: number,
    out: number,
    M: number,
    K: number,
    N: number,
    bias: number,
    transposeOut: number,
    idx: number,
    val: number,
  ): void;
  transpose(src: number, dst: number, rows: number, cols: number): void;
  batchStats(x: number, rows: number, units: number, mean: number, variance: number): void;
  normalize(
    x: number,
    rows: number,
    units: number,
    mean: number,
    invStd: number,
    gamma: number,
    beta: number,
    xhat: number,
    y: number,
  ): void;
  normBackward(
    dy: number,
    xhat: number,
    rows: number,
    units: number,
    gamma: number,
    invStd: number,
    batchStats: number,
    sumDy: number,
    sumDyXhat: number,
    dx: number,
  ): void;
  sigmoidBackward(dy: number, y: number, dx: number, n: number): void;
  sigmoid(x: number, y: number, n: number): void;
  sgdStep(p: number, g: number, v: number, n: number, lr: number, mu: number, norms: number): void;
}

const PAGE = 65536;
const align = (bytes: number) => (bytes + 15) & ~15;

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null where WebAssembly SIMD is missing (then the TypeScript kernels run). */
function kernelModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  const bytes = Uint8Array.from(atob(KERNELS_WASM_BASE64), (c) => c.charCodeAt(0));
  compiled = typeof WebAssembly === 'object' && WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  return compiled;
}

/** One operand of a call: where it is in memory, and whether it has to be copied in or out. */
interface Operand {
  /** float32 storage, or a float64 vector of statistics (batch normalization's μ, σ², 1/σ and sums) */
  readonly array: Floats;
  readonly length: number;
  /** false when it already lives in the module's memory (decided before any growth, which detaches such views) */
  readonly foreign: boolean;
  /** its byte offset in the module's memory: its own, or the scratch it is copied to */
  ptr: number;
  /** read by the kernel (copied in), written by it (copied out), or both */
  readonly mode: 'in' | 'out' | 'inout';
}

/** A WebAssembly kernel set with its own instance and memory; null where WebAssembly SIMD is missing. */
export function createWasmKernels(): Kernels | null {
  const module = kernelModule();
  if (module === null) return null;
  const wasm = new WebAssembly.Instance(module, {}).exports as unknown as KernelExports;
  const memory = wasm.memory;
  /** the end of the allocated parameters: scratch starts here */
  let top = wasm.heapBase();
  /** views of the whole memory, made again after it grows (so that a steady step allocates no typed array) */
  let f32 = new Float32Array(memory.buffer);
  let f64 = new Float64Array(memory.buffer);

  const grow = (bytes: number) => {
    const missing = bytes - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / PAGE));
    if (f32.buffer !== memory.buffer) {
      f32 = new Float32Array(memory.buffer);
      f64 = new Float64Array(memory.buffer);
      scratchViews.clear();
    }
  };

  /**
   * Views made once and then reused, so that copies run as memcpy and a steady step allocates no typed array: of
   * scratch (by offset and length; dropped when the memory grows) and of operands' first `length` floats.
   */
  const scratchViews = new Map<number, Map<number, Floats>>();
  const prefixes = new WeakMap<Floats, Map<number, Floats>>();
  const cached = (views: Map<number, Floats>, length: number, make: () => Floats) => {
    let view = views.get(length);
    if (view === undefined) views.set(length, (view = make()));
    return view;
  };
  /** A float32 (or, at odd keys, float64) view of scratch at byte offset ptr. */
  const scratchView = (ptr: number, length: number, wide: boolean) => {
    const key = 2 * ptr + (wide ? 1 : 0);
    let byLength = scratchViews.get(key);
    if (byLength === undefined) scratchViews.set(key, (byLength = new Map()));
    const heap = wide ? f64 : f32;
    const at = ptr / heap.BYTES_PER_ELEMENT;
    return cached(byLength, length, () => heap.subarray(at, at + length));
  };
  const prefix = (array: Floats, length: number) => {
    if (array.length === length) return array;
    let byLength = prefixes.get(array);
    if (byLength === undefined) prefixes.set(array, (byLength = new Map()));
    return cached(byLength, length, () => array.subarray(0, length));
  };

  const operand = (array: Floats, length: number, mode: Operand['mode'], wide = false): Operand => {
    if (wide !== array instanceof Float64Array)
      throw new Error(`the WebAssembly kernels take ${wide ? 'float64 statistics' : 'float32 only'} here`);
    if (array.length < length) throw new Error(`expected an operand of at least ${length} floats, got ${array.length}`);
    const foreign = array.buffer !== memory.buffer;
    return { array, length, foreign, ptr: foreign ? -1 : array.byteOffset, mode };
  };

  const isWide = (o: Operand) => o.array instanceof Float64Array;
  const copyIn = (o: Operand) => {
    const source = prefix(o.array, o.length);
    if (isWide(o)) f64.set(source, o.ptr >> 3);
    else f32.set(source, o.ptr >> 2);
  };

  /**
   * Gives every operand not in memory a scratch region (copying inputs in), plus `tempBytes` of scratch, growing the
   * memory once if needed; runs `body` with the temp pointer; copies outputs back.
   */
  const call = (operands: readonly Operand[], tempBytes: number, body: (temp: number) => void) => {
    let end = align(top);
    for (const o of operands) {
      if (!o.foreign) continue;
      o.ptr = end;
      end = align(end + o.array.BYTES_PER_ELEMENT * o.length);
    }
    const temp = end;
    grow(temp + tempBytes);
    for (const o of operands) if (o.foreign && o.mode !== 'out') copyIn(o);
    body(temp);
    for (const o of operands)
      if (o.foreign && o.mode !== 'in') prefix(o.array, o.length).set(scratchView(o.ptr, o.length, isWide(o)));
  };

  return {
    name: 'wasm',
    allocate(precision: Precision, length: number) {
      if (precision !== 'f32') throw new Error('the WebAssembly kernels work on float32 only');
      const ptr = align(top);
      top = ptr + 4 * length;
      grow(top);
      let view = new Float32Array(memory.buffer, ptr, length);
      return () => {
        if (view.buffer !== memory.buffer) view = new Float32Array(memory.buffer, ptr, length);
        return view;
      };
    },
    matmulTransB(a, b, out, m, k, n, bias = null) {
      // y = a·bᵀ: the product's B is bᵀ (k×n), transposed into scratch first
      const A = operand(a, m * k, 'in');
      const Bt = operand(b, n * k, 'in');
      const O = operand(out, m * n, 'out');
      const Bias = bias === null ? null : operand(bias, n, 'in');
      const operands = Bias === null ? [A, Bt, O] : [A, Bt, O, Bias];
      call(operands, 4 * n * k + 8 * k, (temp) => {
        wasm.transpose(Bt.ptr, temp, n, k);
        const idx = temp + 4 * n * k;
        wasm.gemm(A.ptr, temp, O.ptr, m, k, n, Bias === null ? 0 : Bias.ptr, 0, idx, idx + 4 * k);
      });
    },
    matmulTransA(a, b, out, m, k, n) {
      // out[k×n] = aᵀ·b is (bᵀ·a)ᵀ: A = bᵀ (n×m, a row per input feature: the sparse side), B = a, written transposed
      const A = operand(a, m * k, 'in');
      const B = operand(b, m * n, 'in');
      const O = operand(out, k * n, 'out');
      call([A, B, O], 4 * n * m + 8 * m, (temp) => {
        wasm.transpose(B.ptr, temp, m, n);
        const idx = temp + 4 * n * m;
        wasm.gemm(temp, A.ptr, O.ptr, n, m, k, 0, 1, idx, idx + 4 * m);
      });
    },
    matmul(a, b, out, m, k, n) {
      const A = operand(a, m * k, 'in');
      const B = operand(b, k * n, 'in');
      const O = operand(out, m * n, 'out');
      call([A, B, O], 8 * k, (idx) => wasm.gemm(A.ptr, B.ptr, O.ptr, m, k, n, 0, 0, idx, idx + 4 * k));
    },
    batchStats(x, m, u, mean, variance) {
      const X = operand(x, m * u, 'in');
      const Mean = operand(mean, u, 'out', true);
      const Var = operand(variance, u, 'out', true);
      call([X, Mean, Var], 0, () => wasm.batchStats(X.ptr, m, u, Mean.ptr, Var.ptr));
    },
    normalize(x, rows, u, mean, invStd, gamma, beta, xhat, y) {
      const ops = [
        operand(x, rows * u, 'in'),
        operand(mean, u, 'in', true),
        operand(invStd, u, 'in', true),
        operand(gamma, u, 'in'),
        operand(beta, u, 'in'),
        operand(xhat, rows * u, 'out'),
        operand(y, rows * u, 'out'),
      ];
      const [X, Mean, Inv, G, B, H, Y] = ops;
      call(ops, 0, () => wasm.normalize(X.ptr, rows, u, Mean.ptr, Inv.ptr, G.ptr, B.ptr, H.ptr, Y.ptr));
    },
    normBackward(dy, xhat, m, u, gamma, invStd, batchStatistics, sumDy, sumDyXhat, dx) {
      const ops = [
        operand(dy, m * u, 'in'),
        operand(xhat, m * u, 'in'),
        operand(gamma, u, 'in'),
        operand(invStd, u, 'in', true),
        operand(sumDy, u, 'out', true),
        operand(sumDyXhat, u, 'out', true),
        operand(dx, m * u, 'out'),
      ];
      const [D, H, G, Inv, Sb, Sg, Dx] = ops;
      call(ops, 0, () =>
        wasm.normBackward(D.ptr, H.ptr, m, u, G.ptr, Inv.ptr, batchStatistics ? 1 : 0, Sb.ptr, Sg.ptr, Dx.ptr),
      );
    },
    sigmoidBackward(dy, y, dx, n) {
      const ops = [operand(dy, n, 'in'), operand(y, n, 'in'), operand(dx, n, 'out')];
      call(ops, 0, () => wasm.sigmoidBackward(ops[0].ptr, ops[1].ptr, ops[2].ptr, n));
    },
    sigmoid(x, y, n) {
      const X = operand(x, n, 'in');
      const Y = operand(y, n, 'out');
      call([X, Y], 0, () => wasm.sigmoid(X.ptr, Y.ptr, n));
    },
    sgdStep(value, grad, velocity, lr, momentum, out) {
      const n = value.length;
      const P = operand(value, n, 'inout');
      const G = operand(grad, n, 'in');
      const V = velocity === null ? null : operand(velocity, n, 'inout');
      const operands = V === null ? [P, G] : [P, G, V];
      call(operands, 24, (temp) => {
        wasm.sgdStep(P.ptr, G.ptr, V === null ? 0 : V.ptr, n, lr, momentum, temp);
        const at = temp >> 3;
        out[0] = f64[at];
        out[1] = f64[at + 1];
        out[2] = f64[at + 2];
      });
    },
  };
}

/** Kernels for one network: the WebAssembly ones when asked for and available, else the TypeScript ones. */
export function createKernels(backend: Backend): Kernels {
  return (backend === 'wasm' ? createWasmKernels() : null) ?? tsKernels;
}
