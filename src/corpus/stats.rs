//! The statistics behind `compare`: bootstrap intervals, rate ratios and keyness.
//!
//! Each function is small and pure so it can be checked against values computed by hand. The
//! choices a reader of a paper needs to know are fixed here and documented in the codebook:
//!
//! - Bootstrap intervals are 95% percentile intervals over `B` resamples of the group's
//!   articles drawn with replacement; the quantiles interpolate linearly between order
//!   statistics (Hyndman & Fan type 7, the default of R and NumPy).
//! - The random numbers come from a PCG-64 generator seeded with SHA-256(seed, group name),
//!   so every group has its own stream and no result depends on the order of the groups.
//! - Rate ratios use the log method with Poisson counts: `SE(ln RR) = sqrt(1/a + 1/b)`.
//! - Keyness is the log-likelihood G² of the full 2×2 table (Dunning 1993), signed `+` for
//!   over-use and `-` for under-use, with its p-value from the chi-square distribution with one
//!   degree of freedom (`p = erfc(sqrt(G²/2))`), and Pearson's χ² of the same table without
//!   continuity correction.

use rand_core::{Rng, SeedableRng};
use rand_pcg::Pcg64;
use sha2::{Digest, Sha256};

/// The z value of a two-sided 95% normal interval.
pub const Z95: f64 = 1.959_963_984_540_054;

/// A confidence interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

impl Interval {
    /// True when the two intervals share at least one point.
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.low <= other.high && other.low <= self.high
    }

    pub fn contains(&self, x: f64) -> bool {
        self.low <= x && x <= self.high
    }
}

/// The arithmetic mean, 0 for an empty slice.
pub fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        0.0
    } else {
        xs.iter().sum::<f64>() / xs.len() as f64
    }
}

/// The `p` quantile (0 ≤ p ≤ 1) of sorted values, interpolating linearly between order
/// statistics (type 7). `None` for an empty slice.
pub fn quantile(sorted: &[f64], p: f64) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let h = (n - 1) as f64 * p.clamp(0.0, 1.0);
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(n - 1);
    Some(sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo]))
}

/// The random stream of one group: PCG-64 seeded with SHA-256 of the seed (8 bytes, little
/// endian) followed by the group's name in UTF-8. The 32 bytes of the digest set the state and
/// select the stream, so two groups never share a sequence and renaming or reordering other
/// groups changes nothing.
pub fn group_rng(seed: u64, group: &str) -> Pcg64 {
    let mut h = Sha256::new();
    h.update(seed.to_le_bytes());
    h.update(group.as_bytes());
    let digest: [u8; 32] = h.finalize().into();
    Pcg64::from_seed(digest)
}

/// A uniform index in `0..n` (n > 0), without modulo bias (rejection of the top zone).
pub fn uniform_index(rng: &mut Pcg64, n: usize) -> usize {
    Uniform::new(n).sample(rng)
}

/// [`uniform_index`] for one `n`, drawn many times: the rejection zone and the reciprocal of
/// `n` are computed once instead of with two divisions per draw.
struct Uniform {
    n: u64,
    /// Draws at or above it are rejected: `u64::MAX - u64::MAX % n`.
    zone: u64,
    /// `u64::MAX / n`, for the remainder without a division.
    m: u64,
}

impl Uniform {
    fn new(n: usize) -> Uniform {
        let n = n as u64;
        Uniform {
            n,
            zone: u64::MAX - (u64::MAX % n),
            m: u64::MAX / n,
        }
    }

    /// The same draws and the same index as [`uniform_index`].
    #[inline]
    fn sample(&self, rng: &mut Pcg64) -> usize {
        loop {
            let x = rng.next_u64();
            if x < self.zone {
                return self.rem(x) as usize;
            }
        }
    }

    /// `x % n` by Barrett reduction. With `m = (2⁶⁴ - 1 - r) / n`, `r = (2⁶⁴ - 1) % n < n`,
    /// `x·m / 2⁶⁴ = x/n - x·(1 + r) / (n·2⁶⁴)` and the last term is below 1 for every `x` below
    /// 2⁶⁴, so the estimated quotient is the true one or one less, and one subtraction of `n`
    /// corrects the remainder (a test compares with `%`).
    #[inline]
    fn rem(&self, x: u64) -> u64 {
        let q = ((u128::from(x) * u128::from(self.m)) >> 64) as u64;
        let r = x - q * self.n;
        if r >= self.n { r - self.n } else { r }
    }
}

/// The `n` indices of one resample, drawn from the generator as they are read: the statistic
/// sums as it draws, without storing the indices and reading them back. Whatever the
/// statistic leaves unread is drawn when the resample is dropped, so every resample consumes
/// exactly `n` draws and the stream is the same as drawing all the indices first.
pub struct Resample<'a> {
    uniform: &'a Uniform,
    rng: &'a mut Pcg64,
    left: usize,
}

impl Resample<'_> {
    /// The number of indices of the resample (`n`), read or not.
    pub fn size(&self) -> usize {
        self.uniform.n as usize
    }
}

impl Iterator for Resample<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        Some(self.uniform.sample(self.rng))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl Drop for Resample<'_> {
    fn drop(&mut self) {
        for _ in self.by_ref() {}
    }
}

/// Percentile bootstrap of `stats` statistics at once.
///
/// Draws `replicates` resamples of `n` indices with replacement from `rng`; for each one,
/// `statistic(indices, out)` writes the `stats` statistics of the resample into `out`, reading
/// its indices in the order they are drawn. Returns one 95% interval per statistic, or `None`
/// for all of them when `n` or `replicates` is 0. Non-finite replicate values (a ratio whose
/// denominator was 0 in a resample) are left out of that statistic's quantiles.
pub fn bootstrap<F>(
    n: usize,
    replicates: usize,
    rng: &mut Pcg64,
    stats: usize,
    mut statistic: F,
) -> Vec<Option<Interval>>
where
    F: FnMut(Resample<'_>, &mut [f64]),
{
    if n == 0 || replicates == 0 {
        return vec![None; stats];
    }
    let mut values: Vec<Vec<f64>> = vec![Vec::with_capacity(replicates); stats];
    let mut out = vec![0.0; stats];
    let uniform = Uniform::new(n);
    for _ in 0..replicates {
        let resample = Resample {
            uniform: &uniform,
            rng: &mut *rng,
            left: n,
        };
        statistic(resample, &mut out);
        for (v, x) in values.iter_mut().zip(&out) {
            if x.is_finite() {
                v.push(*x);
            }
        }
    }
    intervals(values)
}

/// The 95% interval of each statistic's replicate values.
fn intervals(values: Vec<Vec<f64>>) -> Vec<Option<Interval>> {
    values
        .into_iter()
        .map(|mut v| {
            Some(Interval {
                low: select_quantile(&mut v, 0.025)?,
                high: select_quantile(&mut v, 0.975)?,
            })
        })
        .collect()
}

/// [`quantile`] of the values once sorted by `f64::total_cmp`, without sorting them: the two
/// order statistics it reads are found by selection (which leaves `values` in another order).
/// The element selected at a position is the one sorting puts there, and the smallest element
/// after it the next one; values equal under `total_cmp` have the same bits, so the result is
/// bit for bit the sorted one (a test compares the two).
pub fn select_quantile(values: &mut [f64], p: f64) -> Option<f64> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    let h = (n - 1) as f64 * p.clamp(0.0, 1.0);
    let lo = h.floor() as usize;
    let (_, &mut low, after) = values.select_nth_unstable_by(lo, f64::total_cmp);
    let high = if lo + 1 < n {
        after
            .iter()
            .copied()
            .min_by(f64::total_cmp)
            .expect("a value after lo")
    } else {
        low
    };
    Some(low + (h - lo as f64) * (high - low))
}

/// A rate ratio with its 95% interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateRatio {
    /// `(a/n1) / (b/n2)`; `None` when it is undefined (no exposure on either side, or `b` = 0).
    pub ratio: Option<f64>,
    /// `None` when either count is 0: the log method needs both.
    pub interval: Option<Interval>,
}

/// The ratio of the rate `a/n1` to the rate `b/n2`, with the log-method interval
/// `exp(ln RR ± 1.96·sqrt(1/a + 1/b))` of two Poisson counts.
pub fn rate_ratio(a: u64, n1: u64, b: u64, n2: u64) -> RateRatio {
    if n1 == 0 || n2 == 0 || b == 0 {
        return RateRatio {
            ratio: None,
            interval: None,
        };
    }
    let rr = (a as f64 / n1 as f64) / (b as f64 / n2 as f64);
    if a == 0 {
        return RateRatio {
            ratio: Some(0.0),
            interval: None,
        };
    }
    let se = (1.0 / a as f64 + 1.0 / b as f64).sqrt();
    RateRatio {
        ratio: Some(rr),
        interval: Some(Interval {
            low: (rr.ln() - Z95 * se).exp(),
            high: (rr.ln() + Z95 * se).exp(),
        }),
    }
}

/// Keyness of one term in a group against the rest of the corpus.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Keyness {
    /// Log-likelihood G², positive when the group over-uses the term, negative when it
    /// under-uses it.
    pub g2: f64,
    /// p-value of |G²| under chi-square with 1 degree of freedom.
    pub p: f64,
    /// Pearson's χ² of the same 2×2 table, no continuity correction (always ≥ 0).
    pub chi2: f64,
}

/// Keyness of a term used `a` times in a group of `n1` words and `b` times in the rest, of `n2`
/// words. The 2×2 table is (term, other words) × (group, rest).
pub fn keyness(a: u64, n1: u64, b: u64, n2: u64) -> Keyness {
    let (a, n1, b, n2) = (a as f64, n1 as f64, b as f64, n2 as f64);
    let n = n1 + n2;
    let term = a + b;
    let cells = [
        (a, n1 * term / n),
        (b, n2 * term / n),
        (n1 - a, n1 * (n - term) / n),
        (n2 - b, n2 * (n - term) / n),
    ];
    if n == 0.0 || term == 0.0 || term == n || n1 == 0.0 || n2 == 0.0 {
        return Keyness {
            g2: 0.0,
            p: 1.0,
            chi2: 0.0,
        };
    }
    let mut g2 = 0.0;
    let mut chi2 = 0.0;
    for (o, e) in cells {
        if o > 0.0 {
            g2 += o * (o / e).ln();
        }
        chi2 += (o - e) * (o - e) / e;
    }
    let g2 = (2.0 * g2).max(0.0);
    let sign = if a / n1 < b / n2 { -1.0 } else { 1.0 };
    Keyness {
        g2: sign * g2,
        p: chi2_1df_p(g2),
        chi2,
    }
}

/// Upper-tail p-value of a chi-square statistic with one degree of freedom.
pub fn chi2_1df_p(x: f64) -> f64 {
    if x <= 0.0 {
        1.0
    } else {
        libm::erfc((x / 2.0).sqrt())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    #[test]
    fn quantiles_interpolate_between_order_statistics() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(quantile(&v, 0.0), Some(1.0));
        assert_eq!(quantile(&v, 0.5), Some(3.0));
        assert_eq!(quantile(&v, 1.0), Some(5.0));
        // h = 4 × 0.1 = 0.4: 1 + 0.4 × (2 − 1).
        assert!(close(quantile(&v, 0.1).unwrap(), 1.4, 1e-12));
        assert_eq!(quantile(&[], 0.5), None);
    }

    #[test]
    fn chi_square_p_values_match_the_tables() {
        // Critical values of chi-square with 1 df from the standard tables.
        assert!(close(chi2_1df_p(3.841_459), 0.05, 1e-6));
        assert!(close(chi2_1df_p(6.634_897), 0.01, 1e-6));
        assert!(close(chi2_1df_p(10.827_566), 0.001, 1e-7));
        assert_eq!(chi2_1df_p(0.0), 1.0);
    }

    #[test]
    fn keyness_of_a_hand_computed_table() {
        // a = 30 of n1 = 1000, b = 10 of n2 = 1000. Expected counts: 20 and 20 for the term,
        // 980 and 980 for the other words.
        // G² = 2 [30 ln(30/20) + 10 ln(10/20) + 970 ln(970/980) + 990 ln(990/980)]
        //    = 2 [12.163953 − 6.931472 − 9.948805 + 10.050848] = 10.669048.
        // χ² = 2000 (30·990 − 10·970)² / (1000 · 1000 · 40 · 1960) = 10.204082.
        let k = keyness(30, 1000, 10, 1000);
        assert!(close(k.g2, 10.669_048, 1e-5), "{k:?}");
        assert!(close(k.chi2, 10.204_082, 1e-5), "{k:?}");
        assert!(close(k.p, chi2_1df_p(10.669_048), 1e-9));
        assert!(k.p < 0.01 && k.p > 0.001);
        // The mirror table is under-use: same magnitude, negative sign.
        let m = keyness(10, 1000, 30, 1000);
        assert!(close(m.g2, -k.g2, 1e-9));
        assert!(close(m.chi2, k.chi2, 1e-9));
    }

    #[test]
    fn keyness_of_equal_rates_is_zero() {
        let k = keyness(5, 1000, 10, 2000);
        assert!(close(k.g2, 0.0, 1e-9));
        assert!(close(k.chi2, 0.0, 1e-9));
        assert!(close(k.p, 1.0, 1e-9));
        // A term absent from the whole corpus, or an empty side, carries no evidence.
        assert_eq!(keyness(0, 100, 0, 100).g2, 0.0);
        assert_eq!(keyness(3, 100, 0, 0).p, 1.0);
    }

    #[test]
    fn rate_ratio_log_interval_by_hand() {
        // 20 hits in 4,000 words against 10 in 8,000: RR = 5/1.25 = 4.
        // SE = sqrt(1/20 + 1/10) = 0.387298; ln 4 = 1.386294;
        // low = exp(1.386294 − 1.959964 × 0.387298) = exp(0.627207) = 1.872367,
        // high = exp(2.145385) = 8.545332.
        let rr = rate_ratio(20, 4000, 10, 8000);
        assert!(close(rr.ratio.unwrap(), 4.0, 1e-12));
        let ci = rr.interval.unwrap();
        assert!(close(ci.low, 1.872_367, 1e-5), "{ci:?}");
        assert!(close(ci.high, 8.545_332, 1e-5), "{ci:?}");
    }

    #[test]
    fn rate_ratio_with_zero_counts() {
        let zero = rate_ratio(0, 1000, 5, 1000);
        assert_eq!(zero.ratio, Some(0.0));
        assert_eq!(zero.interval, None);
        let undefined = rate_ratio(5, 1000, 0, 1000);
        assert_eq!(undefined.ratio, None);
        assert_eq!(rate_ratio(5, 1000, 5, 0).ratio, None);
    }

    #[test]
    fn uniform_index_stays_in_range_and_covers_it() {
        let mut rng = group_rng(1, "x");
        let mut seen = [false; 7];
        for _ in 0..1000 {
            let i = uniform_index(&mut rng, 7);
            seen[i] = true;
        }
        assert!(seen.iter().all(|s| *s));
    }

    #[test]
    fn group_streams_depend_on_seed_and_name_only() {
        let draw = |seed, name| {
            let mut r = group_rng(seed, name);
            (0..4).map(|_| r.next_u64()).collect::<Vec<_>>()
        };
        assert_eq!(draw(7, "vigie"), draw(7, "vigie"));
        assert_ne!(draw(7, "vigie"), draw(7, "depeche"));
        assert_ne!(draw(7, "vigie"), draw(8, "vigie"));
    }

    /// The bootstrap as it was before the statistic read its indices as they were drawn: all
    /// `n` indices of a resample drawn into a slice first.
    fn bootstrap_of_slices<F>(
        n: usize,
        replicates: usize,
        rng: &mut Pcg64,
        stats: usize,
        mut statistic: F,
    ) -> Vec<Option<Interval>>
    where
        F: FnMut(&[usize], &mut [f64]),
    {
        if n == 0 || replicates == 0 {
            return vec![None; stats];
        }
        let mut values: Vec<Vec<f64>> = vec![Vec::with_capacity(replicates); stats];
        let mut indices = vec![0usize; n];
        let mut out = vec![0.0; stats];
        for _ in 0..replicates {
            for i in indices.iter_mut() {
                *i = uniform_index(rng, n);
            }
            statistic(&indices, &mut out);
            for (v, x) in values.iter_mut().zip(&out) {
                if x.is_finite() {
                    v.push(*x);
                }
            }
        }
        intervals(values)
    }

    #[test]
    fn drawing_while_summing_gives_the_intervals_of_drawing_first() {
        for n in [1usize, 2, 3, 7, 50, 206] {
            let xs: Vec<f64> = (0..n)
                .map(|i| ((i * 37 % 11) as f64).sqrt() / 3.0)
                .collect();
            let ws: Vec<u64> = (0..n).map(|i| (i as u64 * 7919) % 13).collect();
            let mut a = group_rng(20260328, &format!("g{n}"));
            let mut b = a.clone();
            let fused = bootstrap(n, 300, &mut a, 3, |idx, out| {
                let k = idx.size() as f64;
                let (mut s, mut w) = (0.0, 0u64);
                // Reads only part of the resample: the rest is drawn all the same.
                for (j, i) in idx.enumerate() {
                    if j == n / 2 + 1 {
                        break;
                    }
                    s += xs[i];
                    w += ws[i];
                }
                out[0] = s / k;
                out[1] = if w == 0 { f64::NAN } else { s / w as f64 };
                out[2] = w as f64;
            });
            let sliced = bootstrap_of_slices(n, 300, &mut b, 3, |idx, out| {
                let k = idx.len() as f64;
                let (mut s, mut w) = (0.0, 0u64);
                for &i in &idx[..(n / 2 + 1).min(n)] {
                    s += xs[i];
                    w += ws[i];
                }
                out[0] = s / k;
                out[1] = if w == 0 { f64::NAN } else { s / w as f64 };
                out[2] = w as f64;
            });
            let bits = |v: &[Option<Interval>]| {
                v.iter()
                    .map(|i| i.map(|i| (i.low.to_bits(), i.high.to_bits())))
                    .collect::<Vec<_>>()
            };
            assert_eq!(bits(&fused), bits(&sliced), "n = {n}");
            assert_eq!(a.next_u64(), b.next_u64(), "n = {n}: the streams part");
        }
    }

    #[test]
    fn bootstrap_is_deterministic_and_contains_the_mean() {
        let xs = [0.1, 0.4, 0.35, 0.2, 0.5, 0.05, 0.3];
        let run = || {
            let mut rng = group_rng(20260328, "g");
            bootstrap(xs.len(), 500, &mut rng, 1, |idx, out| {
                let k = idx.size() as f64;
                out[0] = idx.map(|i| xs[i]).sum::<f64>() / k;
            })
        };
        let a = run();
        assert_eq!(a, run());
        let ci = a[0].unwrap();
        assert!(ci.contains(mean(&xs)), "{ci:?}");
        assert!(ci.low >= 0.05 && ci.high <= 0.5 && ci.low < ci.high);
    }

    #[test]
    fn the_remainder_without_division_is_the_remainder() {
        let ns = [
            1u64,
            2,
            3,
            5,
            7,
            10,
            206,
            1000,
            4163,
            65_537,
            u32::MAX as u64,
            1 << 40,
        ];
        let mut rng = group_rng(1, "rem");
        for n in ns {
            let u = Uniform::new(n as usize);
            let edges = [
                0,
                1,
                n - 1,
                n,
                n + 1,
                u.zone - 1,
                u.zone,
                u64::MAX - 1,
                u64::MAX,
            ];
            for x in edges.into_iter().chain((0..2000).map(|_| rng.next_u64())) {
                assert_eq!(u.rem(x), x % n, "{x} % {n}");
            }
        }
    }

    #[test]
    fn selected_quantiles_equal_sorted_ones_bit_for_bit() {
        let mut rng = group_rng(2, "select");
        for len in [1usize, 2, 3, 4, 7, 40, 41, 2000] {
            for round in 0..4 {
                let v: Vec<f64> = (0..len)
                    .map(|_| {
                        let x = rng.next_u64();
                        match round {
                            // Few distinct values, signed zeros among them.
                            0 => [0.0, -0.0, 1.5, -2.0][(x % 4) as usize],
                            1 => (x % 7) as f64 / 3.0,
                            _ => (x as f64 / u64::MAX as f64 - 0.5) * 1e3,
                        }
                    })
                    .collect();
                let mut sorted = v.clone();
                sorted.sort_by(f64::total_cmp);
                let mut work = v.clone();
                for p in [0.025, 0.975, 0.0, 1.0, 0.5, 0.3333] {
                    let want = quantile(&sorted, p).unwrap();
                    let got = select_quantile(&mut work, p).unwrap();
                    assert_eq!(
                        got.to_bits(),
                        want.to_bits(),
                        "len {len} round {round} p {p}"
                    );
                }
            }
        }
        assert_eq!(select_quantile(&mut [], 0.5), None);
    }

    #[test]
    fn bootstrap_of_nothing_is_no_interval() {
        let mut rng = group_rng(1, "g");
        assert_eq!(bootstrap(0, 100, &mut rng, 2, |_, _| {}), vec![None, None]);
        assert_eq!(bootstrap(3, 0, &mut rng, 1, |_, _| {}), vec![None]);
    }

    #[test]
    fn intervals_overlap_when_they_share_a_point() {
        let a = Interval {
            low: 0.1,
            high: 0.3,
        };
        assert!(a.overlaps(&Interval {
            low: 0.3,
            high: 0.4
        }));
        assert!(!a.overlaps(&Interval {
            low: 0.31,
            high: 0.4
        }));
    }
}
