//! Writing a file so that readers, and a process killed midway, see either the
//! old content or the new, never part of it.
//!
//! [`write_atomic`] writes to a temporary file in the target's own folder, flushes
//! it to disk, and renames it over the target: on POSIX file systems `rename` is
//! atomic within a folder, so at every moment the target's name refers to one
//! complete file. A process killed between creating and renaming the temporary
//! file leaves that temporary file behind (named `.<name>.<6 random
//! characters>.tmp`, beside the target) and the target untouched;
//! [`remove_stale_temp_files`] removes such leftovers.
//!
//! The temporary file comes from the `tempfile` crate rather than hand-written
//! code: it is created with `O_EXCL` under a random name, so concurrent writers
//! (threads or processes) never share one, it is deleted on every error path and
//! when a panic unwinds, and its rename replaces an existing target on Windows
//! too.

use std::ffi::OsStr;
use std::fs::{self, Permissions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::error::{Error, Result};

/// The random part of a temporary file's name, in characters.
const RANDOM_CHARS: usize = 6;
/// The temporary file's name: `.<target name>.<random>.tmp`.
const TEMP_SUFFIX: &str = ".tmp";

/// Replaces the file at `path` with `bytes`, atomically: after a crash, a kill or
/// an error at any point, `path` holds either its complete earlier content (or
/// does not exist, if it did not before) or the complete new content.
///
/// Steps: a temporary file `.<name>.<random>.tmp` is created in the folder of
/// `path`, written, flushed to disk (`fsync`), given the permissions of the file
/// it replaces (a new file gets the permissions `std::fs::write` would give it),
/// and renamed over `path`; on Unix the folder is then flushed too, so the rename
/// itself survives a power loss. If `path` is a symbolic link, the link is
/// replaced by a regular file (the file it pointed to is left alone).
///
/// # Errors
///
/// [`ErrorKind::Io`](crate::ErrorKind::Io) naming `path`, with a message that names the folder, when
/// the folder does not exist, is not a folder or cannot be written to; and when
/// writing, flushing or renaming fails (for instance if `path` is a folder). The
/// temporary file is removed on every error. [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) if
/// `path` has no file name (`/`, `..`).
///
/// ```
/// let dir = tempfile::tempdir()?;
/// let path = dir.path().join("report.md");
/// njov::report::write_atomic(&path, b"first")?;
/// njov::report::write_atomic(&path, b"second")?;
/// assert_eq!(std::fs::read(&path)?, b"second");
///
/// // A missing folder is a typed error that names the path, and writes nothing.
/// let err = njov::report::write_atomic(dir.path().join("no/such/folder/report.md"), b"x").unwrap_err();
/// assert!(matches!(err.kind(), njov::ErrorKind::Io { .. }));
/// assert!(err.to_string().contains("does not exist"), "{err}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_atomic(path: impl AsRef<Path>, bytes: &[u8]) -> Result<()> {
    let path = path.as_ref();
    let (folder, name) = split(path)?;
    let shown = path.display().to_string();
    // The operating system's error is kept, as the source of one that
    // says which step failed (and has the same kind).
    let io_error = |source: std::io::Error, message: String| {
        let kind = source.kind();
        let step = Step {
            message,
            source,
            says_all: false,
        };
        Error::io(shown.clone(), std::io::Error::new(kind, step))
    };

    let mut builder = tempfile::Builder::new();
    let prefix = temp_prefix(name);
    builder
        .prefix(&prefix)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(RANDOM_CHARS);
    if let Some(permissions) = permissions_for(path) {
        builder.permissions(permissions);
    }
    let mut temp = builder.tempfile_in(folder).map_err(|e| {
        let folder = folder.display();
        let (message, says_all) = match e.kind() {
            std::io::ErrorKind::NotFound => (format!("the folder {folder} does not exist"), true),
            std::io::ErrorKind::NotADirectory => (format!("{folder} is not a folder"), true),
            _ => (
                format!("cannot create a file in the folder {folder}"),
                false,
            ),
        };
        let step = Step {
            message,
            source: e,
            says_all,
        };
        Error::io(shown.clone(), std::io::Error::new(step.source.kind(), step))
    })?;
    // From here on, dropping `temp` on an error deletes the temporary file.
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| io_error(e, format!("writing {}", temp.path().display())))?;
    temp.persist(path)
        .map_err(|e| io_error(e.error, "replacing the file".to_string()))?;
    sync_folder(folder).map_err(|e| io_error(e, "flushing the folder".to_string()))?;
    Ok(())
}

/// A step of [`write_atomic`] that failed: what it was doing, with the
/// operating system's error as its source.
#[derive(Debug)]
struct Step {
    message: String,
    source: std::io::Error,
    /// Whether the message says all there is to say (the source's text
    /// is then left out of it).
    says_all: bool,
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.says_all {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.message, self.source)
        }
    }
}

impl std::error::Error for Step {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// Removes the temporary files that [`write_atomic`] left beside `path` when its
/// process was killed before the rename, if they are older than `older_than`
/// (by modification time); returns the paths removed.
///
/// Only names of the form `.<name of path>.<6 letters or digits>.tmp` are
/// touched. The age limit protects a write still in progress in another process:
/// pass [`Duration::ZERO`] only when no other process writes `path`.
///
/// # Errors
///
/// [`ErrorKind::Io`](crate::ErrorKind::Io) if the folder cannot be listed or a leftover cannot be
/// removed; [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) if `path` has no file name.
///
/// ```
/// use std::time::Duration;
/// let dir = tempfile::tempdir()?;
/// let path = dir.path().join("report.md");
/// // What a killed write leaves behind:
/// std::fs::write(dir.path().join(".report.md.a1B2c3.tmp"), b"half")?;
/// let removed = njov::report::remove_stale_temp_files(&path, Duration::ZERO)?;
/// assert_eq!(removed.len(), 1);
/// assert_eq!(std::fs::read_dir(dir.path())?.count(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn remove_stale_temp_files(
    path: impl AsRef<Path>,
    older_than: Duration,
) -> Result<Vec<PathBuf>> {
    let path = path.as_ref();
    let (folder, name) = split(path)?;
    let prefix = temp_prefix(name);
    let entries = fs::read_dir(folder).map_err(|e| Error::io(folder.display().to_string(), e))?;
    let now = SystemTime::now();
    let mut removed = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(folder.display().to_string(), e))?;
        let file_name = entry.file_name();
        if !is_temp_name(&file_name, &prefix) {
            continue;
        }
        let candidate = entry.path();
        let age = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .unwrap_or(Duration::ZERO);
        if age < older_than {
            continue;
        }
        match fs::remove_file(&candidate) {
            Ok(()) => removed.push(candidate),
            // Removed meanwhile (by its writer's rename, or another cleaner).
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(candidate.display().to_string(), e)),
        }
    }
    removed.sort();
    Ok(removed)
}

/// The folder (`.` for a bare file name) and the file name of `path`.
fn split(path: &Path) -> Result<(&Path, &OsStr)> {
    let name = path.file_name().ok_or_else(|| {
        Error::invalid_argument("path", path.display(), "a path that names a file")
    })?;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Ok((folder, name))
}

/// `.<name>.`: the start of every temporary file name for the target `name`.
fn temp_prefix(name: &OsStr) -> std::ffi::OsString {
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(name);
    prefix.push(".");
    prefix
}

/// Whether `file_name` is `<prefix><RANDOM_CHARS alphanumerics>.tmp`.
fn is_temp_name(file_name: &OsStr, prefix: &OsStr) -> bool {
    let (Some(file_name), Some(prefix)) = (file_name.to_str(), prefix.to_str()) else {
        return false;
    };
    file_name
        .strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == RANDOM_CHARS && random.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// The permissions the new file gets: those of the file it replaces, or, for a
/// new file, 0o666 less the umask (what `std::fs::write` gives; tempfile's own
/// default, 0o600, would make a report unreadable to others).
#[cfg(unix)]
fn permissions_for(path: &Path) -> Option<Permissions> {
    use std::os::unix::fs::PermissionsExt;
    match fs::metadata(path) {
        Ok(m) if m.is_file() => Some(m.permissions()),
        _ => Some(Permissions::from_mode(0o666)),
    }
}

/// Elsewhere, the permissions of the file it replaces, if any.
#[cfg(not(unix))]
fn permissions_for(path: &Path) -> Option<Permissions> {
    fs::metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.permissions())
}

/// Flushes the folder's entry list, so that the rename is on disk. File systems
/// that cannot flush a folder (they answer "invalid argument") are let be.
#[cfg(unix)]
fn sync_folder(folder: &Path) -> std::io::Result<()> {
    match fs::File::open(folder).and_then(|f| f.sync_all()) {
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::InvalidInput | std::io::ErrorKind::Unsupported
            ) =>
        {
            Ok(())
        }
        other => other,
    }
}

/// Windows has no folder flush through std; the rename is flushed with the file
/// system's metadata.
#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn temp_names_are_recognised_exactly() {
        let prefix = temp_prefix(OsStr::new("report.md"));
        for (name, expected) in [
            (".report.md.a1B2c3.tmp", true),
            (".report.md.a1B2c.tmp", false),
            (".report.md.a1B2c3d.tmp", false),
            (".report.md.a1-2c3.tmp", false),
            ("report.md.a1B2c3.tmp", false),
            (".report.md.a1B2c3.tmp.x", false),
            (".other.md.a1B2c3.tmp", false),
            ("report.md", false),
        ] {
            assert_eq!(is_temp_name(OsStr::new(name), &prefix), expected, "{name}");
        }
    }

    #[test]
    fn a_path_without_a_file_name_is_an_argument_error() {
        for path in ["/", ".."] {
            let err = write_atomic(path, b"x").unwrap_err();
            assert!(
                matches!(err.kind(), ErrorKind::InvalidArgument { .. }),
                "{path}: {err}"
            );
        }
    }
}
