//! The HTML report rendered by a real browser: headless Chromium loads the
//! page of each dataset, its DOM holds the summary, the judged statements
//! and the inline figures, and it asks the network for nothing (every
//! request of the browser goes to a local proxy that counts connections).
//! Screenshots at a phone's width and a desktop's are written to the
//! target directory for a person to look at.
//!
//! Without Chromium (set `CHROMIUM` to its path, or put `chromium` on the
//! `PATH`; Debian: `apt-get install -y chromium`) the tests fail in CI
//! (`CI=true`, set by `.ci/run`, which installs Chromium) and elsewhere skip
//! with a notice written past the test harness's capture, so that it shows.

use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use njov::{Dataset, Format, Report};

/// The Chromium binary: `$CHROMIUM`, or the first of the usual names on
/// the `PATH`.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome", "chrome"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// The Chromium to run, or, when there is none: a failure in CI, where
/// `.ci/run` installs it, and a notice that the test is skipped elsewhere.
fn chromium_or_skip(test: &str) -> Option<PathBuf> {
    if let Some(browser) = chromium() {
        return Some(browser);
    }
    let in_ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    assert!(
        !in_ci,
        "{test}: no Chromium found in CI (CI={}): .ci/run installs it (apt-get install -y chromium), or set CHROMIUM",
        std::env::var("CI").unwrap_or_default()
    );
    // Past the harness's capture of print!, so that the skip is seen.
    use std::io::Write as _;
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {test}: no Chromium found (set CHROMIUM or install it: apt-get install -y chromium); in CI this fails"
    );
    None
}

/// A local proxy that accepts every connection and records the host each
/// request asks for (from `CONNECT host:port` or `GET http://host/...`):
/// any request the browser makes to the network reaches it.
struct Proxy {
    port: u16,
    hosts: Arc<Mutex<Vec<String>>>,
}

impl Proxy {
    fn start() -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let hosts = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&hosts);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let seen = Arc::clone(&seen);
                // One thread a connection, so that a silent one holds up no
                // other.
                std::thread::spawn(move || {
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
                    let mut buf = [0u8; 512];
                    // A connection closed with nothing sent (a socket the
                    // browser opened ahead and closed unused when it quit)
                    // asks the network for nothing; one silent for 30 s
                    // counts, as '?'.
                    let n = match stream.read(&mut buf) {
                        Ok(0) => return,
                        Ok(n) => n,
                        Err(_) => 0,
                    };
                    let head = String::from_utf8_lossy(&buf[..n]);
                    let target = head.split_whitespace().nth(1).unwrap_or("?");
                    let host = target
                        .trim_start_matches("http://")
                        .trim_start_matches("https://")
                        .split(['/', ':'])
                        .next()
                        .unwrap_or("?")
                        .to_string();
                    seen.lock().unwrap().push(host);
                });
            }
        });
        Proxy { port, hosts }
    }

    /// The hosts requested that are not the browser's own services.
    ///
    /// Chromium asks Google's update, time and account services for itself
    /// even with background networking disabled; those requests are not
    /// the page's (the page names no address at all, checked on its DOM).
    fn page_requests(&self) -> Vec<String> {
        let own = ["google.com", "googleapis.com", "gvt1.com", "gstatic.com"];
        self.hosts
            .lock()
            .unwrap()
            .iter()
            .filter(|h| !own.iter().any(|d| *h == d || h.ends_with(&format!(".{d}"))))
            .cloned()
            .collect()
    }
}

/// Runs headless Chromium on a file with a fresh profile and the proxy,
/// and returns its standard output.
fn run_chromium(browser: &Path, proxy: &Proxy, page: &Path, extra: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-default-apps",
            "--disable-domain-reliability",
            "--no-pings",
            "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--proxy-server=http://127.0.0.1:{}", proxy.port))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let mut out = String::new();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.read_to_string(&mut s).map(|_| s)
    });
    let start = Instant::now();
    loop {
        match child.try_wait().unwrap() {
            Some(status) => {
                assert!(status.success(), "chromium failed: {status}");
                break;
            }
            None if start.elapsed() > Duration::from_secs(120) => {
                let _ = child.kill();
                panic!("chromium did not finish in 120 s");
            }
            None => std::thread::sleep(Duration::from_millis(100)),
        }
    }
    out.push_str(&reader.join().unwrap().unwrap());
    out
}

/// The width and height of a PNG, from its IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&bytes[16..20]), be(&bytes[20..24]))
}

#[test]
fn the_page_renders_in_headless_chromium_and_asks_the_network_for_nothing() {
    let Some(browser) =
        chromium_or_skip("the_page_renders_in_headless_chromium_and_asks_the_network_for_nothing")
    else {
        return;
    };
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html_render");
    std::fs::create_dir_all(&out_dir).unwrap();
    let proxy = Proxy::start();
    for dataset in ["njov1", "njov_trends"] {
        let ds = Dataset::load(dataset, None).unwrap();
        let report = Report::build(&ds).unwrap();
        let page = out_dir.join(format!("{dataset}.html"));
        std::fs::write(&page, report.render(Format::Html).unwrap()).unwrap();

        // The DOM after the page loaded.
        let dom = run_chromium(&browser, &proxy, &page, &["--dump-dom".to_string()]);
        assert!(
            dom.contains("<section id=\"summary\">"),
            "{dataset}: no summary"
        );
        for heading in ["What holds", "What does not hold", "What cannot be checked"] {
            assert!(dom.contains(heading), "{dataset}: {heading}");
        }
        for c in &report.claims {
            assert!(dom.contains(&c.claim.id), "{dataset}: {}", c.claim.id);
        }
        let svgs = dom.matches("<svg").count();
        if cfg!(feature = "plot") {
            // Each figure inline in its wide and its narrow layout.
            assert_eq!(svgs, 2, "{dataset}: {svgs} inline SVGs");
        }
        assert!(dom.contains(&ds.provenance().checksum), "{dataset}");
        // The page names no address: the only URL is the SVG namespace.
        let addresses = dom.matches("http://").count() + dom.matches("https://").count();
        assert_eq!(
            addresses,
            dom.matches("xmlns=\"http://www.w3.org/2000/svg\"").count(),
            "{dataset}: an address in the page"
        );

        // Screenshots at a phone's width and a desktop's.
        for (name, width) in [("phone", 390u32), ("desktop", 1280)] {
            let png = out_dir.join(format!("{dataset}-{name}.png"));
            let _ = std::fs::remove_file(&png);
            run_chromium(
                &browser,
                &proxy,
                &page,
                &[
                    format!("--screenshot={}", png.display()),
                    format!("--window-size={width},2000"),
                ],
            );
            let bytes = std::fs::read(&png).expect("a screenshot");
            assert_eq!(png_size(&bytes), (width, 2000), "{}", png.display());
            println!("screenshot: {}", png.display());
        }
    }
    // Give a late request time to arrive, then: none from the page.
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(
        proxy.page_requests(),
        Vec::<String>::new(),
        "the browser made a network request while showing the report"
    );
}

/// The proxy is live: a page's request to the network through it is
/// recorded (so that none above means no request, not a deaf proxy).
#[test]
fn the_proxy_counts_a_request() {
    let Some(browser) = chromium_or_skip("the_proxy_counts_a_request") else {
        return;
    };
    let proxy = Proxy::start();
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("fetch.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html><body><img src=\"http://example.invalid/x.png\"></body></html>",
    )
    .unwrap();
    run_chromium(&browser, &proxy, &page, &["--dump-dom".to_string()]);
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(proxy.page_requests(), ["example.invalid"]);
}

/// The annotated page of `njov scan --format html`: a text of the document
/// corpus with planted errors, each statement marked by its verdict in a
/// word as well as a colour, renders in headless Chromium with its notes,
/// asking the network for nothing.
#[test]
fn the_scan_page_renders_with_every_verdict_in_words() {
    let Some(browser) = chromium_or_skip("the_scan_page_renders_with_every_verdict_in_words")
    else {
        return;
    };
    let doc: toml::Value = toml::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/data/documents/planted/01-arrests-tripled-news.toml"),
        )
        .unwrap(),
    )
    .unwrap();
    let text = doc["text"].as_str().unwrap();
    let scan = njov::study::scan_all(text, &[]).unwrap();
    assert!(
        scan.findings
            .iter()
            .any(|f| f.verdict == njov::Verdict::Inconsistent),
        "the planted text has an error the scan finds"
    );
    let html =
        njov::report::render_document(&njov::report::scan_page(&scan, text).unwrap(), Format::Html)
            .unwrap();
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html_render");
    std::fs::create_dir_all(&out_dir).unwrap();
    let page = out_dir.join("scan.html");
    std::fs::write(&page, html).unwrap();
    let proxy = Proxy::start();
    let dom = run_chromium(&browser, &proxy, &page, &["--dump-dom".to_string()]);
    for f in scan
        .findings
        .iter()
        .filter(|f| f.status == njov::study::FindingStatus::Matched)
    {
        let figure = f.figure.as_deref().unwrap().replace('>', "&gt;");
        assert!(dom.contains(&figure), "{figure} is not on the page");
        // The verdict in a word inside the mark of its words.
        let mark = format!("{}</sup></mark>", f.verdict);
        assert!(dom.contains(&mark), "no '{mark}' for {}", f.wording);
    }
    let png = out_dir.join("scan-phone.png");
    let _ = std::fs::remove_file(&png);
    run_chromium(
        &browser,
        &proxy,
        &page,
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=390,2000".to_string(),
        ],
    );
    assert_eq!(png_size(&std::fs::read(&png).unwrap()), (390, 2000));
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(proxy.page_requests(), Vec::<String>::new());
}
