//! Reading inputs end to end: every fixture format and every bad input, folders of outlets,
//! streams, and inputs large enough to expose anything worse than linear.

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use cadrage::Span;
use cadrage::input::{Article, InputItem, ReadOptions, Skipped, read_inputs, read_stream};
use cadrage::normalize::{FoldOptions, Normalized, count_words};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/input")
        .join(rel)
}

fn read(paths: &[PathBuf]) -> Vec<InputItem> {
    read_inputs(paths.to_vec(), ReadOptions::default()).collect()
}

fn one(rel: &str) -> InputItem {
    let mut items = read(&[fixture(rel)]);
    assert_eq!(items.len(), 1, "{rel}: {items:?}");
    items.remove(0)
}

fn article(rel: &str) -> Article {
    match one(rel) {
        InputItem::Article(a) => *a,
        InputItem::Skipped(s) => panic!("{rel} skipped: {}", s.reason),
    }
}

fn skipped(rel: &str) -> Skipped {
    match one(rel) {
        InputItem::Skipped(s) => s,
        InputItem::Article(a) => panic!("{rel} read as an article: {a:?}"),
    }
}

fn outcome(item: &InputItem) -> (String, Result<Option<String>, String>) {
    match item {
        InputItem::Article(a) => (a.source.clone(), Ok(a.outlet.clone())),
        InputItem::Skipped(s) => (s.source.clone(), Err(s.reason.clone())),
    }
}

#[test]
fn utf8_text_file() {
    let a = article("text/depeche_utf8.txt");
    assert_eq!(a.id, "depeche_utf8");
    assert_eq!(
        a.source,
        fixture("text/depeche_utf8.txt").display().to_string()
    );
    assert!(
        a.text
            .starts_with("RENNES, 12 janvier (Agence) – Les conducteurs")
    );
    assert_eq!(a.body, Span::new(0, a.text.len()));
    assert!(a.warnings.is_empty() && a.transcoded_from.is_none());
    assert_eq!((a.outlet, a.title), (None, None));
}

#[test]
fn bom_is_removed_and_offsets_index_the_text_after_it() {
    let plain = article("text/depeche_utf8.txt");
    let bom = article("text/depeche_bom.txt");
    assert_eq!(bom.text, plain.text);
    assert_eq!(bom.body, plain.body);
    assert!(bom.warnings.is_empty());
}

#[test]
fn crlf_is_kept() {
    let a = article("text/depeche_crlf.txt");
    let plain = article("text/depeche_utf8.txt");
    assert_eq!(a.text, plain.text.replace('\n', "\r\n"));
    assert_eq!(a.text.matches("\r\n").count(), 3);
}

#[test]
fn latin1_is_transcoded_with_a_warning() {
    let a = article("text/tribune_latin1.txt");
    assert!(
        a.text
            .starts_with("Il faut le dire sans détour : cette réforme")
    );
    assert!(a.text.contains("Français ; il n'a écouté que lui-même."));
    assert_eq!(a.transcoded_from.as_deref(), Some("windows-1252"));
    assert_eq!(a.warnings.len(), 1);
    assert!(a.warnings[0].contains("windows-1252"), "{:?}", a.warnings);
    assert!(a.source.ends_with("tribune_latin1.txt"));
}

#[test]
fn windows_1252_is_transcoded() {
    let a = article("text/budget_cp1252.txt");
    assert!(a.text.contains("40 millions d’euros"), "{}", a.text);
    assert!(a.text.contains("12 € par habitant : un coup au cœur"));
    assert!(a.text.contains("« C’est un renoncement », dénonce"));
    assert_eq!(a.transcoded_from.as_deref(), Some("windows-1252"));
}

#[test]
fn iso_8859_15_is_recognized() {
    let a = article("text/ticket_latin9.txt");
    assert!(a.text.contains("2 € : un crève-cœur"), "{}", a.text);
    assert_eq!(a.transcoded_from.as_deref(), Some("ISO-8859-15"));
}

#[test]
fn a_bad_byte_in_utf8_is_replaced_not_reread_as_latin1() {
    let a = article("text/compte_rendu_invalid_utf8.txt");
    assert!(a.transcoded_from.is_none());
    assert!(a.text.starts_with("Le préfet a reçu les élus"));
    assert!(a.text.contains("La r\u{FFFD}union a duré trois heures"));
    let bad_at = "Le préfet a reçu les élus à la préfecture mercredi, après une semaine de \
                  tensions. La r"
        .len();
    assert_eq!(a.warnings.len(), 1);
    assert!(
        a.warnings[0].contains(&format!("byte {bad_at} ")),
        "{:?}",
        a.warnings
    );
}

#[test]
fn empty_whitespace_and_binary_files_are_skipped() {
    assert_eq!(skipped("text/vide.txt").reason, "empty file (0 bytes)");
    assert_eq!(skipped("text/blancs.txt").reason, "empty: only whitespace");
    let s = skipped("text/image_binaire.txt");
    assert!(s.reason.starts_with("binary file"), "{}", s.reason);
    assert!(s.source.ends_with("image_binaire.txt"));
    assert_eq!(
        skipped("text/front_matter_seul.txt").reason,
        "empty: nothing after the front matter"
    );
}

#[test]
fn front_matter_fills_the_metadata_and_body_follows_it() {
    let a = article("text/entretien_front_matter.md");
    assert_eq!(
        a.title.as_deref(),
        Some("« On ne nous a rien demandé » : des maraîchers face au projet d’autoroute")
    );
    assert_eq!(a.outlet.as_deref(), Some("Le Journal du Bocage"));
    assert_eq!(a.date.as_deref(), Some("2026-04-02"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://exemple.org/bocage/maraichers")
    );
    assert_eq!(
        a.extra.get("auteur").map(String::as_str),
        Some("Camille Renaud")
    );
    assert!(a.text.starts_with("---\ntitle:"));
    assert!(
        a.body
            .slice(&a.text)
            .starts_with("Ils sont une douzaine, réunis sous un hangar")
    );
    assert!(a.warnings.is_empty());
}

#[test]
fn malformed_front_matter_is_a_warning() {
    let a = article("text/front_matter_bancal.txt");
    assert_eq!(a.title.as_deref(), Some("Conseil municipal agité"));
    assert_eq!(a.date.as_deref(), Some("2026-05-07"));
    assert_eq!(
        a.body.slice(&a.text),
        "La séance a été suspendue à deux reprises.\n"
    );
    assert_eq!(a.warnings.len(), 2, "{:?}", a.warnings);
    assert!(a.warnings[0].contains("line 3"));
}

#[test]
fn jsonl_reports_bad_lines_and_reads_the_rest() {
    let path = fixture("records/fil_agence.jsonl");
    let label = path.display().to_string();
    let items = read(&[path]);
    let got: Vec<_> = items.iter().map(outcome).collect();
    let at = |line: usize| format!("{label}:{line}");
    assert_eq!(got.len(), 7, "{got:?}");
    assert_eq!(got[0], (at(1), Ok(Some("Agence Fluviale".into()))));
    assert_eq!(got[1], (at(2), Ok(None)));
    assert_eq!(got[2].0, at(3));
    assert!(matches!(&got[2].1, Err(r) if r.starts_with("not JSON")));
    assert_eq!(got[3], (at(5), Ok(None)));
    assert_eq!(got[4], (at(6), Err("not a JSON object".into())));
    assert_eq!(got[5], (at(7), Err("no text field".into())));
    assert_eq!(got[6], (at(8), Ok(None)));
    let InputItem::Article(first) = &items[0] else {
        unreachable!()
    };
    assert_eq!(first.id, "af-001");
    assert_eq!(first.title.as_deref(), Some("Crue de la Loire"));
    assert!(
        first
            .text
            .contains("d’alerte à Tours dans la nuit.\nLes services")
    );
    let InputItem::Article(second) = &items[1] else {
        unreachable!()
    };
    assert_eq!(
        second.extra.get("rubrique").map(String::as_str),
        Some("régions")
    );
    let InputItem::Article(no_id) = &items[3] else {
        unreachable!()
    };
    assert_eq!(no_id.id, "fil_agence:5");
    assert_eq!(
        no_id.text,
        "Le maire a salué « la solidarité des bénévoles »."
    );
}

#[test]
fn csv_reads_records_with_multi_line_fields() {
    let path = fixture("records/courrier.csv");
    let label = path.display().to_string();
    let items = read(&[path]);
    assert_eq!(items.len(), 3);
    let articles: Vec<&Article> = items
        .iter()
        .map(|i| match i {
            InputItem::Article(a) => a.as_ref(),
            InputItem::Skipped(s) => panic!("{s:?}"),
        })
        .collect();
    assert_eq!(articles[0].id, "cr-01");
    assert_eq!(articles[0].source, format!("{label}:2"));
    assert_eq!(articles[0].title.as_deref(), Some("Grève à l’usine"));
    assert_eq!(
        articles[0].text,
        "Les salariés ont voté la grève, à une large majorité.\n\nLa direction dit « prendre acte »."
    );
    assert_eq!(articles[1].source, format!("{label}:5"));
    assert_eq!(articles[1].outlet, None);
    assert_eq!(articles[2].text, "Un texte sans guillemets autour.");
}

#[test]
fn csv_with_broken_quoting_reports_each_bad_record() {
    let path = fixture("records/chantier_broken.csv");
    let label = path.display().to_string();
    let got: Vec<_> = read(&[path]).iter().map(outcome).collect();
    let at = |line: usize| format!("{label}:{line}");
    assert_eq!(got.len(), 5, "{got:?}");
    assert_eq!(got[0], (at(2), Ok(None)));
    assert_eq!(got[1].0, at(3));
    assert!(matches!(&got[1].1, Err(r) if r.starts_with("broken CSV quoting")));
    assert_eq!(got[2].0, at(4));
    assert!(matches!(&got[2].1, Err(r) if r.starts_with("wrong field count: 4 fields")));
    assert_eq!(got[3], (at(5), Ok(None)));
    assert_eq!(got[4].0, at(6));
    assert!(
        matches!(&got[4].1, Err(r) if r.starts_with("broken CSV quoting") && r.contains("lines 6–7")),
        "{:?}",
        got[4]
    );
}

#[test]
fn a_corpus_folder_gives_outlets_from_sub_folders() {
    let root = fixture("corpus");
    let items = read(std::slice::from_ref(&root));
    let rel = |source: &str| {
        source
            .strip_prefix(&format!("{}/", root.display()))
            .unwrap_or(source)
            .to_string()
    };
    let got: Vec<(String, Result<Option<String>, String>)> = items
        .iter()
        .map(outcome)
        .map(|(source, result)| (rel(&source), result))
        .collect();
    let outlet = |o: &str| Ok(Some(o.to_string()));
    assert_eq!(got.len(), 10, "{got:#?}");
    assert_eq!(got[0], ("agence/fil.jsonl:1".into(), outlet("agence")));
    assert_eq!(
        got[1],
        ("agence/fil.jsonl:2".into(), outlet("Agence Centre"))
    );
    assert_eq!(
        got[2],
        (
            "le_quotidien_ouest/2026-03-03_tram.txt".into(),
            outlet("le_quotidien_ouest")
        )
    );
    assert_eq!(
        got[3],
        (
            "le_quotidien_ouest/archives/1998_port.txt".into(),
            outlet("le_quotidien_ouest")
        )
    );
    assert_eq!(got[4].0, "le_quotidien_ouest/photo.jpg");
    assert!(matches!(&got[4].1, Err(r) if r.starts_with("unsupported extension `.jpg`")));
    assert_eq!(got[5].0, "le_quotidien_ouest/scan.txt");
    assert!(matches!(&got[5].1, Err(r) if r.starts_with("binary file")));
    assert_eq!(
        got[6],
        (
            "le_quotidien_ouest/vide.txt".into(),
            Err("empty file (0 bytes)".into())
        )
    );
    assert_eq!(got[7], ("sommaire.txt".into(), Ok(None)));
    assert_eq!(
        got[8],
        ("tribune_libre/LISEZMOI".into(), outlet("tribune_libre"))
    );
    assert_eq!(
        got[9],
        (
            "tribune_libre/edito.md".into(),
            outlet("La Tribune libre (édition du dimanche)")
        )
    );
    let InputItem::Article(port) = &items[3] else {
        unreachable!()
    };
    assert!(
        port.text
            .contains("ont voté la reprise du travail après neuf jours")
    );
    assert!(port.transcoded_from.is_some());
    let InputItem::Article(tram) = &items[2] else {
        unreachable!()
    };
    assert_eq!(tram.id, "2026-03-03_tram");
}

#[test]
fn the_default_outlet_fills_only_articles_without_one() {
    let options = ReadOptions {
        default_outlet: Some("Revue".into()),
        ..ReadOptions::default()
    };
    let items: Vec<_> = read_inputs(
        vec![
            fixture("corpus/sommaire.txt"),
            fixture("text/entretien_front_matter.md"),
        ],
        options,
    )
    .collect();
    let outlets: Vec<_> = items.iter().map(|i| outcome(i).1).collect();
    assert_eq!(
        outlets,
        [
            Ok(Some("Revue".into())),
            Ok(Some("Le Journal du Bocage".into()))
        ]
    );
}

#[test]
fn missing_paths_unsupported_files_and_empty_folders_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("vide");
    std::fs::create_dir(&empty).unwrap();
    std::fs::create_dir(empty.join("sous-dossier")).unwrap();
    std::fs::write(empty.join(".cache"), "caché").unwrap();
    let missing = dir.path().join("absent.txt");
    let odd = dir.path().join("notes.docx");
    std::fs::write(&odd, "pas lu").unwrap();
    let got: Vec<_> = read(&[missing.clone(), odd.clone(), empty.clone()])
        .iter()
        .map(outcome)
        .collect();
    assert_eq!(
        got[0],
        (missing.display().to_string(), Err("no such file".into()))
    );
    assert_eq!(got[1].0, odd.display().to_string());
    assert!(matches!(&got[1].1, Err(r) if r.starts_with("unsupported extension `.docx`")));
    assert_eq!(
        got[2],
        (
            empty.display().to_string(),
            Err("folder holds no articles".into())
        )
    );
    assert_eq!(got.len(), 3);
}

#[cfg(unix)]
#[test]
fn unreadable_files_are_skipped() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.txt");
    std::fs::write(&path, "Un article.").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    let readable_anyway = std::fs::File::open(&path).is_ok();
    let got: Vec<_> = read(std::slice::from_ref(&path))
        .iter()
        .map(outcome)
        .collect();
    // A superuser reads the file regardless of its mode; everyone else must see the reason.
    if readable_anyway {
        assert_eq!(got, [(path.display().to_string(), Ok(None))]);
    } else {
        assert_eq!(
            got,
            [(path.display().to_string(), Err("permission denied".into()))]
        );
    }
}

#[cfg(unix)]
#[test]
fn symbolic_links_to_folders_are_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let outlet = dir.path().join("gazette");
    std::fs::create_dir(&outlet).unwrap();
    std::fs::write(outlet.join("a.txt"), "Un article de la gazette.").unwrap();
    std::os::unix::fs::symlink(dir.path(), outlet.join("boucle")).unwrap();
    let got: Vec<_> = read(&[dir.path().to_path_buf()])
        .iter()
        .map(outcome)
        .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, Ok(Some("gazette".into())));
    assert!(matches!(&got[1].1, Err(r) if r.contains("not followed")));
}

#[test]
fn a_stream_of_text_is_one_article() {
    let text = "\n  Le conseil régional a voté le budget.\nL’opposition s’est abstenue.\n";
    let items: Vec<_> = read_stream(io::Cursor::new(text), ReadOptions::default()).collect();
    let [InputItem::Article(a)] = &items[..] else {
        panic!("{items:?}")
    };
    assert_eq!((a.id.as_str(), a.source.as_str()), ("stdin", "-"));
    assert_eq!(a.text, text);
}

#[test]
fn a_stream_starting_with_a_brace_is_json_lines() {
    let input = "\n{\"text\": \"Premier.\"}\nnon\n{\"id\": \"x\", \"text\": \"Second.\"}\n";
    let got: Vec<_> = read_stream(io::Cursor::new(input), ReadOptions::default())
        .map(|i| match i {
            InputItem::Article(a) => (a.source, a.id),
            InputItem::Skipped(s) => (s.source, s.reason),
        })
        .collect();
    assert_eq!(got[0], ("-:2".into(), "stdin:2".into()));
    assert_eq!(got[1].0, "-:3");
    assert!(got[1].1.starts_with("not JSON"));
    assert_eq!(got[2], ("-:4".into(), "x".into()));
}

/// A reader fed by a channel, like a pipe whose writer is still running.
struct Pipe(mpsc::Receiver<Vec<u8>>, Vec<u8>);

impl Read for Pipe {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.1.is_empty() {
            match self.0.recv() {
                Ok(chunk) => self.1 = chunk,
                Err(_) => return Ok(0),
            }
        }
        let n = buf.len().min(self.1.len());
        buf[..n].copy_from_slice(&self.1[..n]);
        self.1.drain(..n);
        Ok(n)
    }
}

#[test]
fn json_lines_on_a_stream_are_yielded_as_they_arrive() {
    let (lines, pipe) = mpsc::channel();
    let (items_tx, items) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for item in read_stream(Pipe(pipe, Vec::new()), ReadOptions::default()) {
            let id = match item {
                InputItem::Article(a) => a.id,
                InputItem::Skipped(s) => s.reason,
            };
            if items_tx.send(id).is_err() {
                break;
            }
        }
    });
    let wait = std::time::Duration::from_secs(20);
    lines
        .send(b"{\"id\": \"un\", \"text\": \"Premier article.\"}\n".to_vec())
        .unwrap();
    // The second line has not been written yet: the first article must come out anyway.
    assert_eq!(items.recv_timeout(wait).as_deref(), Ok("un"));
    lines
        .send(b"{\"id\": \"deux\", \"text\": \"Second article.\"}\n".to_vec())
        .unwrap();
    assert_eq!(items.recv_timeout(wait).as_deref(), Ok("deux"));
    drop(lines);
    reader.join().unwrap();
    assert!(items.recv().is_err());
}

#[test]
fn a_20_mb_text_without_punctuation_reads_and_normalizes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sans_ponctuation.txt");
    let words = [
        "les",
        "élus",
        "du",
        "conseil",
        "départemental",
        "ont",
        "voté",
        "sans",
        "débat",
        "un",
        "budget",
        "en",
        "hausse",
        "pour",
        "la",
        "quatrième",
        "année",
    ];
    let mut text = String::with_capacity(20 << 20);
    let mut n = 0;
    while text.len() < 20 << 20 {
        text.push_str(words[n % words.len()]);
        text.push(' ');
        n += 1;
    }
    std::fs::write(&path, &text).unwrap();
    let items = read(std::slice::from_ref(&path));
    let [InputItem::Article(a)] = &items[..] else {
        panic!("{items:?}")
    };
    assert_eq!(a.text.len(), text.len());
    let norm = Normalized::new(&a.text, a.body, FoldOptions::default());
    assert!(
        norm.text
            .starts_with("les elus du conseil departemental ont vote")
    );
    assert_eq!(norm.to_raw(Span::new(0, norm.text.len())), a.body);
    assert_eq!(count_words(&a.text), n);
}

#[test]
fn a_long_json_line_and_a_file_without_newlines_read_in_one_piece() {
    let dir = tempfile::tempdir().unwrap();
    let body = "la grève continue ".repeat(300_000);
    let jsonl = dir.path().join("long.jsonl");
    std::fs::write(&jsonl, format!("{{\"text\": \"{body}\"}}")).unwrap();
    let items = read(&[jsonl]);
    let [InputItem::Article(a)] = &items[..] else {
        panic!("{items:?}")
    };
    assert_eq!(a.text, body);
    let csv = dir.path().join("long.csv");
    std::fs::write(&csv, format!("text\n\"{body}\"")).unwrap();
    let items = read(&[csv]);
    let [InputItem::Article(a)] = &items[..] else {
        panic!("{items:?}")
    };
    assert_eq!(a.text, body);
}

proptest::proptest! {
    #[test]
    fn any_bytes_on_a_stream_give_one_item_or_one_per_record(
        bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)
    ) {
        let first = bytes.iter().find(|b| !b.is_ascii_whitespace()).copied();
        let items: Vec<_> = read_stream(io::Cursor::new(bytes.clone()), ReadOptions::default()).collect();
        if first == Some(b'{') {
            let records = bytes
                .split(|&b| b == b'\n')
                .filter(|line| !line.iter().all(u8::is_ascii_whitespace))
                .count();
            proptest::prop_assert_eq!(items.len(), records);
        } else {
            proptest::prop_assert_eq!(items.len(), 1);
            if let InputItem::Article(a) = &items[0] {
                proptest::prop_assert!(a.body.end == a.text.len() && a.text.is_char_boundary(a.body.start));
            }
        }
    }
}

#[test]
fn html_markup_left_by_a_scraper_is_reported_and_the_article_still_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("scraped.jsonl");
    std::fs::write(
        &jsonl,
        concat!(
            r#"{"id":"a","text":"<p>Le ministre a dit &laquo;&nbsp;non&nbsp;&raquo;.</p><p>L&#8217;opposition proteste.</p>"}"#,
            "\n",
            r#"{"id":"b","text":"Le ministre a dit « non ». Moins de 5 % & rien d'autre."}"#,
            "\n"
        ),
    )
    .unwrap();
    let text = dir.path().join("page.txt");
    std::fs::write(
        &text,
        "---\ntitle: <b>pas compté</b>\n---\nUn <em>mot</em> en italique.\n",
    )
    .unwrap();
    let items = read(&[jsonl, text]);
    let articles: Vec<&Article> = items
        .iter()
        .map(|i| match i {
            InputItem::Article(a) => a.as_ref(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(articles.len(), 3);
    let w = &articles[0].warnings;
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains("4 tags and 5 character references, first `<p>`"),
        "{w:?}"
    );
    assert!(
        articles[1].warnings.is_empty(),
        "{:?}",
        articles[1].warnings
    );
    // The front matter is not the body: only the body's two tags count.
    assert!(
        articles[2].warnings[0].contains("(2 tags, first `<em>`)"),
        "{:?}",
        articles[2].warnings
    );
}
