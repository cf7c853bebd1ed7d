#!/usr/bin/env python3
"""The native reference of `npm run bench`: paper-fig1's twin step in float32 numpy on one OpenBLAS thread.

Plain net: x -> [W, b, sigmoid] x 3 -> W, b -> softmax cross-entropy (mean) -> backward -> SGD.
BN net:    x -> [W (no bias) -> BN (batch mean, biased variance, eps 1e-5, gamma, beta) -> sigmoid] x 3 -> W, b -> ...
           with the running averages our engine keeps (momentum 0.1, unbiased variance).

--data DIR reads what the bench writes (meta.json, x.f32, y.u8, idx.i32, W1.f32, b1.f32, ...): the training split,
the batches in the run's order and our initial weights, so the first losses can be compared with our engine's.
Without it: random inputs as sparse as MNIST's (about 19 % nonzero) and N(0, 0.01^2) weights.
Prints one JSON object: median ms per step of each net and of the twin step over >= 5 blocks, and the first losses.
"""

import argparse
import json
import os
import sys
import time

# one thread: set before numpy loads OpenBLAS
for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import numpy as np  # noqa: E402

EPS = np.float32(1e-5)
MOMENTUM = np.float32(0.1)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


class Net:
    """W[l] is out x in (our layout); the BN net has gamma, beta and running statistics instead of hidden biases."""

    def __init__(self, weights, biases, bn, lr):
        self.W = [w.copy() for w in weights]
        self.b = [None if bn and l < len(weights) - 1 else b.copy() for l, b in enumerate(biases)]
        self.bn = bn
        units = [w.shape[0] for w in weights[:-1]]
        self.gamma = [np.ones(u, np.float32) for u in units]
        self.beta = [np.zeros(u, np.float32) for u in units]
        self.running_mean = [np.zeros(u, np.float32) for u in units]
        self.running_var = [np.ones(u, np.float32) for u in units]
        self.lr = np.float32(lr)

    def step(self, x, y):
        """forward -> loss -> backward -> update; returns the mini-batch loss before the update."""
        m = x.shape[0]
        hs, caches = [x], []
        for l in range(len(self.W) - 1):
            z = hs[-1] @ self.W[l].T
            if self.bn:
                mu, var = z.mean(0), z.var(0)
                inv = 1 / np.sqrt(var + EPS)
                xhat = (z - mu) * inv
                caches.append((xhat, inv))
                z = self.gamma[l] * xhat + self.beta[l]
                self.running_mean[l] = (1 - MOMENTUM) * self.running_mean[l] + MOMENTUM * mu
                self.running_var[l] = (1 - MOMENTUM) * self.running_var[l] + MOMENTUM * var * np.float32(m / (m - 1))
            else:
                z += self.b[l]
            hs.append(sigmoid(z))
        logits = hs[-1] @ self.W[-1].T + self.b[-1]
        top = logits.max(1, keepdims=True)
        e = np.exp(logits - top)
        total = e.sum(1, keepdims=True)
        rows = np.arange(m)
        loss = float(np.mean(np.log(total[:, 0]) + top[:, 0] - logits[rows, y]))
        dz = e / total
        dz[rows, y] -= 1
        dz /= np.float32(m)
        for l in range(len(self.W) - 1, -1, -1):
            dW = dz.T @ hs[l]
            db = dz.sum(0)
            dh = dz @ self.W[l] if l > 0 else None
            self.W[l] -= self.lr * dW
            if self.b[l] is not None:
                self.b[l] -= self.lr * db
            if l == 0:
                break
            h = hs[l]
            dz = dh * h * (1 - h)  # sigma'(x) = sigma(x)(1 - sigma(x))
            if self.bn:
                xhat, inv = caches[l - 1]
                dgamma, dbeta = (dz * xhat).sum(0), dz.sum(0)
                dxhat = dz * self.gamma[l - 1]
                dz = inv / np.float32(m) * (m * dxhat - dxhat.sum(0) - xhat * (dxhat * xhat).sum(0))
                self.gamma[l - 1] -= self.lr * dgamma
                self.beta[l - 1] -= self.lr * dbeta
        return loss


def load(data_dir):
    with open(os.path.join(data_dir, "meta.json")) as f:
        meta = json.load(f)
    sizes, batch = meta["sizes"], meta["batch"]
    read = lambda name, dtype: np.fromfile(os.path.join(data_dir, name), dtype=dtype)  # noqa: E731
    x = read("x.f32", np.float32).reshape(-1, sizes[0])
    y = read("y.u8", np.uint8).astype(np.intp)
    idx = read("idx.i32", np.int32).reshape(-1, batch)
    weights = [read(f"W{l + 1}.f32", np.float32).reshape(sizes[l + 1], sizes[l]) for l in range(len(sizes) - 1)]
    biases = [read(f"b{l + 1}.f32", np.float32) for l in range(len(sizes) - 1)]
    return x, y, idx, weights, biases, meta["lr"]


def synthetic(sizes=(784, 100, 100, 100, 10), batch=60, rows=8000, batches=500, seed=0):
    rng = np.random.default_rng(seed)
    x = (rng.random((rows, sizes[0]), np.float32) * (rng.random((rows, sizes[0])) < 0.19)).astype(np.float32)
    y = rng.integers(0, sizes[-1], rows)
    idx = np.stack([rng.permutation(rows)[:batch] for _ in range(batches)]).astype(np.int32)
    weights = [(0.01 * rng.standard_normal((sizes[l + 1], sizes[l]))).astype(np.float32) for l in range(len(sizes) - 1)]
    biases = [np.zeros(s, np.float32) for s in sizes[1:]]
    return x, y, idx, weights, biases, 1.0


def time_per_call(fn, blocks, min_block_ms):
    """Median ms per call over `blocks` blocks, after a warm-up block of calls for min_block_ms that sets the count."""
    calls, start = 0, time.perf_counter()
    while True:
        fn()
        calls += 1
        if (time.perf_counter() - start) * 1000 >= min_block_ms:
            break
    per = []
    for _ in range(blocks):
        t0 = time.perf_counter()
        for _ in range(calls):
            fn()
        per.append((time.perf_counter() - t0) * 1000 / calls)
    return float(np.median(per))


def blas_name():
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        return f"{blas.get('name', '?')} {blas.get('version', '')}".strip()
    except Exception:  # older numpy: no mode="dicts"
        return "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="folder written by the bench (default: synthetic inputs)")
    parser.add_argument("--blocks", type=int, default=5)
    parser.add_argument("--min-block-ms", type=float, default=250)
    parser.add_argument("--losses", type=int, default=3, help="first losses of each net to report")
    args = parser.parse_args()
    x, y, idx, weights, biases, lr = load(args.data) if args.data else synthetic()
    position = [0]

    def batch():
        rows = idx[position[0] % len(idx)]
        position[0] += 1
        return x[rows], y[rows]

    nets = {"none": Net(weights, biases, False, lr), "bn": Net(weights, biases, True, lr)}
    losses = {k: [] for k in nets}
    for _ in range(args.losses):
        xb, yb = batch()
        for kind, net in nets.items():
            losses[kind].append(net.step(xb, yb))

    def timed(which):
        def run():
            xb, yb = batch()
            for net in which:
                net.step(xb, yb)

        return time_per_call(run, args.blocks, args.min_block_ms)

    result = {
        "numpy": np.__version__,
        "blas": blas_name(),
        "threads": 1,
        "data": "bench" if args.data else "synthetic",
        "plainMs": timed([nets["none"]]),
        "bnMs": timed([nets["bn"]]),
        "twinMs": timed(list(nets.values())),
        "losses": losses,
    }
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
