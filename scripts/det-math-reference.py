"""Correctly rounded float64 references for src/engine/det-math.ts, written to tests/fixtures/det-math-reference.json.

Independent of any libm: every value is computed with the standard library's `decimal` module at 60 or more
significant digits beyond what the input needs (exp and ln are built in; tanh via exp; sin and cos by their Taylor
series after reducing the argument mod pi/2 in Decimal), then rounded once to float64 by float(), which rounds a
decimal string correctly (subnormals, overflow to inf and underflow to 0 included). Inputs and outputs are written
as the 16 hex digits of their float64 bit patterns, so -0, NaN, infinities and subnormals are exact.

Run from the repository root: python3 scripts/det-math-reference.py
"""

import json
import math
import struct
from decimal import Decimal, localcontext
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "det-math-reference.json"

# Significant digits kept beyond those the input itself needs.
GUARD = 60

# pi to 70 significant digits (a cross-check for the series below).
PI_70 = Decimal("3.141592653589793238462643383279502884197169399375105820974944592307816")

MIN_SUB = 5e-324
MAX = 1.7976931348623157e308
INF = math.inf
NAN = math.nan


def bits(x: float) -> str:
    return struct.pack(">d", x).hex()


def from_bits(h: str) -> float:
    return struct.unpack(">d", bytes.fromhex(h))[0]


def neighbours(x: float, n: int = 2) -> list[float]:
    """x and its n float64 neighbours on either side."""
    out = [x]
    up = down = x
    for _ in range(n):
        up = math.nextafter(up, INF)
        down = math.nextafter(down, -INF)
        out += [up, down]
    return out


def pi_digits(digits: int) -> Decimal:
    """pi to `digits` significant digits: the arcsine series of the decimal module's documentation."""
    with localcontext() as ctx:
        ctx.prec = digits + 5
        three = Decimal(3)
        lasts, t, s, n, na, d, da = 0, three, three, 1, 0, 0, 24
        while s != lasts:
            lasts = s
            n, na = n + na, na + 8
            d, da = d + da, da + 32
            t = (t * n) / d
            s += t
    with localcontext() as ctx:
        ctx.prec = digits
        return +s


# Enough digits to reduce the largest float64 (309 integer digits) and keep GUARD + 40 more.
PI = pi_digits(420)
with localcontext() as _ctx:
    _ctx.prec = 70
    assert +PI == PI_70, "pi series disagrees with the 70-digit constant"


def digits_for(x: float) -> int:
    """Working precision for input x: GUARD digits plus the decimal exponent range of x."""
    e = abs(Decimal(x).adjusted()) if x != 0 else 0
    return GUARD + 20 + e


def ref_exp(x: float) -> float:
    if math.isnan(x):
        return NAN
    if x > 710:
        return INF
    if x < -746:
        return 0.0
    with localcontext() as ctx:
        ctx.prec = GUARD + 20
        return float(Decimal(x).exp())


def ref_log(x: float) -> float:
    if math.isnan(x) or x < 0:
        return NAN
    if x == 0:
        return -INF
    if math.isinf(x):
        return INF
    with localcontext() as ctx:
        ctx.prec = GUARD + 20
        return float(Decimal(x).ln())


def ref_tanh(x: float) -> float:
    if math.isnan(x):
        return NAN
    if math.isinf(x):
        return math.copysign(1.0, x)
    if x == 0:
        return x
    with localcontext() as ctx:
        # e^(2|x|) - 1 cancels to about |x|: keep as many extra digits as |x| has leading zeros
        ctx.prec = digits_for(x)
        a = abs(Decimal(x))
        if a > 400:
            return math.copysign(1.0, x)
        e2 = (2 * a).exp()
        t = (e2 - 1) / (e2 + 1)
        return math.copysign(float(t), x)


def taylor_sin(r: Decimal, eps: Decimal) -> Decimal:
    term, total, k = r, r, 1
    while abs(term) > eps:
        term = -term * r * r / ((2 * k) * (2 * k + 1))
        total += term
        k += 1
    return total


def taylor_cos(r: Decimal, eps: Decimal) -> Decimal:
    term, total, k = Decimal(1), Decimal(1), 1
    while abs(term) > eps:
        term = -term * r * r / ((2 * k - 1) * (2 * k))
        total += term
        k += 1
    return total


def ref_trig(x: float, which: str) -> float:
    if math.isnan(x) or math.isinf(x):
        return NAN
    if x == 0:
        return x if which == "sin" else 1.0
    with localcontext() as ctx:
        ctx.prec = digits_for(x) + 20
        d = Decimal(x)
        half_pi = PI / 2
        n = int((d / half_pi).to_integral_value())
        r = d - n * half_pi
        eps = Decimal(10) ** (-(ctx.prec + 10))
        quadrant = (n if which == "sin" else n + 1) % 4
        value = {
            0: taylor_sin(r, eps),
            1: taylor_cos(r, eps),
            2: -taylor_sin(r, eps),
            3: -taylor_cos(r, eps),
        }[quadrant]
        return float(value)


def logspace(lo: float, hi: float, count: int) -> list[float]:
    return [10 ** (lo + (hi - lo) * i / (count - 1)) for i in range(count)]


def linspace(lo: float, hi: float, count: int) -> list[float]:
    return [lo + (hi - lo) * i / (count - 1) for i in range(count)]


def signed(xs: list[float]) -> list[float]:
    return xs + [-x for x in xs]


SPECIALS = [NAN, INF, -INF, 0.0, -0.0, MIN_SUB, -MIN_SUB, MAX, -MAX, 1.0, -1.0, 2.2250738585072014e-308]
LN2 = 0.6931471805599453


def exp_inputs() -> list[float]:
    xs = list(SPECIALS)
    # overflow at 709.782712893384, underflow to subnormals below -708.3964185322641, to 0 below -745.1332191019411
    for edge in [709.782712893384, -745.1332191019411, -708.3964185322641, -744.4400719213812, -707.7032713517042,
                 -745.0, -709.0, 709.0, 709.7, -740.0, -730.0, -720.0]:
        xs += neighbours(edge, 3)
    # reduction branches: |x| = ln2/2, 1.5 ln2, 2^-28
    for edge in [0.34657359027997264, 1.0397207708399179, 2.0 ** -28, 2.0 ** -54]:
        xs += signed(neighbours(edge, 2))
    # near k·ln2, where the reduced argument is near 0 or crosses ±ln2/2
    for k in [-1074, -1022, -1000, -500, -100, -10, -3, -2, -1, 1, 2, 3, 10, 100, 500, 1000, 1023]:
        xs += neighbours(k * LN2, 1)
        xs += [(k + 0.5) * LN2]
    xs += signed(logspace(-20, math.log10(700), 80))
    xs += linspace(-745, 709.7, 90)
    xs += linspace(-1, 1, 41)
    return xs


def log_inputs() -> list[float]:
    xs = list(SPECIALS) + [-2.0, -INF, -1e-300]
    # subnormals and the normal/subnormal boundary
    xs += [MIN_SUB * k for k in [1, 2, 3, 7, 1000, 2 ** 20, 2 ** 40]] + neighbours(2.2250738585072014e-308, 2)
    xs += logspace(-323, -308, 16)
    # near 1 (|f| < 2^-20 branch and around it), near sqrt(2) and sqrt(2)/2 (normalisation and formula switch)
    xs += neighbours(1.0, 3)
    for k in range(1, 53, 2):
        xs += [1 + 2.0 ** -k, 1 - 2.0 ** -k]
    for edge in [1.4142135623730951, 0.7071067811865476, 1.38, 1.42, 0.69, 0.71, 2.0, 0.5, 4.0, 0.25]:
        xs += neighbours(edge, 1)
    xs += [math.e, 10.0, 1e-10, 1e10, 1e300, MAX]
    xs += logspace(-307, 308, 160)
    xs += linspace(0.01, 4, 100)
    return xs


def tanh_inputs() -> list[float]:
    xs = list(SPECIALS)
    # branch edges: 2^-55 (x·(1+x)), 2^-28, 1 (formula switch), 22 (±1), where tanh rounds to 1 (~19.06)
    for edge in [2.0 ** -55, 2.0 ** -28, 2.0 ** -54, 1.0, 22.0, 19.061547465398498, 0.5, 0.17328679513998632,
                 0.519860385419959, 6.931471805599453, 19.408121055678468]:
        xs += signed(neighbours(edge, 2))
    xs += signed([MIN_SUB * 3, 1e-310, 1e-300, 1e-100, 1e-20])
    xs += signed(logspace(-20, math.log10(30), 120))
    xs += linspace(-3, 3, 121)
    return xs


def trig_inputs() -> list[float]:
    xs = list(SPECIALS)
    # kernel and reduction edges: 2^-27, 0.3, 0.78125, pi/4, 3pi/4, 2^20·pi/2
    for edge in [2.0 ** -27, 0.3, 0.78125, 0.7853981633974483, 2.356194490192345, 1647099.3291652855]:
        xs += signed(neighbours(edge, 2))
    # near multiples of pi/2, where the result cancels (the Box–Muller angles live in [0, 2pi))
    for k in list(range(1, 17)) + [31, 32, 33, 100, 1000, 10 ** 4, 10 ** 5, 636619]:
        xs += neighbours(float(Decimal(k) * PI / 2), 1)
    xs += [-3.141592653589793, -1.5707963267948966]
    xs += linspace(0, 2 * math.pi, 161)
    xs += signed(logspace(-10, 6, 100))
    # beyond 2^20·pi/2: the Payne–Hanek path, including 6381956970095103·2^797, the float64 nearest a multiple of pi/2
    xs += signed([1e7, 1e10, 2.0 ** 30, 1e15, 1e22, 2.0 ** 60, 1e100, 1e200, 1e300, 6381956970095103 * 2.0 ** 797])
    return xs


def table(inputs: list[float], f) -> list[list[str]]:
    seen, rows = set(), []
    for x in inputs:
        h = bits(x)
        if h not in seen:
            seen.add(h)
            rows.append([h, bits(f(x))])
    return rows


def main() -> None:
    tables = {
        "exp": table(exp_inputs(), ref_exp),
        "log": table(log_inputs(), ref_log),
        "tanh": table(tanh_inputs(), ref_tanh),
        "sin": table(trig_inputs(), lambda x: ref_trig(x, "sin")),
        "cos": table(trig_inputs(), lambda x: ref_trig(x, "cos")),
    }
    about = (
        "Written by scripts/det-math-reference.py: [input, correctly rounded result] as float64 bit patterns "
        "(16 hex digits), from Python's decimal module at 60+ guard digits."
    )
    lines = ["{", f'  "about": {json.dumps(about)},']
    for i, (name, rows) in enumerate(tables.items()):
        lines.append(f'  "{name}": [')
        lines += [f'    ["{a}", "{b}"]' + ("," if j < len(rows) - 1 else "") for j, (a, b) in enumerate(rows)]
        lines.append("  ]" + ("," if i < len(tables) - 1 else ""))
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n")
    print(OUT, {name: len(rows) for name, rows in tables.items()})


if __name__ == "__main__":
    main()
