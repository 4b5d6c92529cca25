//! Small inline-SVG charts: stacked shares, grouped bars and estimates with intervals.
//!
//! The page must work offline and under a CSP that forbids scripts, so the charts are plain SVG
//! computed here. Each chart is an `<svg role="img">` labelled by its own `<title>` and `<desc>`;
//! the desc states the numbers in words, so a screen reader gets the data and not a picture.
//! Series are told apart by a text label and a fill pattern as well as a colour (classes
//! `c0`…`c7` colour, the page's shared `<defs>` hold the patterns `#pat-1`…`#pat-3`), so that
//! no chart relies on colour alone, on screen or on a black-and-white printout.

use std::fmt::Write as _;

use super::escape::Esc;

/// Width of the coordinate system of bar and share charts, sized to sit two abreast.
const W: f64 = 520.0;
/// Where bars start: the label column is to the left.
const X0: f64 = 150.0;
/// Where bars may end: room for the value label to the right.
const X1: f64 = 450.0;
/// Width of interval charts, which take a whole row to leave room for their numbers.
const WIDE: f64 = 780.0;
/// Where the axis of an interval chart ends.
const WIDE_X1: f64 = 470.0;
/// Longest label shown in full; longer ones are cut with `…` and kept whole in a tooltip.
const LABEL_CHARS: usize = 28;

/// A series: its legend label, colour class index and pattern (0 = plain).
#[derive(Clone, Debug)]
pub struct Series {
    pub label: String,
    pub color: usize,
    pub pattern: usize,
}

impl Series {
    pub fn new(label: impl Into<String>, color: usize, pattern: usize) -> Series {
        Series {
            label: label.into(),
            color,
            pattern,
        }
    }
}

fn open(out: &mut String, id: &str, title: &str, desc: &str, width: f64, height: f64) {
    let class = if width > W { "chart wide" } else { "chart" };
    let _ = write!(
        out,
        "<svg class=\"{class}\" role=\"img\" viewBox=\"0 0 {width} {height}\" \
         aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        Esc(title),
        Esc(desc)
    );
}

/// A rectangle in a series' colour, with its pattern laid over it.
fn rect(out: &mut String, x: f64, y: f64, w: f64, h: f64, s: &Series, tip: &str) {
    let _ = write!(
        out,
        "<rect class=\"c{}\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\"><title>{}</title></rect>",
        s.color % 8,
        Esc(tip)
    );
    if s.pattern > 0 {
        let _ = write!(
            out,
            "<rect fill=\"url(#pat-{})\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" aria-hidden=\"true\"/>",
            s.pattern.min(3)
        );
    }
}

/// A row label, cut when too long, right-aligned against the bars.
fn label(out: &mut String, y: f64, text: &str) {
    let shown: String = if text.chars().count() > LABEL_CHARS {
        let mut s: String = text.chars().take(LABEL_CHARS - 1).collect();
        s.push('…');
        s
    } else {
        text.to_string()
    };
    let _ = write!(
        out,
        "<text class=\"lab\" x=\"{:.1}\" y=\"{y:.1}\" text-anchor=\"end\">{}<title>{}</title></text>",
        X0 - 8.0,
        Esc(&shown),
        Esc(text)
    );
}

/// The legend: a swatch (colour and pattern) and a text label per series, wrapped over lines.
/// Returns the height used.
fn legend(out: &mut String, y: f64, series: &[Series]) -> f64 {
    let mut x = 10.0;
    let mut line = 0.0;
    for s in series {
        let w = 26.0 + 7.0 * s.label.chars().count() as f64;
        if x + w > W - 10.0 && x > 10.0 {
            x = 10.0;
            line += 20.0;
        }
        rect(out, x, y + line, 14.0, 14.0, s, &s.label);
        let _ = write!(
            out,
            "<text class=\"leg\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            x + 19.0,
            y + line + 12.0,
            Esc(&s.label)
        );
        x += w + 12.0;
    }
    line + 24.0
}

/// One stacked row of a [`stacked`] chart.
pub struct StackRow {
    pub label: String,
    /// One value per series, in the chart's series order.
    pub values: Vec<f64>,
}

/// Rows of shares: each row's values are stacked to 100 % of the bar; the percentage is written
/// in every segment wide enough to hold it.
pub fn stacked(
    out: &mut String,
    id: &str,
    title: &str,
    desc: &str,
    series: &[Series],
    rows: &[StackRow],
) {
    let bar = 22.0;
    let gap = 10.0;
    let legend_lines = 1.0 + (series.len() as f64 / 4.0).floor();
    let height = 10.0 + rows.len() as f64 * (bar + gap) + 8.0 + legend_lines * 20.0 + 10.0;
    open(out, id, title, desc, W, height);
    let mut y = 10.0;
    for row in rows {
        label(out, y + 15.0, &row.label);
        let total: f64 = row.values.iter().filter(|v| **v > 0.0).sum();
        if total <= 0.0 {
            let _ = write!(
                out,
                "<text class=\"val\" x=\"{X0:.1}\" y=\"{:.1}\">none</text>",
                y + 15.0
            );
        } else {
            let mut x = X0;
            let span = W - 10.0 - X0;
            for (v, s) in row.values.iter().zip(series) {
                if *v <= 0.0 {
                    continue;
                }
                let w = span * v / total;
                let pct = 100.0 * v / total;
                rect(
                    out,
                    x,
                    y,
                    w,
                    bar,
                    s,
                    &format!("{}: {}: {pct:.0} %", row.label, s.label),
                );
                if w >= 34.0 {
                    let _ = write!(
                        out,
                        "<text class=\"in\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{pct:.0} %</text>",
                        x + w / 2.0,
                        y + 15.5
                    );
                }
                x += w;
            }
        }
        y += bar + gap;
    }
    legend(out, y + 4.0, series);
    out.push_str("</svg>");
}

/// One group of a [`bars`] chart.
pub struct BarRow {
    pub label: String,
    /// One value per series (not negative).
    pub values: Vec<f64>,
}

/// Horizontal bars, one per series within each row, on a shared linear scale starting at 0.
/// `unit` follows each value label.
pub fn bars(
    out: &mut String,
    id: &str,
    title: &str,
    desc: &str,
    series: &[Series],
    rows: &[BarRow],
    decimals: usize,
) {
    let bar = 13.0;
    let nser = series.len().max(1) as f64;
    let gap = 10.0;
    let row_h = nser * bar + gap;
    let show_legend = series.len() > 1;
    let height = 10.0 + rows.len() as f64 * row_h + if show_legend { 34.0 } else { 4.0 };
    open(out, id, title, desc, W, height);
    let max = rows
        .iter()
        .flat_map(|r| r.values.iter().copied())
        .fold(0.0f64, f64::max);
    let scale = if max > 0.0 { (X1 - X0) / max } else { 0.0 };
    let mut y = 10.0;
    for row in rows {
        label(out, y + nser * bar / 2.0 + 4.0, &row.label);
        for (k, (v, s)) in row.values.iter().zip(series).enumerate() {
            let v = v.max(0.0);
            let yy = y + k as f64 * bar;
            let w = (v * scale).max(if v > 0.0 { 1.5 } else { 0.0 });
            let text = format!("{v:.decimals$}");
            rect(
                out,
                X0,
                yy,
                w,
                bar - 2.0,
                s,
                &format!("{}: {}: {text}", row.label, s.label),
            );
            let _ = write!(
                out,
                "<text class=\"val\" x=\"{:.1}\" y=\"{:.1}\">{text}</text>",
                X0 + w + 5.0,
                yy + bar - 3.0
            );
        }
        y += row_h;
    }
    let _ = write!(
        out,
        "<line class=\"axis\" x1=\"{X0}\" y1=\"6\" x2=\"{X0}\" y2=\"{:.1}\"/>",
        y - gap + 4.0
    );
    if show_legend {
        legend(out, y + 2.0, series);
    }
    out.push_str("</svg>");
}

/// One estimate of an [`intervals`] chart.
pub struct IntervalRow {
    pub label: String,
    pub value: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// Written after the numbers (e.g. which groups this one differs from).
    pub note: String,
}

/// Point estimates with their confidence intervals on a shared axis from 0, with the numbers
/// written beside each row.
pub fn intervals(
    out: &mut String,
    id: &str,
    title: &str,
    desc: &str,
    rows: &[IntervalRow],
    decimals: usize,
) {
    let row_h = 30.0;
    let x1 = WIDE_X1;
    let height = 28.0 + rows.len() as f64 * row_h + 16.0;
    open(out, id, title, desc, WIDE, height);
    let max = rows
        .iter()
        .map(|r| r.high.unwrap_or(r.value).max(r.value))
        .fold(0.0f64, f64::max);
    let max = nice_ceiling(max);
    let x = |v: f64| X0 + (x1 - X0) * (v.max(0.0) / max);
    // Axis with ticks at 0, half and max.
    let axis_y = 20.0 + rows.len() as f64 * row_h;
    let _ = write!(
        out,
        "<line class=\"axis\" x1=\"{X0}\" y1=\"{axis_y:.1}\" x2=\"{x1}\" y2=\"{axis_y:.1}\"/>"
    );
    for t in [0.0, max / 2.0, max] {
        let _ = write!(
            out,
            "<line class=\"grid\" x1=\"{0:.1}\" y1=\"12\" x2=\"{0:.1}\" y2=\"{axis_y:.1}\"/>\
             <text class=\"tick\" x=\"{0:.1}\" y=\"{1:.1}\" text-anchor=\"middle\">{2}</text>",
            x(t),
            axis_y + 13.0,
            trim_number(t, decimals + 1)
        );
    }
    let mut y = 20.0;
    for r in rows {
        let cy = y + row_h / 2.0 - 2.0;
        label(out, cy + 4.0, &r.label);
        if let (Some(lo), Some(hi)) = (r.low, r.high) {
            let _ = write!(
                out,
                "<line class=\"ci\" x1=\"{:.1}\" y1=\"{cy:.1}\" x2=\"{:.1}\" y2=\"{cy:.1}\"/>\
                 <line class=\"ci\" x1=\"{0:.1}\" y1=\"{2:.1}\" x2=\"{0:.1}\" y2=\"{3:.1}\"/>\
                 <line class=\"ci\" x1=\"{1:.1}\" y1=\"{2:.1}\" x2=\"{1:.1}\" y2=\"{3:.1}\"/>",
                x(lo),
                x(hi),
                cy - 6.0,
                cy + 6.0
            );
        }
        let range = match (r.low, r.high) {
            (Some(lo), Some(hi)) => format!(" [{lo:.decimals$}, {hi:.decimals$}]"),
            _ => String::new(),
        };
        let _ = write!(
            out,
            "<circle class=\"pt\" cx=\"{:.1}\" cy=\"{cy:.1}\" r=\"5\"><title>{}: {:.decimals$}{}</title></circle>\
             <text class=\"val\" x=\"{:.1}\" y=\"{:.1}\">{:.decimals$}{}{}</text>",
            x(r.value),
            Esc(&r.label),
            r.value,
            Esc(&range),
            x1 + 12.0,
            cy + 4.0,
            r.value,
            Esc(&range),
            Esc(&r.note)
        );
        y += row_h;
    }
    out.push_str("</svg>");
}

/// The smallest of 1, 2 or 5 times a power of ten that is at least `x` (1 for 0).
fn nice_ceiling(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 || !x.is_finite() {
        return 1.0;
    }
    let p = 10f64.powf(x.log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        if m * p >= x * (1.0 - 1e-9) {
            return m * p;
        }
    }
    10.0 * p
}

fn trim_number(x: f64, decimals: usize) -> String {
    let s = format!("{x:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_ceilings() {
        for (x, want) in [
            (0.0, 1.0),
            (0.33, 0.5),
            (0.5, 0.5),
            (0.51, 1.0),
            (7.0, 10.0),
            (12.0, 20.0),
        ] {
            assert!((nice_ceiling(x) - want).abs() < 1e-12, "{x}");
        }
        assert_eq!(nice_ceiling(f64::NAN), 1.0);
    }

    #[test]
    fn stacked_chart_is_labelled_and_escapes_labels() {
        let mut out = String::new();
        stacked(
            &mut out,
            "x",
            "Voix <b>",
            "desc",
            &[Series::new("auteur & co", 0, 0), Series::new("cité", 1, 2)],
            &[StackRow {
                label: "phrases".into(),
                values: vec![3.0, 1.0],
            }],
        );
        assert!(out.starts_with("<svg class=\"chart\" role=\"img\""));
        assert!(out.contains("<title id=\"x-t\">Voix &lt;b&gt;</title>"));
        assert!(out.contains(">75 %<"));
        assert!(out.contains(">25 %<"));
        assert!(out.contains("auteur &amp; co"));
        assert!(out.contains("url(#pat-2)"));
        assert!(out.ends_with("</svg>"));
    }

    #[test]
    fn empty_rows_say_none_instead_of_dividing_by_zero() {
        let mut out = String::new();
        stacked(
            &mut out,
            "x",
            "t",
            "d",
            &[Series::new("a", 0, 0)],
            &[StackRow {
                label: "r".into(),
                values: vec![0.0],
            }],
        );
        assert!(out.contains(">none<"));
        assert!(!out.contains("NaN"));
        let mut out = String::new();
        bars(
            &mut out,
            "y",
            "t",
            "d",
            &[Series::new("a", 0, 0)],
            &[BarRow {
                label: "r".into(),
                values: vec![0.0],
            }],
            1,
        );
        assert!(!out.contains("NaN"));
        let mut out = String::new();
        intervals(
            &mut out,
            "z",
            "t",
            "d",
            &[IntervalRow {
                label: "r".into(),
                value: 0.0,
                low: None,
                high: None,
                note: String::new(),
            }],
            2,
        );
        assert!(!out.contains("NaN"));
    }

    #[test]
    fn long_labels_are_cut_but_kept_in_the_tooltip() {
        let mut out = String::new();
        let long = "une catégorie au nom vraiment beaucoup trop long";
        bars(
            &mut out,
            "b",
            "t",
            "d",
            &[Series::new("a", 0, 0)],
            &[BarRow {
                label: long.into(),
                values: vec![2.0],
            }],
            1,
        );
        assert!(out.contains("…"));
        assert!(out.contains(&format!("<title>{long}</title>")));
    }
}
