//! `cadrage report --format html` writes the CSV tables and report.html, listed in the manifest.

use assert_cmd::Command;

#[test]
fn report_html_writes_the_page_beside_the_tables() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("rep");
    Command::cargo_bin("cadrage")
        .unwrap()
        .args(["report", "samples", "--format", "html", "--quiet", "--out"])
        .arg(&dir)
        .assert()
        .success();
    let page = std::fs::read_to_string(dir.join("report.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"), "{}", &page[..40]);
    for outlet in ["Vigie Sahel", "quotidien", "continentale"] {
        assert!(
            page.to_lowercase().contains(&outlet.to_lowercase()),
            "the page names {outlet}"
        );
    }
    assert!(dir.join("outlets.csv").exists() && dir.join("codebook.md").exists());
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap();
    let files: Vec<&str> = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert!(files.contains(&"report.html"), "{files:?}");
    assert_eq!(manifest["parameters"]["format"], "html");
}
