//! `write_atomic` under SIGKILL: a child process (this test binary, re-run on the
//! ignored test `child_writes_forever`) rewrites a multi-megabyte file in a loop
//! and is killed at random moments; after each kill the file must be one complete
//! generation, never a mix or a prefix. The same harness with `std::fs::write`
//! must see partial files, which shows that the kills do land mid-write.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use njov::ErrorKind;
use njov::report::{remove_stale_temp_files, write_atomic};

/// Size of each generation's content.
const SIZE: usize = 4 << 20;
const CHILD_ENV: &str = "NJOV_ATOMIC_CHILD";
/// What the child prints after its first complete write (libtest may print the
/// test's name before it on the same line).
const READY: &str = "njov-atomic-child-ready";

/// Generation `g`'s content: a header naming `g`, then bytes that depend on `g`
/// and on their position, so that a prefix, or a mix of two generations, is
/// told apart from a whole generation.
fn content(g: u64) -> Vec<u8> {
    let header = format!("generation {g:>12}\n");
    let mut v = Vec::with_capacity(SIZE);
    v.extend_from_slice(header.as_bytes());
    let mut x = g.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    while v.len() < SIZE - 4 {
        // xorshift64: cheap position-dependent bytes.
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.push(b'a' + (x % 26) as u8);
    }
    v.extend_from_slice(b"end\n");
    v
}

/// The generation the file holds, if it is one complete generation.
fn whole_generation(bytes: &[u8]) -> Option<u64> {
    let header = std::str::from_utf8(bytes.get(..24)?).ok()?;
    let g: u64 = header.strip_prefix("generation ")?.trim().parse().ok()?;
    (bytes == content(g).as_slice()).then_some(g)
}

/// The child: writes generations 1, 2, 3, ... to the file forever, printing
/// "ready" after the first. Runs only when the parent sets CHILD_ENV.
#[test]
#[ignore = "run by the kill tests as a child process"]
fn child_writes_forever() {
    let Ok(spec) = std::env::var(CHILD_ENV) else {
        return;
    };
    let (mode, path) = spec.split_once(':').unwrap();
    let path = PathBuf::from(path);
    let generations: Vec<Vec<u8>> = (1..=4).map(content).collect();
    let mut i = 0usize;
    loop {
        let bytes = &generations[i % generations.len()];
        match mode {
            "atomic" => write_atomic(&path, bytes).unwrap(),
            "plain" => std::fs::write(&path, bytes).unwrap(),
            other => panic!("{other}"),
        }
        if i == 0 {
            println!("{READY}");
        }
        i += 1;
    }
}

fn spawn_child(mode: &str, path: &Path) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_writes_forever",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, format!("{mode}:{}", path.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Waits for the child's first complete write.
fn wait_ready(child: &mut Child) {
    let stdout = child.stdout.take().unwrap();
    let ready = BufReader::new(stdout)
        .lines()
        .map_while(|l| l.ok())
        .any(|l| l.contains(READY));
    assert!(ready, "the child ended without writing");
}

struct Outcome {
    /// Kills after which the file was one complete generation.
    whole: usize,
    /// Kills after which it was not.
    partial: usize,
    /// Distinct generations seen after kills.
    generations: std::collections::BTreeSet<u64>,
    /// Temporary files found beside the target after kills, in all.
    leftovers: usize,
}

/// Kills a writing child `rounds` times at random moments, each time checking
/// what the file holds.
fn kill_repeatedly(mode: &str, rounds: usize) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.bin");
    write_atomic(&path, &content(0)).unwrap();
    let mut outcome = Outcome {
        whole: 0,
        partial: 0,
        generations: Default::default(),
        leftovers: 0,
    };
    for _ in 0..rounds {
        let mut child = spawn_child(mode, &path);
        wait_ready(&mut child);
        std::thread::sleep(Duration::from_micros(rand::random_range(0..60_000)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let bytes = std::fs::read(&path).unwrap();
        match whole_generation(&bytes) {
            Some(g) => {
                outcome.whole += 1;
                outcome.generations.insert(g);
            }
            None => outcome.partial += 1,
        }
        let leftovers = remove_stale_temp_files(&path, Duration::ZERO).unwrap();
        outcome.leftovers += leftovers.len();
    }
    // After the clean-up only the target is left.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("report.bin")]);
    outcome
}

#[test]
fn a_killed_atomic_write_leaves_the_old_or_the_new_file_whole() {
    let rounds = 25;
    let o = kill_repeatedly("atomic", rounds);
    eprintln!(
        "write_atomic, {rounds} kills: {} whole, {} partial, generations seen {:?}, \
         {} temporary files left behind (removed)",
        o.whole, o.partial, o.generations, o.leftovers
    );
    assert_eq!(o.partial, 0, "a kill left a partial file");
    assert_eq!(o.whole, rounds);
    // The kills landed at different points of the loop, and most of them while a
    // temporary file existed, i.e. mid-write: otherwise the test shows nothing.
    assert!(o.generations.len() >= 2, "{:?}", o.generations);
    assert!(o.leftovers >= 1, "no kill landed mid-write");
}

#[test]
fn a_killed_plain_write_leaves_partial_files() {
    // The control: std::fs::write truncates, then writes, so kills must catch it
    // with a prefix of a generation.
    let o = kill_repeatedly("plain", 25);
    eprintln!(
        "std::fs::write, 25 kills: {} whole, {} partial",
        o.whole, o.partial
    );
    assert!(o.partial >= 1, "no kill landed mid-write");
}

#[test]
fn a_missing_or_unwritable_folder_is_a_typed_error_naming_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/folder/out.md");
    let err = write_atomic(&missing, b"x").unwrap_err();
    let ErrorKind::Io { path, source } = err.kind() else {
        panic!("{err:?}")
    };
    let message = source.to_string();
    assert_eq!(source.kind(), std::io::ErrorKind::NotFound);
    assert_eq!(path, &missing.display().to_string());
    assert!(message.contains("does not exist"), "{message}");
    assert!(
        message.contains(&dir.path().join("no/such/folder").display().to_string()),
        "{message}"
    );
    assert!(!dir.path().join("no").exists());

    // A "folder" that is a file.
    let file = dir.path().join("plain.txt");
    std::fs::write(&file, b"x").unwrap();
    let err = write_atomic(file.join("out.md"), b"x").unwrap_err();
    let ErrorKind::Io { source, .. } = err.kind() else {
        panic!("{err:?}")
    };
    let message = source.to_string();
    assert!(message.contains("is not a folder"), "{message}");

    // A folder without write permission (root may write anyway: then the write
    // must succeed, which is checked instead).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
        let privileged = std::fs::write(locked.join("probe"), b"").is_ok();
        let result = write_atomic(locked.join("out.md"), b"x");
        if privileged {
            eprintln!("running with the right to write in read-only folders: checked the write");
            assert_eq!(std::fs::read(locked.join("out.md")).unwrap(), b"x");
        } else {
            let err = result.unwrap_err();
            let ErrorKind::Io { source, .. } = err.kind() else {
                panic!("{err:?}")
            };
            let message = source.to_string();
            assert!(
                message.contains("cannot create a file in the folder"),
                "{message}"
            );
        }
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

#[test]
fn a_failed_rename_leaves_the_target_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    // The target is a non-empty folder: the rename fails.
    let target = dir.path().join("out.md");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("inside"), b"kept").unwrap();
    let err = write_atomic(&target, b"new").unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Io { .. }), "{err}");
    assert!(err.to_string().contains("replacing the file"), "{err}");
    assert_eq!(std::fs::read(target.join("inside")).unwrap(), b"kept");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("out.md")]);
}

#[cfg(unix)]
#[test]
fn permissions_are_kept_or_as_for_a_plain_write() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;

    // A new file: as std::fs::write makes it (0o666 less the umask), not
    // tempfile's 0o600.
    let plain = dir.path().join("plain");
    std::fs::write(&plain, b"x").unwrap();
    let atomic = dir.path().join("atomic");
    write_atomic(&atomic, b"x").unwrap();
    assert_eq!(mode(&atomic), mode(&plain));

    // A replaced file keeps its mode.
    std::fs::set_permissions(&atomic, std::fs::Permissions::from_mode(0o640)).unwrap();
    write_atomic(&atomic, b"y").unwrap();
    assert_eq!(mode(&atomic), 0o640);
    assert_eq!(std::fs::read(&atomic).unwrap(), b"y");
}

#[test]
fn stale_temporary_files_are_removed_by_age_and_name_only() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.md");
    write_atomic(&target, b"x").unwrap();
    let stale = dir.path().join(".out.md.Ab12Cd.tmp");
    let other = dir.path().join(".other.md.Ab12Cd.tmp");
    let lookalike = dir.path().join(".out.md.old.tmp");
    for p in [&stale, &other, &lookalike] {
        std::fs::write(p, b"half").unwrap();
    }
    // Younger than the limit: kept (a write may be in progress).
    assert!(
        remove_stale_temp_files(&target, Duration::from_secs(3600))
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        remove_stale_temp_files(&target, Duration::ZERO).unwrap(),
        vec![stale.clone()]
    );
    assert!(!stale.exists() && other.exists() && lookalike.exists() && target.exists());
}
