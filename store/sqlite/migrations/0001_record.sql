-- accord's record, SQLite dialect. Append-only: change the schema in a new file.

-- Reports as read: kept whole so that the record can be recoded.
CREATE TABLE reports (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    hash        TEXT NOT NULL UNIQUE,   -- hex SHA-256 of the text
    date        TEXT NOT NULL DEFAULT '',
    anchor      TEXT NOT NULL DEFAULT '',  -- dateline date, else date
    title       TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    origin      TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    record      BLOB NOT NULL,          -- the accord.Record, JSON compressed with DEFLATE
    engine      TEXT NOT NULL DEFAULT '',
    ingested_at TEXT NOT NULL,
    coded_at    TEXT NOT NULL
);
CREATE INDEX reports_date ON reports (date);

-- Reports that could not be read, coded or stored, with the reason.
CREATE TABLE failures (
    key       TEXT PRIMARY KEY,
    report_id TEXT NOT NULL DEFAULT '',
    origin    TEXT NOT NULL DEFAULT '',
    stage     TEXT NOT NULL,
    reason    TEXT NOT NULL,
    hash      TEXT NOT NULL DEFAULT '',
    attempts  INTEGER NOT NULL DEFAULT 1,
    first_at  TEXT NOT NULL,
    last_at   TEXT NOT NULL
);

-- Ingest and recode runs.
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    engine      TEXT NOT NULL DEFAULT '',
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    read_n      INTEGER NOT NULL DEFAULT 0,
    stored      INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0,
    args        TEXT NOT NULL DEFAULT ''
);

-- Analysts' corrections, laid over queries; never touched by recoding.
CREATE TABLE corrections (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL,
    target  TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    author  TEXT NOT NULL DEFAULT '',
    at      TEXT NOT NULL
);
CREATE INDEX corrections_target ON corrections (target);

-- Everything below is derived from the reports and rebuilt by a recode.

CREATE TABLE persons (
    id       TEXT PRIMARY KEY,          -- name key "|" country of the first form seen
    name     TEXT NOT NULL,             -- the fullest form seen
    surname  TEXT NOT NULL,
    country  TEXT NOT NULL DEFAULT '',
    sector   TEXT NOT NULL DEFAULT '',
    reports    INTEGER NOT NULL DEFAULT 0,  -- reports that mention the person
    first_date TEXT NOT NULL DEFAULT '',
    last_date  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX persons_surname ON persons (surname, country);
CREATE INDEX persons_reports ON persons (reports);

CREATE TABLE person_keys (
    key       TEXT NOT NULL,            -- a name key the person is known under
    person_id TEXT NOT NULL,
    surname   TEXT NOT NULL,            -- the key's last word
    PRIMARY KEY (key, person_id)
);
CREATE INDEX person_keys_person ON person_keys (person_id);
CREATE INDEX person_keys_surname ON person_keys (surname);

-- The words of each name key but its last, to find short and long forms
-- ("Ishaq Dar", "Mohammad Ishaq Dar") among the many of one surname.
CREATE TABLE person_words (
    word      TEXT NOT NULL,
    surname   TEXT NOT NULL,
    key       TEXT NOT NULL,
    person_id TEXT NOT NULL,
    PRIMARY KEY (surname, word, key, person_id)
);

CREATE TABLE person_titles (
    person_id TEXT NOT NULL,
    title_key TEXT NOT NULL,
    PRIMARY KEY (person_id, title_key)
);

CREATE TABLE person_mentions (
    report_id TEXT NOT NULL,
    local_id  TEXT NOT NULL,
    person_id TEXT NOT NULL,
    name      TEXT NOT NULL,
    name_key  TEXT NOT NULL,
    title     TEXT NOT NULL DEFAULT '',
    title_key TEXT NOT NULL DEFAULT '',
    former    INTEGER NOT NULL DEFAULT 0,
    country   TEXT NOT NULL DEFAULT '',
    sector    TEXT NOT NULL DEFAULT '',
    org       TEXT NOT NULL DEFAULT '',
    aliases   TEXT NOT NULL DEFAULT '[]',
    mentions  INTEGER NOT NULL DEFAULT 1,
    date      TEXT NOT NULL DEFAULT '',
    why       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (report_id, local_id)
);
CREATE INDEX person_mentions_person ON person_mentions (person_id, date);

CREATE TABLE events (
    id             TEXT PRIMARY KEY,    -- the key of its first mention
    type           TEXT NOT NULL,
    mode           TEXT NOT NULL DEFAULT '',
    cameo          TEXT NOT NULL DEFAULT '',
    cameo_label    TEXT NOT NULL DEFAULT '',
    quad_class     INTEGER NOT NULL DEFAULT 0,
    goldstein      REAL NOT NULL DEFAULT 0,
    source_country TEXT NOT NULL DEFAULT '',
    source_agent   TEXT NOT NULL DEFAULT '',
    source_name    TEXT NOT NULL DEFAULT '',
    source_person  TEXT NOT NULL DEFAULT '',
    target_country TEXT NOT NULL DEFAULT '',
    target_agent   TEXT NOT NULL DEFAULT '',
    target_name    TEXT NOT NULL DEFAULT '',
    target_person  TEXT NOT NULL DEFAULT '',
    is_symmetric   INTEGER NOT NULL DEFAULT 0,
    tense          TEXT NOT NULL DEFAULT '',
    date           TEXT NOT NULL DEFAULT '',
    start_date     TEXT NOT NULL DEFAULT '',
    end_date       TEXT NOT NULL DEFAULT '',
    wide           INTEGER NOT NULL DEFAULT 0,  -- the window spans more than 31 days
    place          TEXT NOT NULL DEFAULT '',
    pair           TEXT NOT NULL DEFAULT '',
    mechanism_id   TEXT NOT NULL DEFAULT '',
    evidence       TEXT NOT NULL DEFAULT '',
    first_report   TEXT NOT NULL DEFAULT '',
    first_date     TEXT NOT NULL DEFAULT '',
    -- GDELT's counts, kept as mentions are added: sentences, reports, sources
    num_mentions   INTEGER NOT NULL DEFAULT 0,
    num_articles   INTEGER NOT NULL DEFAULT 0,
    num_sources    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_match ON events (type, pair, wide, start_date);
CREATE INDEX events_pair ON events (pair, start_date);
CREATE INDEX events_start ON events (start_date);
CREATE INDEX events_mechanism ON events (mechanism_id);

CREATE TABLE event_mentions (
    key            TEXT PRIMARY KEY,    -- report id "@" trigger offset
    event_id       TEXT NOT NULL,
    report_id      TEXT NOT NULL,
    local_id       TEXT NOT NULL,
    report_date    TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',  -- the report's source, folded: what NumSources counts
    tense          TEXT NOT NULL DEFAULT '',
    date           TEXT NOT NULL DEFAULT '',
    start_date     TEXT NOT NULL DEFAULT '',
    end_date       TEXT NOT NULL DEFAULT '',
    evidence_start INTEGER NOT NULL DEFAULT 0,
    evidence_end   INTEGER NOT NULL DEFAULT 0,
    evidence       TEXT NOT NULL DEFAULT '',
    trigger_start  INTEGER NOT NULL DEFAULT 0,
    trigger_end    INTEGER NOT NULL DEFAULT 0,
    trigger_text   TEXT NOT NULL DEFAULT '',
    rule           TEXT NOT NULL DEFAULT '',
    sentences      INTEGER NOT NULL DEFAULT 1,
    source_country TEXT NOT NULL DEFAULT '',
    source_name    TEXT NOT NULL DEFAULT '',
    source_person  TEXT NOT NULL DEFAULT '',
    target_country TEXT NOT NULL DEFAULT '',
    target_name    TEXT NOT NULL DEFAULT '',
    target_person  TEXT NOT NULL DEFAULT '',
    why            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX event_mentions_event ON event_mentions (event_id, source);
CREATE INDEX event_mentions_report ON event_mentions (report_id);
CREATE INDEX event_mentions_source_person ON event_mentions (source_person);
CREATE INDEX event_mentions_target_person ON event_mentions (target_person);

CREATE TABLE mechanisms (
    id      TEXT PRIMARY KEY,           -- name key "|" parties, or report id "@" offset
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL DEFAULT '',
    parties TEXT NOT NULL DEFAULT ''    -- ISO3 codes joined with "-"
);

CREATE TABLE mechanism_keys (
    key          TEXT NOT NULL,
    mechanism_id TEXT NOT NULL,
    PRIMARY KEY (key, mechanism_id)
);
CREATE INDEX mechanism_keys_mechanism ON mechanism_keys (mechanism_id);

CREATE TABLE mechanism_mentions (
    report_id    TEXT NOT NULL,
    local_id     TEXT NOT NULL,
    mechanism_id TEXT NOT NULL,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL DEFAULT '',
    aliases      TEXT NOT NULL DEFAULT '[]',
    is_new       INTEGER NOT NULL DEFAULT 0,
    date         TEXT NOT NULL DEFAULT '',
    why          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (report_id, local_id)
);
CREATE INDEX mechanism_mentions_mechanism ON mechanism_mentions (mechanism_id);

CREATE TABLE sessions (
    key            TEXT PRIMARY KEY,    -- report id "@" evidence offset
    mechanism_id   TEXT NOT NULL,
    report_id      TEXT NOT NULL,
    local_id       TEXT NOT NULL,
    idx            INTEGER NOT NULL,
    report_date    TEXT NOT NULL DEFAULT '',
    ordinal        INTEGER NOT NULL DEFAULT 0,
    tense          TEXT NOT NULL DEFAULT '',
    date           TEXT NOT NULL DEFAULT '',
    start_date     TEXT NOT NULL DEFAULT '',
    end_date       TEXT NOT NULL DEFAULT '',
    place          TEXT NOT NULL DEFAULT '',
    chairs         TEXT NOT NULL DEFAULT '[]',  -- stored person ids, JSON
    chair_names    TEXT NOT NULL DEFAULT '[]',
    event_id       TEXT NOT NULL DEFAULT '',
    evidence_start INTEGER NOT NULL DEFAULT 0,
    evidence_end   INTEGER NOT NULL DEFAULT 0,
    evidence       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_mechanism ON sessions (mechanism_id, start_date);
CREATE INDEX sessions_report ON sessions (report_id);

CREATE TABLE commitments (
    key            TEXT PRIMARY KEY,    -- report id "@" evidence offset
    report_id      TEXT NOT NULL,
    local_id       TEXT NOT NULL,
    date           TEXT NOT NULL DEFAULT '',  -- the day it was made
    report_date    TEXT NOT NULL DEFAULT '',
    what           TEXT NOT NULL DEFAULT '',
    parties        TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL DEFAULT '',
    due_text       TEXT NOT NULL DEFAULT '',
    due_start      TEXT NOT NULL DEFAULT '',
    due_end        TEXT NOT NULL DEFAULT '',
    watch_start    TEXT NOT NULL DEFAULT '',
    watch_end      TEXT NOT NULL DEFAULT '',
    overdue_after  TEXT NOT NULL DEFAULT '',
    signal_end     TEXT NOT NULL DEFAULT '',
    mechanism_id   TEXT NOT NULL DEFAULT '',
    event_id       TEXT NOT NULL DEFAULT '',
    evidence_start INTEGER NOT NULL DEFAULT 0,
    evidence_end   INTEGER NOT NULL DEFAULT 0,
    evidence       TEXT NOT NULL DEFAULT '',
    rule           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX commitments_report ON commitments (report_id);
CREATE INDEX commitments_date ON commitments (date);

-- Sentences saying a meeting, visit or session was postponed or cancelled.
CREATE TABLE signals (
    key          TEXT PRIMARY KEY,      -- report id "@" sentence offset
    report_id    TEXT NOT NULL,
    report_date  TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL,
    pairs        TEXT NOT NULL DEFAULT '[]',
    mechanisms   TEXT NOT NULL DEFAULT '[]',
    topics       TEXT NOT NULL DEFAULT '[]',
    start_pos    INTEGER NOT NULL DEFAULT 0,
    end_pos      INTEGER NOT NULL DEFAULT 0,
    text         TEXT NOT NULL DEFAULT '',
    trigger_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX signals_report ON signals (report_id);

-- Index of commitments and signals by country pair ("pair:PAK-USA") and
-- mechanism ("mech:<id>"), for follow-up in both directions.
CREATE TABLE tags (
    kind TEXT NOT NULL,                 -- "commitment" or "signal"
    tag  TEXT NOT NULL,
    ref  TEXT NOT NULL,
    PRIMARY KEY (kind, tag, ref)
);

-- Links from commitments to the reports that fulfil, postpone or cancel them.
CREATE TABLE followups (
    commitment  TEXT NOT NULL,
    relation    TEXT NOT NULL,          -- fulfils, postpones, cancels
    ref         TEXT NOT NULL,          -- event id, session key or signal key
    kind        TEXT NOT NULL,          -- event, session, signal
    report_id   TEXT NOT NULL,
    report_date TEXT NOT NULL DEFAULT '',
    date        TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (commitment, relation, ref)
);
CREATE INDEX followups_report ON followups (report_id);

-- Full-text search over reports (FTS5, external content kept in step by
-- triggers).
CREATE VIRTUAL TABLE reports_fts USING fts5(
    title, text, content='reports', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
    INSERT INTO reports_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
    INSERT INTO reports_fts (reports_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER reports_fts_update AFTER UPDATE OF title, text ON reports BEGIN
    INSERT INTO reports_fts (reports_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO reports_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
