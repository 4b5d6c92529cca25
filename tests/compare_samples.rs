//! `cadrage compare` on the shipped samples, with the shipped lexicons: the partisan outlet
//! editorializes more than the wire service, and the bootstrap intervals say so.

use std::path::Path;

use assert_cmd::Command;

#[test]
fn the_partisan_outlet_is_more_editorial_than_the_wire() {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let out = Command::cargo_bin("cadrage")
        .unwrap()
        .arg("compare")
        .arg(samples.join("vigie-sahel"))
        .arg(samples.join("depeche-continentale"))
        .arg(samples.join("quotidien-du-soir"))
        .args(["--format", "csv", "--quiet"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let mut r = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(out.as_slice());
    let header = r.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = |outlet: &str| {
        rows.iter()
            .find(|r| &r[0] == outlet)
            .unwrap_or_else(|| panic!("no row for {outlet}: {rows:?}"))
    };
    let num = |r: &csv::StringRecord, name: &str| r[col(name)].parse::<f64>().unwrap();
    let partisan = row("Vigie Sahel");
    let wire = row("Dépêche continentale");
    assert_eq!(&partisan[col("articles")], "4");
    assert_eq!(&wire[col("articles")], "4");
    assert!(num(partisan, "editorial_ratio") > num(wire, "editorial_ratio"));
    assert!(
        num(partisan, "editorial_ratio_low") > num(wire, "editorial_ratio_high"),
        "intervals overlap: partisan {:?}, wire {:?}",
        (
            num(partisan, "editorial_ratio_low"),
            num(partisan, "editorial_ratio_high")
        ),
        (
            num(wire, "editorial_ratio_low"),
            num(wire, "editorial_ratio_high")
        )
    );
    assert!(
        partisan[col("editorial_ratio_differs_from")].contains("Dépêche continentale"),
        "{partisan:?}"
    );
    assert!(num(partisan, "loaded_rate") > num(wire, "loaded_rate"));
}
