//! Every HTML report of the crate opened in a real browser: Debian's Chromium, headless, driven
//! through chromedriver (the W3C `WebDriver` protocol) at a desktop's 1280 px and a phone's 390 px.
//!
//! On each page: no element wider than the viewport except inside a `.scroll` container, every
//! bar's drawn length proportional to its value, no text outside its SVG, chart text at its
//! size (not shrunk to fit), and no script element or event handler from the data. A
//! screenshot of each page at each width is written to `target/browser/` for people to look
//! at. The negative case shows that the checks catch a table made too wide and a bar of the
//! wrong length.
//!
//! Runs with `--features browser-tests` (as `.ci/run` does after installing `chromium` and
//! `chromium-driver`) and fails, not skips, when the browser or its driver is missing. The
//! paths can be set with `CHROMIUM` and `CHROMEDRIVER`.

#![cfg(feature = "browser-tests")]

mod hostile;

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder};
use serde_json::{Value, json};
use social_services::{
    NetworkReportOptions, Registry, Report, network_report,
    report::{Cell, Column, Section, Table, growth_report, training_report},
};

/// The checks, run in the page; they return a list of problems, empty when the page is fine.
const CHECKS: &str = r#"
const problems = [];
const width = window.innerWidth;
if (width !== arguments[0]) problems.push(`the viewport is ${width} px wide, not ${arguments[0]}`);
const inScroll = (el) => el.parentElement && el.parentElement.closest('.scroll') !== null;
if (document.documentElement.scrollWidth > width + 1) {
  problems.push(`page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`);
}
for (const el of document.body.querySelectorAll('*')) {
  if (inScroll(el)) continue;
  const r = el.getBoundingClientRect();
  if (r.right > width + 1 || r.left < -1) {
    problems.push(`<${el.tagName.toLowerCase()}> from ${Math.round(r.left)} to ${Math.round(r.right)} px, outside the ${width} px viewport and no scroll container`);
  }
}
if (document.querySelectorAll('script').length > 0) problems.push('a script element');
for (const el of document.querySelectorAll('*')) {
  for (const a of el.attributes) {
    if (a.name.toLowerCase().startsWith('on')) problems.push(`event handler ${a.name} on <${el.tagName.toLowerCase()}>`);
  }
}
const value = (text) => {
  const shown = text.slice(text.lastIndexOf(': ') + 2).replace(/[^0-9,]/g, '').replace(',', '.');
  return shown === '' ? 0 : Number(shown);
};
document.querySelectorAll('svg.chart').forEach((svg, n) => {
  const box = svg.getBoundingClientRect();
  const scale = box.width / svg.viewBox.baseVal.width;
  if (Math.abs(scale - 1) > 0.01) problems.push(`chart ${n + 1} drawn at ${scale.toFixed(2)} of its size: its text shrinks`);
  for (const text of svg.querySelectorAll('text')) {
    const r = text.getBoundingClientRect();
    if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
      problems.push(`chart ${n + 1}: text "${text.textContent}" outside its SVG`);
    }
  }
  const columns = svg.querySelector('line') !== null;
  const bars = [...svg.querySelectorAll('g.bar')].map((g) => {
    const r = g.querySelector('rect').getBoundingClientRect();
    return { label: g.querySelector('title').textContent, value: value(g.querySelector('title').textContent), length: columns ? r.height : r.width };
  });
  const top = bars.reduce((a, b) => (b.value > a.value ? b : a), bars[0]);
  for (const bar of bars) {
    const expected = top.value === 0 ? 0 : (bar.value * top.length) / top.value;
    if (Math.abs(bar.length - expected) > 1) {
      problems.push(`chart ${n + 1}: bar "${bar.label}" is ${bar.length.toFixed(1)} px long, expected ${expected.toFixed(1)}`);
    }
  }
  // A stacked bar: its segments touch, left to right, and the whole bar is as long as its
  // total on the scale of the segments.
  for (const stack of svg.querySelectorAll('g.stack')) {
    const label = stack.querySelector(':scope > title').textContent;
    const rects = [...stack.querySelectorAll('g.bar rect')].map((r) => r.getBoundingClientRect());
    for (let i = 1; i < rects.length; i++) {
      if (Math.abs(rects[i].left - rects[i - 1].right) > 1) {
        problems.push(`chart ${n + 1}: the segments of "${label}" do not touch: ${rects[i - 1].right.toFixed(1)} then ${rects[i].left.toFixed(1)}`);
      }
    }
    const length = rects.length === 0 ? 0 : rects[rects.length - 1].right - rects[0].left;
    const expected = top.value === 0 ? 0 : (value(label) * top.length) / top.value;
    if (Math.abs(length - expected) > 1) {
      problems.push(`chart ${n + 1}: stacked bar "${label}" is ${length.toFixed(1)} px long, expected ${expected.toFixed(1)}`);
    }
  }
});
return problems;
"#;

/// Chromedriver on a free port, ended when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start() -> Self {
        let path = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        assert!(
            Path::new(&path).exists(),
            "chromedriver not found at {path}: install Debian's chromium and chromium-driver \
             (apt-get install -y chromium chromium-driver) or set CHROMEDRIVER"
        );
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(&path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {path}: {e}"));
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Self { child, port }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser");
    std::fs::create_dir_all(&dir).expect("target/browser");
    dir
}

/// A browser session `width` px wide, with a fresh profile: a desktop window, or below 500 px
/// (headless Chromium's narrowest window) a phone by Chromium's mobile emulation, which also
/// honours the page's viewport meta element as a phone does.
async fn browser(driver: &Driver, width: u32, profile: &Path) -> Client {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&chromium).exists(),
        "chromium not found at {chromium}: install Debian's chromium (apt-get install -y chromium) \
         or set CHROMIUM"
    );
    let _ = std::fs::remove_dir_all(profile);
    let mut options = json!({
        "binary": chromium,
        "args": [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--hide-scrollbars",
            format!("--user-data-dir={}", profile.display()),
            format!("--window-size={},900", width.max(500)),
        ],
    });
    if width < 500 {
        options["mobileEmulation"] =
            json!({ "deviceMetrics": { "width": width, "height": 844, "pixelRatio": 1.0 } });
    }
    let capabilities = json!({ "goog:chromeOptions": options });
    let Value::Object(capabilities) = capabilities else {
        unreachable!()
    };
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a chromium session")
}

/// Opens `file` and returns the problems the checks find, after a screenshot of the page.
async fn problems(
    client: &Client,
    file: &Path,
    width: u32,
    screenshot: Option<&Path>,
) -> Vec<String> {
    client
        .goto(&format!("file://{}", file.display()))
        .await
        .expect("page opens");
    let result = client
        .execute(CHECKS, vec![json!(width)])
        .await
        .expect("checks run");
    let problems: Vec<String> = serde_json::from_value(result).expect("a list of problems");
    if let Some(path) = screenshot {
        // On a desktop the window grows to the whole page for the screenshot (up to 12 000
        // px), then returns to its size; a phone's screenshot is its first screen.
        let full: u32 = serde_json::from_value(
            client
                .execute("return document.documentElement.scrollHeight", vec![])
                .await
                .expect("page height"),
        )
        .expect("a height");
        let desktop = width >= 500;
        if desktop {
            client
                .set_window_size(width, full.clamp(900, 12_000))
                .await
                .expect("resize");
        }
        let png = client.screenshot().await.expect("screenshot");
        std::fs::write(path, png).expect("screenshot written");
        if desktop {
            client.set_window_size(width, 900).await.expect("resize");
        }
    }
    problems
}

fn registry_from(path: &str) -> Registry {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .expect("data file");
    social_services::io::json::load(&text, &social_services::ValidationOptions::default())
        .expect("valid data")
}

/// A report with a table far longer and wider than a page.
fn long_and_wide() -> Report {
    let columns = (1..=14).map(|n| Column::count(format!("Показатель номер {n}")));
    let mut table = Table::new(
        "Учреждения",
        std::iter::once(Column::text("Учреждение")).chain(columns),
    );
    for row in 1..=120_u64 {
        let cells = (1..=14).map(|n| Cell::count(row * n));
        table
            .push_row(std::iter::once(Cell::text(format!("Учреждение № {row}"))).chain(cells))
            .unwrap();
    }
    let table = table.chart("Показатель номер 3").unwrap();
    Report::new("Длинная и широкая таблица").section(Section::new("Все").table(table))
}

/// A table of institutions by subject and kind with a stacked chart: three subjects, the
/// longest bar 4 (3 + 1).
fn stacked() -> Report {
    let mut table = Table::new(
        "Учреждения по субъектам и видам",
        [
            Column::text("Субъект"),
            Column::text("Вид учреждения"),
            Column::count("Учреждений"),
        ],
    );
    for (region, kind, n) in [
        (
            "Ивановская область",
            "комплексный центр социального обслуживания населения",
            3,
        ),
        (
            "Ивановская область",
            "социально-реабилитационный центр для несовершеннолетних",
            1,
        ),
        (
            "Тульская область",
            "комплексный центр социального обслуживания населения",
            1,
        ),
        ("Тульская область", "семейный МФЦ", 1),
        ("Кабардино-Балкарская Республика", "семейный МФЦ", 2),
    ] {
        table
            .push_row([Cell::text(region), Cell::text(kind), Cell::count(n)])
            .unwrap();
    }
    let table = table.chart_stacked("Учреждений", "Вид учреждения").unwrap();
    Report::new("Учреждения").section(Section::new("Все").table(table))
}

/// Every HTML report of the crate, by file name.
fn pages() -> Vec<(&'static str, String)> {
    let sample = social_services::sample::registry();
    let published = registry_from("data/published_network.json");
    let on = |registry: &Registry| {
        NetworkReportOptions::on(NetworkReportOptions::default_date(registry).unwrap())
    };
    let tula = NetworkReportOptions {
        region: Some("71".parse().unwrap()),
        ..on(&sample)
    };
    let growth_day = NetworkReportOptions::on("2026-12-31".parse().unwrap());
    let hostile = hostile::registry();
    vec![
        ("network", network_report(&sample, &on(&sample)).to_html()),
        ("network-tula", network_report(&sample, &tula).to_html()),
        ("growth", growth_report(&sample, &on(&sample)).to_html()),
        (
            "growth-published",
            growth_report(&published, &growth_day).to_html(),
        ),
        (
            "network-published",
            network_report(&published, &growth_day).to_html(),
        ),
        ("hostile", network_report(&hostile, &on(&hostile)).to_html()),
        ("training", training_report(&sample).to_html()),
        ("training-hostile", training_report(&hostile).to_html()),
        ("long-and-wide", long_and_wide().to_html()),
        ("stacked", stacked().to_html()),
    ]
}

#[tokio::test(flavor = "current_thread")]
async fn every_html_report_fits_a_desktop_and_a_phone_and_draws_true_bars() {
    let dir = out_dir();
    let driver = Driver::start();
    let mut failures = Vec::new();
    let pages = pages();
    for (name, html) in &pages {
        std::fs::write(dir.join(format!("{name}.html")), html).unwrap();
    }
    for width in [1280, 390] {
        let client = browser(&driver, width, &dir.join(format!("profile-{width}"))).await;
        for (name, _) in &pages {
            let shot = dir.join(format!("{name}-{width}.png"));
            for problem in problems(
                &client,
                &dir.join(format!("{name}.html")),
                width,
                Some(&shot),
            )
            .await
            {
                failures.push(format!("{name} at {width} px: {problem}"));
            }
        }
        client.close().await.unwrap();
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test(flavor = "current_thread")]
async fn the_checks_catch_a_table_too_wide_and_a_bar_of_the_wrong_length() {
    let dir = out_dir();
    let driver = Driver::start();
    let client = browser(&driver, 1280, &dir.join("profile-negative")).await;
    let html = long_and_wide().to_html();

    let good = dir.join("negative-good.html");
    std::fs::write(&good, &html).unwrap();
    assert_eq!(
        problems(&client, &good, 1280, None).await,
        Vec::<String>::new()
    );

    // The same table outside its scroll container.
    let wide = dir.join("negative-wide.html");
    std::fs::write(
        &wide,
        html.replacen("<div class=\"scroll\">\n<table>", "<div>\n<table>", 1),
    )
    .unwrap();
    let found = problems(&client, &wide, 1280, None).await;
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("page is ") && p.ends_with("px viewport")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with("<table> from")),
        "{found:?}"
    );

    // The first bar (3 of a largest 150, so 8.0 px of 400) drawn 40 px long.
    let short = dir.join("negative-bar.html");
    assert!(html.contains("width=\"8.0\""));
    std::fs::write(&short, html.replacen("width=\"8.0\"", "width=\"40.0\"", 1)).unwrap();
    let found = problems(&client, &short, 1280, None).await;
    assert_eq!(
        found,
        ["chart 1: bar \"Учреждение № 1: 3\" is 40.0 px long, expected 8.0"]
    );

    // A segment of a stacked bar drawn too long: neither it nor its bar matches its value.
    let html = stacked().to_html();
    let good = dir.join("negative-stacked-good.html");
    std::fs::write(&good, &html).unwrap();
    assert_eq!(
        problems(&client, &good, 1280, None).await,
        Vec::<String>::new()
    );
    let segment = "width=\"200.0\"";
    assert_eq!(html.matches(segment).count(), 1, "{html}");
    let wrong = dir.join("negative-stacked.html");
    std::fs::write(&wrong, html.replacen(segment, "width=\"240.0\"", 1)).unwrap();
    assert_eq!(
        problems(&client, &wrong, 1280, None).await,
        [
            "chart 1: bar \"Кабардино-Балкарская Республика — семейный МФЦ: 2\" is 240.0 px long, expected 200.0",
            "chart 1: stacked bar \"Кабардино-Балкарская Республика: 2\" is 240.0 px long, expected 200.0",
        ]
    );
    // A segment moved off the end of the one before it.
    let first = "<rect x=\"295.0\" y=\"8\" width=\"300.0\"";
    assert_eq!(html.matches(first).count(), 1, "{html}");
    let apart = dir.join("negative-stacked-apart.html");
    std::fs::write(
        &apart,
        html.replacen("<rect x=\"595.0\" y=\"8\"", "<rect x=\"605.0\" y=\"8\"", 1),
    )
    .unwrap();
    let found = problems(&client, &apart, 1280, None).await;
    assert!(
        found
            .iter()
            .any(|p| p
                .starts_with("chart 1: the segments of \"Ивановская область: 4\" do not touch")),
        "{found:?}"
    );
    client.close().await.unwrap();
}
