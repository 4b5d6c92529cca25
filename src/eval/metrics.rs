//! Agreement statistics: precision, recall, F1, accuracy, macro-F1, Cohen's kappa and
//! Krippendorff's alpha, computed from a confusion matrix.
//!
//! Everything here is plain arithmetic on counts, tested against values computed by hand, so
//! that a researcher can reproduce every figure `cadrage eval` prints.

use serde::Serialize;

/// A square confusion matrix: `counts[gold][predicted]` over `labels`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Confusion {
    pub labels: Vec<String>,
    /// Rows are the reference (coder A, the gold standard), columns the other rater.
    pub counts: Vec<Vec<usize>>,
}

impl Confusion {
    /// An empty matrix over `labels`.
    pub fn new(labels: &[&str]) -> Confusion {
        Confusion {
            labels: labels.iter().map(|s| s.to_string()).collect(),
            counts: vec![vec![0; labels.len()]; labels.len()],
        }
    }

    /// Counts one pair; labels not in the matrix are ignored and reported as `false`.
    pub fn add(&mut self, gold: &str, predicted: &str) -> bool {
        let g = self.labels.iter().position(|l| l == gold);
        let p = self.labels.iter().position(|l| l == predicted);
        match (g, p) {
            (Some(g), Some(p)) => {
                self.counts[g][p] += 1;
                true
            }
            _ => false,
        }
    }

    pub fn total(&self) -> usize {
        self.counts.iter().flatten().sum()
    }

    fn diagonal(&self) -> usize {
        (0..self.labels.len()).map(|i| self.counts[i][i]).sum()
    }

    fn row(&self, i: usize) -> usize {
        self.counts[i].iter().sum()
    }

    fn column(&self, j: usize) -> usize {
        self.counts.iter().map(|r| r[j]).sum()
    }

    /// Share of pairs on the diagonal.
    pub fn accuracy(&self) -> f64 {
        div(self.diagonal() as f64, self.total() as f64)
    }

    /// Precision, recall and F1 of one label, taken as the positive class.
    pub fn prf(&self, label: usize) -> Prf {
        let tp = self.counts[label][label] as f64;
        let predicted = self.column(label) as f64;
        let actual = self.row(label) as f64;
        let precision = div(tp, predicted);
        let recall = div(tp, actual);
        Prf {
            precision,
            recall,
            f1: div(2.0 * precision * recall, precision + recall),
        }
    }

    /// Mean F1 over the labels that occur in either rater's codes (a label nobody used has no
    /// defined F1 and is left out, as scikit-learn does with `labels` restricted to those seen).
    pub fn macro_f1(&self) -> f64 {
        let used: Vec<usize> = (0..self.labels.len())
            .filter(|&i| self.row(i) + self.column(i) > 0)
            .collect();
        if used.is_empty() {
            return 0.0;
        }
        used.iter().map(|&i| self.prf(i).f1).sum::<f64>() / used.len() as f64
    }

    /// Cohen's kappa: (p_o − p_e) / (1 − p_e), with p_e from the two raters' marginals.
    /// When both raters used one and the same label throughout, p_e = 1 and kappa is
    /// undefined: this returns 1 if they agree on everything and 0 otherwise.
    pub fn cohen_kappa(&self) -> f64 {
        let n = self.total() as f64;
        if n == 0.0 {
            return 0.0;
        }
        let po = self.diagonal() as f64 / n;
        let pe: f64 = (0..self.labels.len())
            .map(|i| (self.row(i) as f64 / n) * (self.column(i) as f64 / n))
            .sum();
        if (1.0 - pe).abs() < 1e-12 {
            return if po == 1.0 { 1.0 } else { 0.0 };
        }
        (po - pe) / (1.0 - pe)
    }

    /// Krippendorff's alpha for nominal data, two raters, no missing values:
    /// α = 1 − D_o / D_e, computed from the coincidence matrix (each pair counted in both
    /// orders). Undefined when only one value occurs at all: then 1 if all agree.
    pub fn krippendorff_alpha(&self) -> f64 {
        let k = self.labels.len();
        // Coincidence matrix o[c][k] = counts[c][k] + counts[k][c]; n = 2 × pairs.
        let n = 2.0 * self.total() as f64;
        if n == 0.0 {
            return 0.0;
        }
        let marg: Vec<f64> = (0..k)
            .map(|c| (self.row(c) + self.column(c)) as f64)
            .collect();
        let disagree_observed: f64 = (0..k)
            .flat_map(|c| (0..k).map(move |d| (c, d)))
            .filter(|(c, d)| c != d)
            .map(|(c, d)| (self.counts[c][d] + self.counts[d][c]) as f64)
            .sum();
        let disagree_expected: f64 = (0..k)
            .flat_map(|c| (0..k).map(move |d| (c, d)))
            .filter(|(c, d)| c != d)
            .map(|(c, d)| marg[c] * marg[d])
            .sum::<f64>()
            / (n - 1.0);
        if disagree_expected == 0.0 {
            return if disagree_observed == 0.0 { 1.0 } else { 0.0 };
        }
        1.0 - disagree_observed / disagree_expected
    }
}

/// Precision, recall and F1 of one class.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn div(a: f64, b: f64) -> f64 {
    if b == 0.0 { 0.0 } else { a / b }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    /// Editorial flags, coder vs tool: tp 8, fn 2, fp 4, tn 36 (50 sentences).
    fn binary() -> Confusion {
        let mut m = Confusion::new(&["1", "0"]);
        m.counts = vec![vec![8, 2], vec![4, 36]];
        m
    }

    #[test]
    fn precision_recall_f1_by_hand() {
        let p = binary().prf(0);
        assert!(close(p.precision, 8.0 / 12.0));
        assert!(close(p.recall, 8.0 / 10.0));
        // F1 = 2PR/(P+R) = 2·(2/3)(4/5)/(2/3+4/5) = (16/15)/(22/15) = 16/22.
        assert!(close(p.f1, 16.0 / 22.0));
        assert!(close(binary().accuracy(), 44.0 / 50.0));
    }

    #[test]
    fn cohen_kappa_by_hand() {
        // p_o = 44/50 = 0.88; p_e = (10/50)(12/50) + (40/50)(38/50) = 0.048 + 0.608 = 0.656;
        // kappa = (0.88 − 0.656) / 0.344 = 0.651162…
        assert!(close(binary().cohen_kappa(), 0.224 / 0.344));
    }

    #[test]
    fn krippendorff_alpha_by_hand() {
        // Coincidences: o11 = 16, o00 = 72, o10 = o01 = 6; n = 100; n1 = 22, n0 = 78.
        // D_o ∝ 12; D_e ∝ 2·22·78 / 99 = 34.6667; alpha = 1 − 12 / 34.6667 = 0.653846…
        let want = 1.0 - 12.0 / (2.0 * 22.0 * 78.0 / 99.0);
        assert!(close(binary().krippendorff_alpha(), want));
    }

    #[test]
    fn three_class_accuracy_macro_f1_kappa() {
        let mut m = Confusion::new(&["author", "direct", "indirect", "mixed"]);
        // gold author: 5 → author 4, indirect 1; gold direct: 3 → direct 3;
        // gold indirect: 2 → indirect 1, author 1; nobody used mixed.
        m.counts = vec![
            vec![4, 0, 1, 0],
            vec![0, 3, 0, 0],
            vec![1, 0, 1, 0],
            vec![0, 0, 0, 0],
        ];
        assert!(close(m.accuracy(), 0.8));
        // F1 author: P 4/5, R 4/5 → 0.8; direct 1; indirect: P 1/2, R 1/2 → 0.5.
        assert!(close(m.macro_f1(), (0.8 + 1.0 + 0.5) / 3.0));
        // p_o 0.8; p_e = .5·.5 + .3·.3 + .2·.2 = .38; kappa = .42/.62.
        assert!(close(m.cohen_kappa(), 0.42 / 0.62));
    }

    #[test]
    fn degenerate_cases_do_not_divide_by_zero() {
        let m = Confusion::new(&["1", "0"]);
        assert_eq!(m.accuracy(), 0.0);
        assert_eq!(m.cohen_kappa(), 0.0);
        assert_eq!(m.prf(0).f1, 0.0);
        let mut all_same = Confusion::new(&["1", "0"]);
        all_same.counts = vec![vec![0, 0], vec![0, 10]];
        assert_eq!(all_same.cohen_kappa(), 1.0);
        assert_eq!(all_same.krippendorff_alpha(), 1.0);
    }

    #[test]
    fn perfect_and_chance_agreement() {
        let mut perfect = Confusion::new(&["1", "0"]);
        perfect.counts = vec![vec![5, 0], vec![0, 5]];
        assert!(close(perfect.cohen_kappa(), 1.0));
        assert!(close(perfect.krippendorff_alpha(), 1.0));
        let mut chance = Confusion::new(&["1", "0"]);
        chance.counts = vec![vec![5, 5], vec![5, 5]];
        assert!(close(chance.cohen_kappa(), 0.0));
    }
}
