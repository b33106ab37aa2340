"""High-precision (mpmath) special functions shared by the reference scripts.

Every function works at the working precision set in ``mp.mp.dps`` (the
scripts use 60 digits) and is independent of the Rust implementation:
mpmath's own hypergeometric ``betainc``/``gammainc`` where they are fast, a
Lentz continued fraction at 60 digits for incomplete-beta shapes a + b above 2000
(checked against ``mp.betainc`` on an overlap; see check_overlap), Newton iteration for inverses.
"""
import mpmath as mp

mp.mp.dps = 60
TOL = mp.mpf(10) ** (-55)


def _beta_cf(a, b, x):
    qab, qap, qam = a + b, a + 1, a - 1
    tiny = mp.mpf(10) ** (-300)
    c = mp.mpf(1)
    d = 1 - qab * x / qap
    if abs(d) < tiny:
        d = tiny
    d = 1 / d
    h = d
    m = 1
    while True:
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d
        d = tiny if abs(d) < tiny else d
        c = 1 + aa / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d
        d = tiny if abs(d) < tiny else d
        c = 1 + aa / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        de = d * c
        h *= de
        if abs(de - 1) < TOL:
            return h
        m += 1
        if m > 10 ** 6:
            raise RuntimeError("beta cf did not converge")


def ln_beta(a, b):
    return mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)


def beta_tails(a, b, x):
    """(I_x(a,b), 1 - I_x(a,b)) at high precision."""
    a, b, x = mp.mpf(a), mp.mpf(b), mp.mpf(x)
    if x <= 0:
        return mp.mpf(0), mp.mpf(1)
    if x >= 1:
        return mp.mpf(1), mp.mpf(0)
    if a + b <= 2000:
        p = mp.betainc(a, b, 0, x, regularized=True)
        q = mp.betainc(a, b, x, 1, regularized=True)
        return p, q
    pre = mp.exp(a * mp.log(x) + b * mp.log1p(-x) - ln_beta(a, b))
    if x < (a + 1) / (a + b + 2):
        p = pre * _beta_cf(a, b, x) / a
        return p, 1 - p
    q = pre * _beta_cf(b, a, 1 - x) / b
    return 1 - q, q


def beta_density(a, b, x):
    return mp.exp((a - 1) * mp.log(x) + (b - 1) * mp.log1p(-x) - ln_beta(a, b))


def beta_quantile(a, b, p, guess):
    """x with I_x(a,b) = p (p given as an mpf; guess a float in (0,1))."""
    a, b, p = mp.mpf(a), mp.mpf(b), mp.mpf(p)
    q = 1 - p
    use_upper = p > mp.mpf("0.5")
    x = mp.mpf(guess)
    lo, hi = mp.mpf(0), mp.mpf(1)
    for _ in range(200):
        lp, uq = beta_tails(a, b, x)
        g = (q - uq) if use_upper else (lp - p)
        if g < 0:
            lo = x
        else:
            hi = x
        step = g / beta_density(a, b, x)
        nx = x - step
        if not (lo < nx < hi):
            nx = (lo + hi) / 2
        if abs(nx - x) <= abs(x) * mp.mpf(10) ** (-52):
            return nx
        x = nx
    raise RuntimeError("beta quantile did not converge %s %s %s" % (a, b, p))


def gamma_tails(a, x):
    """(P(a,x), Q(a,x)); mpmath's gammainc for a <= 1000, else the series /
    Legendre continued fraction at working precision (checked against
    gammainc in check_overlap)."""
    a, x = mp.mpf(a), mp.mpf(x)
    if a <= 1000:
        p = mp.gammainc(a, 0, x, regularized=True)
        return p, 1 - p if p < mp.mpf("0.5") else mp.gammainc(a, x, mp.inf, regularized=True)
    pre = mp.exp(a * mp.log(x) - x - mp.loggamma(a))
    if x < a + 1:
        term = 1 / a
        s = term
        k = 1
        while True:
            term *= x / (a + k)
            s += term
            if term < s * TOL:
                break
            k += 1
        p = pre * s
        return p, 1 - p
    tiny = mp.mpf(10) ** (-300)
    b = x + 1 - a
    c = 1 / tiny
    d = 1 / b
    h = d
    i = 1
    while True:
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        de = d * c
        h *= de
        if abs(de - 1) < TOL:
            break
        i += 1
    q = pre * h
    return 1 - q, q


def gamma_quantile(a, p, guess):
    """x with P(a, x) = p."""
    a, p = mp.mpf(a), mp.mpf(p)
    q = 1 - p
    use_upper = p > mp.mpf("0.5")
    x = mp.mpf(guess)
    lo, hi = mp.mpf(0), mp.inf
    for _ in range(200):
        gp, gq = gamma_tails(a, x)
        g = (q - gq) if use_upper else (gp - p)
        if g < 0:
            lo = x
        else:
            hi = x
        dens = mp.exp((a - 1) * mp.log(x) - x - mp.loggamma(a))
        nx = x - g / dens
        if not (lo < nx < hi):
            nx = (lo + hi) / 2 if hi != mp.inf else 2 * x
        if abs(nx - x) <= abs(x) * mp.mpf(10) ** (-52):
            return nx
        x = nx
    raise RuntimeError("gamma quantile did not converge")


def normal_upper(q):
    """z with P(Z > z) = q."""
    q = mp.mpf(q)
    if q >= mp.mpf("0.25"):
        return -mp.sqrt(2) * mp.erfinv(2 * q - 1)
    # far tail: 2q - 1 would round to -1; Newton on erfc instead
    from scipy import stats
    z = mp.mpf(stats.norm.isf(float(q)))
    for _ in range(100):
        g = mp.erfc(z / mp.sqrt(2)) / 2 - q
        nz = z + g / mp.npdf(z)
        if abs(nz - z) <= abs(z) * mp.mpf(10) ** (-52):
            return nz
        z = nz
    raise RuntimeError("normal quantile did not converge")


def t_cdf_upper(t, df, extra_digits=0):
    """P(T_df > t) for t >= 0 via the hypergeometric form (0.5 minus a
    term, so far tails need extra_digits beyond their -log10)."""
    if extra_digits:
        with mp.workdps(mp.mp.dps + extra_digits):
            return +t_cdf_upper(t, df)
    t, df = mp.mpf(t), mp.mpf(df)
    c = mp.exp(mp.loggamma((df + 1) / 2) - mp.loggamma(df / 2)) / mp.sqrt(df * mp.pi)
    return mp.mpf("0.5") - t * c * mp.hyp2f1(mp.mpf("0.5"), (df + 1) / 2, mp.mpf("1.5"), -t * t / df)


def t_upper(df, q, guess):
    """t with P(T_df > t) = q, for 0 < q < 1/2 (df may be mp.inf)."""
    if df == mp.inf:
        return normal_upper(q)
    df, q = mp.mpf(df), mp.mpf(q)
    t = mp.mpf(guess)
    c = mp.exp(mp.loggamma((df + 1) / 2) - mp.loggamma(df / 2)) / mp.sqrt(df * mp.pi)
    for _ in range(100):
        g = t_cdf_upper(t, df) - q
        dens = c * (1 + t * t / df) ** (-(df + 1) / 2)
        nt = t + g / dens
        if abs(nt - t) <= abs(t) * mp.mpf(10) ** (-52):
            return nt
        t = nt
    raise RuntimeError("t quantile did not converge")


def check_overlap():
    """The continued fraction agrees with mpmath's hypergeometric betainc."""
    for a, b, x in [(300.0, 1200.0, 0.199), (2.5, 1700.5, 0.001), (900.0, 901.0, 0.49),
                    (1500.0, 400.0, 0.8)]:
        a, b, x = mp.mpf(a), mp.mpf(b), mp.mpf(x)
        pre = mp.exp(a * mp.log(x) + b * mp.log1p(-x) - ln_beta(a, b))
        if x < (a + 1) / (a + b + 2):
            v1 = pre * _beta_cf(a, b, x) / a
        else:
            v1 = 1 - pre * _beta_cf(b, a, 1 - x) / b
        v2 = mp.betainc(a, b, 0, x, regularized=True)
        assert abs(v1 / v2 - 1) < mp.mpf(10) ** (-50), (a, b, x)
    for a, x in [(1500.0, 1400.0), (1200.0, 1300.0), (1001.0, 900.0), (1001.0, 1100.0)]:
        a, x = mp.mpf(a), mp.mpf(x)
        v1 = gamma_tails(a, x)[0]
        v2 = mp.gammainc(a, 0, x, regularized=True)
        assert abs(v1 / v2 - 1) < mp.mpf(10) ** (-50), (a, x)


def chisq_quantile(df, p, guess):
    """x with P(chi^2_df <= x) = p: twice the Gamma(df/2, 1) quantile."""
    return 2 * gamma_quantile(mp.mpf(df) / 2, p, guess / 2)
