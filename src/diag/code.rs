//! The registry of diagnostic codes: every code `scan` can emit, in one list, so tests
//! and `scan explain --list` can enumerate them. A code is stable: scripts read it from
//! `--format json`, and it is the same in every language.
//!
//! To add a code: add a line below (kept in alphabetical order, so two new codes rarely
//! touch the same line), its messages to `locales/*/diagnostics.ftl`, its explanation to
//! `explain/<lang>/<code>.md`, and a fixture `tests/fixtures/invalid/<code>.toml`.

use std::fmt;

macro_rules! codes {
    ($($variant:ident = $name:literal,)*) => {
        /// A diagnostic code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            /// Every code, in alphabetical order.
            pub const ALL: &[Code] = &[$(Code::$variant,)*];

            /// The code as users see it: kebab-case, e.g. `score-out-of-range`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }
        }
    };
}

codes! {
    ActionWithoutDue = "action-without-due",
    ActionWithoutOwner = "action-without-owner",
    BadCode = "bad-code",
    BadId = "bad-id",
    BadLanguage = "bad-language",
    BadParticipants = "bad-participants",
    BadScale = "bad-scale",
    ControlCharacter = "control-character",
    DefinitionConflict = "definition-conflict",
    DefinitionInvalid = "definition-invalid",
    DuplicateCode = "duplicate-code",
    DuplicateTeam = "duplicate-team",
    EmptyFile = "empty-file",
    EmptyTeam = "empty-team",
    EmptyText = "empty-text",
    EmptyTitle = "empty-title",
    Encoding = "encoding",
    FileTooLarge = "file-too-large",
    GitFailed = "git-failed",
    GitMissing = "git-missing",
    ImportDefinition = "import-definition",
    ImportDuplicateColumn = "import-duplicate-column",
    ImportFile = "import-file",
    ImportMap = "import-map",
    ImportNoItems = "import-no-items",
    ImportNoTeam = "import-no-team",
    ImportReplace = "import-replace",
    ImportRow = "import-row",
    ImportUnknownItem = "import-unknown-item",
    ImportValue = "import-value",
    InvalidFile = "invalid-file",
    LabelCount = "label-count",
    MissingInCommit = "missing-in-commit",
    MissingKey = "missing-key",
    MixedDefinitions = "mixed-definitions",
    MixedVersions = "mixed-versions",
    MomentInvalid = "moment-invalid",
    NaWithScore = "na-with-score",
    NaWithoutText = "na-without-text",
    NoHistory = "no-history",
    NoScanFiles = "no-scan-files",
    NotADefinition = "not-a-definition",
    NotASession = "not-a-session",
    OutputRefused = "output-refused",
    OutputUnwritable = "output-unwritable",
    ScoreOutOfRange = "score-out-of-range",
    Spreadsheet = "spreadsheet",
    TargetOutOfRange = "target-out-of-range",
    TemplateError = "template-error",
    TomlSyntax = "toml-syntax",
    UnansweredItems = "unanswered-items",
    UnknownDefinition = "unknown-definition",
    UnknownItem = "unknown-item",
    UnknownKey = "unknown-key",
    UnknownRevision = "unknown-revision",
    UnknownRole = "unknown-role",
    UnknownStatus = "unknown-status",
    UnknownType = "unknown-type",
    Unreadable = "unreadable",
    UnreadableVersions = "unreadable-versions",
    WrongType = "wrong-type",
}

impl Code {
    /// The code named `name`, for `scan explain CODE`.
    pub fn parse(name: &str) -> Option<Code> {
        let name = name.trim().to_ascii_lowercase();
        Code::ALL.iter().copied().find(|c| c.as_str() == name)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_unique_kebab_case() {
        let names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(names, sorted, "alphabetical, each once");
        for n in names {
            assert!(
                n.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{n}"
            );
            assert_eq!(Code::parse(n).map(Code::as_str), Some(n));
        }
    }
}
