//! The command line: a clap tree where each subcommand is a module with its `run`.
//!
//! Handlers write into an output buffer that is printed only after their work (and its
//! transaction) is done, so nothing claims a write that did not happen.

mod args;
mod backup;
mod checkin;
mod commitment;
mod config;
mod connect;
mod coping;
mod demo;
mod doctor;
mod encryption;
mod export;
mod goal;
mod growth;
mod help;
mod import;
mod journal;
mod med;
mod meeting;
mod paths;
mod person;
mod plan;
mod profile;
mod records;
mod refusal;
mod selfcheck;
mod shell;
mod stats;
mod status;
mod sync;
mod sync_on_open;
mod tracker;
mod trigger;
mod uses;

use crate::clock::Clock;
use crate::error::{Error, Result, line_to_stderr};
use crate::paths::Paths;
use crate::secret::Source;
use crate::settings::Loaded;
use crate::store::Store;
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use serde::Serialize;

pub use crate::domain::one_line;
pub use help::command;
pub use refusal::line as refusal_line;
use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

/// Appends a line to an output buffer.
macro_rules! say {
    ($out:expr) => { $out.push('\n') };
    ($out:expr, $($t:tt)*) => {{ use std::fmt::Write as _; let _ = writeln!($out, $($t)*); }};
}
pub(crate) use say;

// The command line as parsed. Its help text is set from the catalog at run time: parse
// with `command()`, not `Cli::parse()`.
#[derive(Debug, Parser)]
#[command(name = "tend", version)]
pub struct Cli {
    #[arg(long, global = true, env = "TEND_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    #[arg(long, global = true)]
    pub json: bool,

    #[arg(long, global = true, env = "TEND_NOW", hide = true, value_parser = chrono::DateTime::parse_from_rfc3339)]
    pub now: Option<chrono::DateTime<chrono::FixedOffset>>,

    #[arg(long, global = true, value_name = "N")]
    pub passphrase_fd: Option<i32>,

    #[arg(
        long,
        global = true,
        env = "TEND_PASSPHRASE_FILE",
        value_name = "PATH",
        hide = true
    )]
    pub passphrase_file: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Checkin(checkin::Args),
    #[command(subcommand)]
    Journal(journal::Cmd),
    #[command(subcommand)]
    Commitment(commitment::Cmd),
    #[command(subcommand)]
    Goal(goal::Cmd),
    #[command(subcommand)]
    Trigger(trigger::Cmd),
    #[command(subcommand)]
    Coping(coping::Cmd),
    #[command(subcommand)]
    Plan(plan::Cmd),
    #[command(subcommand)]
    Person(person::Cmd),
    #[command(subcommand)]
    Meeting(meeting::Cmd),
    Connect(connect::Args),
    #[command(subcommand)]
    Use(uses::Cmd),
    #[command(subcommand)]
    Med(med::Cmd),
    #[command(subcommand)]
    Tracker(tracker::Cmd),
    #[command(subcommand, visible_alias = "setback")]
    Growth(growth::Cmd),
    #[command(subcommand, alias = "assess")]
    SelfCheck(selfcheck::Cmd),
    Stats(stats::Args),
    #[command(subcommand)]
    Profile(profile::Cmd),
    Paths,
    #[command(subcommand)]
    Config(config::Cmd),
    Encrypt(encryption::NewPassphraseArgs),
    Decrypt,
    Passphrase(encryption::NewPassphraseArgs),
    Backup(backup::BackupArgs),
    Backups,
    Restore(backup::RestoreArgs),
    Doctor,
    Status(status::Args),
    Completions(shell::CompletionsArgs),
    Man,
    #[command(subcommand)]
    Export(export::Cmd),
    Import(import::Args),
    Demo(demo::Args),
    Sync(sync::Args),
}

/// What every handler gets: the open store, today's date, and the output buffer.
pub struct Ctx {
    pub store: Store,
    /// The settings file's values (defaults where it had none or a bad one).
    pub settings: crate::settings::Settings,
    pub today: NaiveDate,
    pub json: bool,
    pub out: String,
}

impl Ctx {
    /// Prints `value` as JSON, or the human text `human` makes.
    pub fn show<T: Serialize + ?Sized>(
        &mut self,
        value: &T,
        human: impl FnOnce(&mut String),
    ) -> Result<()> {
        if self.json {
            let s =
                serde_json::to_string_pretty(value).map_err(|e| Error::Message(e.to_string()))?;
            say!(self.out, "{s}");
        } else {
            human(&mut self.out);
        }
        Ok(())
    }

    pub fn clock(&self) -> Clock {
        self.store.clock()
    }
}

/// Opens the journal, asking for the passphrase when it is encrypted: from the fd or
/// file given, else on the terminal (three tries).
pub fn open_store(paths: &Paths, clock: Clock, source: &Source) -> Result<Store> {
    if crate::store::kind(&paths.database)? != crate::store::Kind::Encrypted {
        return Store::open(&paths.database, clock);
    }
    let interactive = source.fd.is_none() && source.file.is_none();
    for attempt in 1..=3 {
        let key = source.current(&format!("{} ", t!("cli-passphrase-journal")))?;
        let Some(key) = key else {
            return Err(Error::Locked {
                path: paths.database.clone(),
            });
        };
        match Store::open_with(&paths.database, clock, Some(key)) {
            Err(Error::WrongPassphrase { .. }) if interactive && attempt < 3 => {
                line_to_stderr(t!("cli-passphrase-try-again"));
            }
            other => return other,
        }
    }
    unreachable!("the third attempt returns")
}

/// The first use of each day makes a backup, once the command's output is out (the
/// full-screen app: once its first screen is drawn); a failure is reported but never
/// blocks.
fn daily_backup(store: &Store, paths: &Paths, keep: crate::domain::retention::Retention) {
    report_backup(backup_and_prune(store, paths, keep));
}

/// Today's backup, then retention in every other backups folder the journal has used.
fn backup_and_prune(
    store: &Store,
    paths: &Paths,
    keep: crate::domain::retention::Retention,
) -> Result<Option<PathBuf>> {
    let made = store.daily_backup(&paths.backups, store.today()?, keep)?;
    // A folder an older tend named from the path as typed is remembered too, so that
    // encrypting by any path finds it.
    for dir in paths.backups_also.iter().filter(|d| d.is_dir()) {
        store.note_backups_folder(dir)?;
    }
    let noted = store.backups_folders()?;
    for dir in crate::paths::all_backups(paths, &noted).iter().skip(1) {
        crate::store::backup::prune(dir, keep)?;
    }
    Ok(made)
}

fn report_backup(done: Result<Option<PathBuf>>) {
    match done {
        Ok(_) => {}
        Err(e @ Error::Damaged { .. }) => line_to_stderr(format_args!("tend: {e}")),
        Err(e) => {
            line_to_stderr(format_args!(
                "tend: {}",
                t!("cli-backup-daily-failed", error = e.to_string())
            ));
        }
    }
}

/// The day's backup for the full-screen app, on a thread with a connection of its own,
/// started after the first frame: the person never waits for it. Joined at exit.
fn backup_in_background(
    store: &Store,
    paths: &Paths,
    keep: crate::domain::retention::Retention,
) -> impl FnOnce() -> std::thread::JoinHandle<()> + use<> {
    let (path, clock, key) = (
        store.path().to_path_buf(),
        store.clock(),
        store.key().cloned(),
    );
    let paths = paths.clone();
    move || {
        std::thread::spawn(move || {
            let done = Store::open_with(&path, clock, key)
                .and_then(|s| backup_and_prune(&s, &paths, keep));
            report_backup(done);
        })
    }
}

/// What every command starts from: where things are, the clock, where passphrases
/// come from, and the settings file as read.
struct Setup {
    paths: Paths,
    clock: Clock,
    source: Source,
    loaded: Loaded,
    json: bool,
}

/// A command either done without the journal open, or one that needs it.
enum Handled {
    Done(String),
    NeedsJournal(Box<Command>),
}

/// Sets the language words are shown in (the settings file's `language`, else the
/// locale's), before the command line is read so that `--help` and clap's refusals
/// use it too.
pub fn choose_language() {
    let loaded = Paths::resolve(None)
        .ok()
        .map(|p| crate::settings::load(&p.config));
    let settings = loaded
        .as_ref()
        .map(|l| l.settings.clone())
        .unwrap_or_default();
    crate::catalog::set_language(settings.language_in_effect().language);
    *READ_AT_START.lock().unwrap_or_else(PoisonError::into_inner) = loaded;
}

/// The settings file as `choose_language` read it, for the command that follows to
/// use rather than read it again.
static READ_AT_START: Mutex<Option<crate::settings::Loaded>> = Mutex::new(None);

/// The settings file at `path`: the reading made at start when it is of this file and
/// found nothing wrong (taken, so it is used once), else read now.
fn settings_at(path: &std::path::Path) -> crate::settings::Loaded {
    let early = READ_AT_START
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take();
    match early {
        // A problem's words were written before the language was known: read again.
        Some(loaded) if loaded.path == path && loaded.problems.is_empty() => loaded,
        _ => crate::settings::load(path),
    }
}

/// Runs a parsed command line, handing what to print on stdout to `print` (before the
/// day's backup is made, so that the person never waits for it).
pub fn run(cli: Cli, print: &mut dyn FnMut(String)) -> Result<()> {
    let paths = Paths::resolve(cli.db.as_deref())?;
    let setup = Setup {
        clock: cli.now.map_or(Clock::System, Clock::Fixed),
        source: Source {
            fd: cli.passphrase_fd,
            file: cli.passphrase_file,
            ..Source::default()
        },
        loaded: settings_at(&paths.config),
        paths,
        json: cli.json,
    };
    if setup.json {
        refuse_json(cli.command.as_ref())?;
    }
    let _lock = begin(cli.command.as_ref(), &setup.paths)?;
    let Some(command) = cli.command else {
        return full_screen(&setup);
    };
    match without_journal(command, &setup)? {
        Handled::Done(out) => {
            print(out);
            Ok(())
        }
        Handled::NeedsJournal(command) => with_journal(*command, &setup, print),
    }
}

/// Refuses `--json` for what has no JSON to give (documents, interactive commands, the
/// full-screen app), before anything runs; every other command prints JSON with it.
fn refuse_json(command: Option<&Command>) -> Result<()> {
    let words: &[&str] = match command {
        None => return Err(Error::invalid("json", t!("cli-json-refused-app"))),
        Some(Command::Completions(_)) => &["completions"],
        Some(Command::Man) => &["man"],
        Some(Command::Doctor) => &["doctor"],
        Some(Command::Demo(_)) => &["demo"],
        Some(Command::Encrypt(_)) => &["encrypt"],
        Some(Command::Decrypt) => &["decrypt"],
        Some(Command::Passphrase(_)) => &["passphrase"],
        Some(Command::Restore(_)) => &["restore"],
        Some(Command::Config(config::Cmd::Show { .. })) => &["config", "show"],
        Some(Command::Config(config::Cmd::Edit)) => &["config", "edit"],
        Some(Command::Export(export::Cmd::Summary { .. })) => &["export", "summary"],
        Some(Command::SelfCheck(selfcheck::Cmd::Take { .. })) => &["self-check", "take"],
        Some(_) => return Ok(()),
    };
    let command = format!("tend {}", words.join(" "));
    Err(Error::invalid(
        "json",
        t!("cli-json-refused", command = command),
    ))
}

/// Before the journal is opened: cleans up after an interrupted tend (one line on
/// stderr says what was done), then holds the journal folder's lock, shared, while this
/// tend uses the journal. The commands that replace the file take it exclusively
/// themselves; those that only show paths or a prompt line do neither.
fn begin(command: Option<&Command>, paths: &Paths) -> Result<Option<crate::store::place::Lock>> {
    if let Some(
        Command::Paths
        | Command::Status(_)
        | Command::Completions(_)
        | Command::Man
        | Command::Config(_),
    ) = command
    {
        return Ok(None);
    }
    if let Some(line) = crate::store::recover::recover(&paths.database, &paths.backups) {
        line_to_stderr(line);
    }
    match command {
        Some(
            Command::Encrypt(_) | Command::Decrypt | Command::Passphrase(_) | Command::Restore(_),
        ) => Ok(None),
        _ => crate::store::place::Lock::shared(&paths.database).map(Some),
    }
}

/// `tend` alone: unlock on the full screen when the journal is encrypted and no
/// passphrase was given, then run the app; with `sync_on_open`, sync before it opens
/// and after it closes.
fn full_screen(s: &Setup) -> Result<()> {
    let db = &s.paths.database;
    // The app saves drafts and check-ins as the person types: it needs to write.
    if let Some(why) = crate::store::write_denied(db).filter(|_| db.exists()) {
        crate::store::kind(db)?;
        return Err(Error::ReadOnly {
            path: db.clone(),
            why,
        });
    }
    let encrypted = crate::store::kind(db)? == crate::store::Kind::Encrypted;
    let opener = |key| Store::open_with(db, s.clock, key);
    let mut store = if encrypted && s.source.fd.is_none() && s.source.file.is_none() {
        crate::tui::unlock(opener)?
    } else {
        open_store(&s.paths, s.clock, &s.source)?
    };
    sync_day_start(&store, &s.loaded.settings)?;
    store.set_drink_grams(s.loaded.settings.drink_grams());
    let opts = crate::sync::Options {
        forget_after_days: i64::from(s.loaded.settings.sync_forget_after_days),
    };
    let mut synced = sync_on_open::SyncOnOpen::before(&store, s.loaded.settings.sync_on_open, opts);
    let mut backup = Some(backup_in_background(
        &store,
        &s.paths,
        s.loaded.settings.retention,
    ));
    let mut running = None;
    let exports = s.paths.exports.clone();
    let ran = crate::tui::run(
        &mut store,
        &s.loaded,
        &exports,
        synced.notice.take(),
        &mut || {
            running = backup.take().map(|start| start());
        },
    );
    if let Some(job) = running {
        let _ = job.join();
    }
    if ran.is_ok() {
        synced.after(&store);
    }
    ran
}

/// The commands that work on files and paths themselves (or on nothing), and so must
/// not open the journal first: it may be missing, locked, or about to be replaced.
fn without_journal(command: Command, s: &Setup) -> Result<Handled> {
    let (paths, clock, source) = (&s.paths, s.clock, &s.source);
    let out = match command {
        Command::Paths => paths::run(paths, s.json),
        Command::Demo(a) => demo::run(&a, &paths.database, clock),
        Command::Encrypt(a) => encryption::encrypt(&a, paths, clock, source),
        Command::Decrypt => encryption::decrypt(paths, clock, source),
        Command::Passphrase(a) => encryption::passphrase(&a, paths, clock, source),
        Command::Doctor => doctor::run(paths, clock, source),
        Command::Status(a) => status::run(&a, paths, clock, s.json),
        Command::Completions(a) => Ok(shell::completions(&a)),
        Command::Man => shell::man(),
        Command::Config(c) => config::run(c, &s.loaded, s.json),
        Command::Restore(a) => backup::restore(a, paths, clock, source),
        other => return Ok(Handled::NeedsJournal(Box::new(other))),
    }?;
    Ok(Handled::Done(out))
}

/// Opens the journal (after the settings file has been checked), runs a command on it,
/// hands its output to `print`, then makes the day's backup.
fn with_journal(command: Command, s: &Setup, print: &mut dyn FnMut(String)) -> Result<()> {
    // A script gets the settings file's first bad value as its error; warnings go to
    // stderr. (Interactive tend starts with defaults for those instead.)
    if let Some(e) = s.loaded.first_error() {
        return Err(Error::Settings(e));
    }
    for w in s.loaded.warnings() {
        line_to_stderr(format_args!("tend: {w}"));
    }
    // A dry run with no journal yet rehearses on an empty one in memory: it must not
    // create the file (or a backup of it).
    let scratch =
        matches!(&command, Command::Import(a) if a.dry_run()) && !s.paths.database.exists();
    // An import that is refused leaves no empty journal behind it on a new profile.
    let importing = matches!(&command, Command::Import(_)) && !scratch;
    let fresh = importing.then(|| New::of(&s.paths.database)).flatten();
    let store = if scratch {
        Store::scratch(&s.paths.database, s.clock)?
    } else {
        open_store(&s.paths, s.clock, &s.source)?
    };
    sync_day_start(&store, &s.loaded.settings)?;
    store.set_drink_grams(s.loaded.settings.drink_grams());
    let backup = !scratch && !matches!(command, Command::Backup(_) | Command::Backups);
    let today = store.today()?;
    let mut ctx = Ctx {
        store,
        settings: s.loaded.settings.clone(),
        today,
        json: s.json,
        out: String::new(),
    };
    let done = dispatch(command, &mut ctx, &s.paths);
    let done = ctx.store.note_damage(done);
    if done.is_ok() {
        print(std::mem::take(&mut ctx.out));
    } else if let Some(new) = fresh {
        drop(ctx);
        new.remove();
        return done;
    }
    if backup && !ctx.store.is_damaged() {
        daily_backup(&ctx.store, &s.paths, s.loaded.settings.retention);
    }
    done
}

/// A journal about to be made by this command, and the folders made for it: what to
/// remove when the command is refused, so that nothing it made is left behind.
struct New {
    file: PathBuf,
    /// The folders that did not exist yet, innermost first.
    folders: Vec<PathBuf>,
}

impl New {
    /// The journal at `path`, when there is nothing there yet.
    fn of(path: &std::path::Path) -> Option<New> {
        std::fs::symlink_metadata(path).is_err().then_some(())?;
        let folders = path
            .ancestors()
            .skip(1)
            .take_while(|d| !d.as_os_str().is_empty() && std::fs::symlink_metadata(d).is_err())
            .map(std::path::Path::to_path_buf)
            .collect();
        Some(New {
            file: path.to_path_buf(),
            folders,
        })
    }

    /// Removes the journal file with its -wal, -shm and -journal, then the folders
    /// made for it if they are empty.
    fn remove(self) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut p = self.file.clone().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
        for d in &self.folders {
            if std::fs::remove_dir(d).is_err() {
                break;
            }
        }
    }
}

/// Hands a command that works on the open journal to its module.
fn dispatch(command: Command, ctx: &mut Ctx, paths: &Paths) -> Result<()> {
    match command {
        Command::Checkin(a) => checkin::run(a, ctx),
        Command::Journal(c) => journal::run(c, ctx),
        Command::Commitment(c) => commitment::run(c, ctx),
        Command::Goal(c) => goal::run(c, ctx),
        Command::Trigger(c) => trigger::run(c, ctx),
        Command::Coping(c) => coping::run(c, ctx),
        Command::Person(c) => person::run(c, ctx),
        Command::Meeting(c) => meeting::run(c, ctx),
        Command::Connect(a) => connect::run(a, ctx),
        Command::Use(c) => uses::run(c, ctx),
        Command::Tracker(c) => tracker::run(c, ctx),
        Command::Med(c) => med::run(c, ctx),
        Command::Plan(c) => plan::run(c, ctx),
        Command::Growth(c) => growth::run(c, ctx),
        Command::SelfCheck(c) => selfcheck::run(c, ctx),
        Command::Stats(a) => stats::run(a, ctx),
        Command::Profile(c) => profile::run(c, ctx),
        Command::Export(c) => export::run(c, ctx),
        Command::Backup(a) => backup::backup(a, ctx, paths),
        Command::Backups => backup::backups(ctx, paths),
        // An import reads a whole file in: the journal is then read whole once.
        Command::Import(a) => import::run(a, ctx).and_then(|()| ctx.store.check_whole()),
        Command::Sync(a) => sync::run(a, ctx),
        Command::Paths
        | Command::Demo(_)
        | Command::Encrypt(_)
        | Command::Decrypt
        | Command::Passphrase(_)
        | Command::Doctor
        | Command::Status(_)
        | Command::Completions(_)
        | Command::Man
        | Command::Config(_)
        | Command::Restore(_) => unreachable!("handled before the journal is opened"),
    }
}

/// The settings file owns the day-start hour when it sets one: copy it to the journal
/// (which re-dates entries to match) when they differ.
fn sync_day_start(store: &Store, s: &crate::settings::Settings) -> Result<()> {
    if let Some(h) = s.day_start_hour.filter(|_| store.read_only().is_none()) {
        let p = store.profile()?;
        if p.day_start_hour != h {
            store.write(|w| {
                w.set_profile(&crate::domain::Profile {
                    day_start_hour: h,
                    ..p
                })
            })?;
        }
    }
    Ok(())
}

/// Reads the text argument: `-` means standard input; `None` stays `None`.
pub fn text_arg(text: Option<String>) -> Result<Option<String>> {
    match text.as_deref() {
        Some("-") => {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
            Ok(Some(s))
        }
        _ => Ok(text),
    }
}
