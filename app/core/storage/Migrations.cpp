#include "Migrations.h"

#include "ComparisonSql.h"
#include "DatabaseDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <iterator>

namespace rs {
namespace {

// Never edit a released migration: add a new one, as a function here and an entry of `versions` below.
// ${ID} and ${BLOB} are filled in by the dialect.

const QStringList& v1()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE articles ("
                       " id ${ID},"
                       " title TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " body_hash TEXT NOT NULL UNIQUE,"
                       " char_count INTEGER NOT NULL,"
                       " published_on TEXT,"
                       " published_text TEXT,"
                       " source TEXT,"
                       " authors TEXT,"
                       " original_url TEXT,"
                       " dateline TEXT,"
                       " region_code TEXT,"
                       " region_detected_code TEXT,"
                       " region_set_by_user INTEGER NOT NULL DEFAULT 0,"
                       " region_sort_key ${BLOB},"
                       " encoding TEXT,"
                       " was_html INTEGER NOT NULL DEFAULT 0,"
                       " collapsed_repeat INTEGER NOT NULL DEFAULT 0,"
                       " file_path TEXT,"
                       " imported_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX articles_published_on ON articles(published_on)"),
        QStringLiteral("CREATE INDEX articles_region_code ON articles(region_code)"),
        QStringLiteral("CREATE INDEX articles_region_sort ON articles(region_sort_key)"),
        QStringLiteral("CREATE TABLE article_originals ("
                       " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                       " file_name TEXT,"
                       " bytes ${BLOB} NOT NULL)"),
        QStringLiteral("CREATE TABLE paragraphs ("
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " idx INTEGER NOT NULL,"
                       " start_offset INTEGER NOT NULL,"
                       " end_offset INTEGER NOT NULL,"
                       " kind INTEGER NOT NULL,"
                       " PRIMARY KEY (article_id, idx))"),
    };
    return statements;
}

const QStringList& v2()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE metrics ("
                       " id ${ID},"
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " start_offset INTEGER NOT NULL,"
                       " end_offset INTEGER NOT NULL,"
                       " quote TEXT NOT NULL,"
                       " value REAL NOT NULL,"
                       " low REAL,"
                       " high REAL,"
                       " unit TEXT,"
                       " qualifier TEXT,"
                       " subject TEXT,"
                       " metric_key TEXT,"
                       " period TEXT,"
                       " is_target INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX metrics_article ON metrics(article_id)"),
        QStringLiteral("CREATE INDEX metrics_key ON metrics(metric_key)"),
    };
    return statements;
}

// Analyst decisions live apart from machine output, anchored by position and quote, so they
// survive re-extraction (which replaces every machine row).
const QStringList& v3()
{
    static const QStringList statements = {
        QStringLiteral(
            "CREATE TABLE metric_reviews ("
            " id ${ID},"
            " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
            " start_offset INTEGER NOT NULL,"
            " end_offset INTEGER NOT NULL,"
            " quote TEXT NOT NULL,"
            " decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'corrected', 'rejected', 'added')),"
            " value REAL,"
            " low REAL,"
            " high REAL,"
            " unit TEXT,"
            " qualifier TEXT,"
            " subject TEXT,"
            " metric_key TEXT,"
            " period TEXT,"
            " is_target INTEGER NOT NULL DEFAULT 0,"
            " note TEXT,"
            " reviewer TEXT,"
            " reviewed_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX metric_reviews_article ON metric_reviews(article_id)"),
    };
    return statements;
}

// Reserved slots, each filled by one feature; an empty slot is not applied.
// Full-text search (SearchIndex): external content over articles, kept in sync by triggers in the
// writer's own transaction; the tokenizer is registered per connection (SqliteDialect). Titles
// weigh ten times the body in the ranking. 'rebuild' indexes the articles of a schema-3 database.
const QStringList& v4Search()
{
    static const QStringList statements = {
        QStringLiteral("CREATE VIRTUAL TABLE article_search USING fts5(title, body, content='articles',"
                       " content_rowid='id', tokenize='regionscope')"),
        QStringLiteral("CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN"
                       " INSERT INTO article_search(rowid, title, body) VALUES (new.id, new.title, new.body);"
                       " END"),
        QStringLiteral("CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN"
                       " INSERT INTO article_search(article_search, rowid, title, body)"
                       " VALUES ('delete', old.id, old.title, old.body);"
                       " END"),
        QStringLiteral("CREATE TRIGGER article_search_update AFTER UPDATE OF title, body ON articles BEGIN"
                       " INSERT INTO article_search(article_search, rowid, title, body)"
                       " VALUES ('delete', old.id, old.title, old.body);"
                       " INSERT INTO article_search(rowid, title, body) VALUES (new.id, new.title, new.body);"
                       " END"),
        QStringLiteral("INSERT INTO article_search(article_search, rank) VALUES ('rank', 'bm25(10.0, 1.0)')"),
        QStringLiteral("INSERT INTO article_search(article_search) VALUES ('rebuild')"),
    };
    return statements;
}

// Annotations (AnnotationStore): a codebook of tags and tagged passages. Passages are anchored by
// position plus quote and context so they can be re-anchored when a body changes; GUIDs keep
// identities stable across REFI-QDA exchange.
const QStringList& v5Annotations()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE tags ("
                       " id ${ID},"
                       " parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " color TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " guid TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE INDEX tags_parent ON tags(parent_id)"),
        QStringLiteral("CREATE TABLE annotations ("
                       " id ${ID},"
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " start_offset INTEGER NOT NULL,"
                       " end_offset INTEGER NOT NULL,"
                       " quote TEXT NOT NULL,"
                       " prefix TEXT NOT NULL DEFAULT '',"
                       " suffix TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL CHECK (status IN ('to_review', 'reviewed', 'flagged')),"
                       " author TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " orphaned INTEGER NOT NULL DEFAULT 0,"
                       " guid TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE INDEX annotations_article ON annotations(article_id)"),
        QStringLiteral("CREATE TABLE annotation_tags ("
                       " annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
                       " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (annotation_id, tag_id))"),
        QStringLiteral("CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id)"),
    };
    return statements;
}

// Search filters (SearchIndex) read ids from one covering index instead of every hit's row, whose
// body comes first and spills over several pages.
const QStringList& v6SearchFilters()
{
    static const QStringList statements = {
        QStringLiteral("CREATE INDEX articles_filter ON articles(region_code, published_on, source)"),
        QStringLiteral("CREATE INDEX articles_source ON articles(source, published_on)"),
    };
    return statements;
}

// Titles alone (SearchIndex): finding the newest title hits of a common phrase in article_search
// meant checking the positions of every report holding it (up to 80 ms at 100,000 reports).
const QStringList& v7SearchTitles()
{
    static const QStringList statements = {
        QStringLiteral("CREATE VIRTUAL TABLE article_title_search USING fts5(title, content='articles',"
                       " content_rowid='id', tokenize='regionscope')"),
        QStringLiteral("CREATE TRIGGER article_title_search_insert AFTER INSERT ON articles BEGIN"
                       " INSERT INTO article_title_search(rowid, title) VALUES (new.id, new.title);"
                       " END"),
        QStringLiteral("CREATE TRIGGER article_title_search_delete AFTER DELETE ON articles BEGIN"
                       " INSERT INTO article_title_search(article_title_search, rowid, title)"
                       " VALUES ('delete', old.id, old.title);"
                       " END"),
        QStringLiteral("CREATE TRIGGER article_title_search_update AFTER UPDATE OF title ON articles BEGIN"
                       " INSERT INTO article_title_search(article_title_search, rowid, title)"
                       " VALUES ('delete', old.id, old.title);"
                       " INSERT INTO article_title_search(rowid, title) VALUES (new.id, new.title);"
                       " END"),
        QStringLiteral("INSERT INTO article_title_search(article_title_search) VALUES ('rebuild')"),
    };
    return statements;
}

// Title, date and source as the analyst set them (Edit Details), apart from what was detected, so
// cleaning a report again refreshes the detection without losing the analyst's word. A column that
// is NULL was not edited; source '' means the analyst said there is none. The detected values are
// kept with the edit so that undoing it, or clearing it, brings them back.
const QStringList& v8ReportDetails()
{
    static const QStringList statements = {
        QStringLiteral("ALTER TABLE articles ADD COLUMN title_guessed INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE article_edits ("
                       " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                       " title TEXT,"
                       " date_edited INTEGER NOT NULL DEFAULT 0,"
                       " published_on TEXT,"
                       " source TEXT,"
                       " detected_title TEXT NOT NULL,"
                       " detected_title_guessed INTEGER NOT NULL DEFAULT 0,"
                       " detected_published_on TEXT,"
                       " detected_published_text TEXT,"
                       " detected_source TEXT,"
                       " editor TEXT,"
                       " edited_at TEXT NOT NULL)"),
        // The search tokenizer now folds traditional characters to simplified: tokens stored before
        // would no longer match the queries.
        QStringLiteral("INSERT INTO article_search(article_search) VALUES ('rebuild')"),
        QStringLiteral("INSERT INTO article_title_search(article_title_search) VALUES ('rebuild')"),
    };
    return statements;
}

// Laid-out originals (PDF, Word, saved WeChat pages): the page each paragraph starts on, what the
// original file was, and the account a reposted WeChat article came from.
const QStringList& v9Formats()
{
    static const QStringList statements = {
        QStringLiteral("ALTER TABLE paragraphs ADD COLUMN page INTEGER"),
        QStringLiteral("ALTER TABLE articles ADD COLUMN format TEXT"),
        QStringLiteral("ALTER TABLE articles ADD COLUMN reposted_from TEXT"),
    };
    return statements;
}

// Compare Metrics and the CLI's chart aggregate in SQL (ComparisonStore): the reports of some regions
// (articles_filter) probe their figures of some keys in one covering index, never reading a figure
// row; the metric list counts reports per key from the second. Both replace an index they extend.
const QStringList& v10Comparison()
{
    static const QStringList statements = {
        QStringLiteral("CREATE INDEX IF NOT EXISTS metrics_compare ON metrics(article_id, metric_key, "
                       "period, is_target, unit,"
                       " qualifier, value, start_offset)"),
        QStringLiteral("DROP INDEX IF EXISTS metrics_article"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS metrics_key_article ON metrics(metric_key, article_id)"),
        QStringLiteral("DROP INDEX IF EXISTS metrics_key"),
    };
    return statements;
}

// Import stores less and indexes per batch (issue 15). Originals are kept as a zlib stream (RFC 1950)
// when that is smaller: compression is NULL for bytes kept as they are (every original stored before)
// or 'zlib', size the original's length in bytes. articles_region_code is a prefix of articles_filter,
// which answers every query it did (a region's reports, counts per region), so every report stored
// paid for an index no query needed. The search indexes' insert triggers stand aside while an import
// batch is open on the connection (regionscope_search_deferred(), see SqliteDialect): the batch adds
// its reports at once before it commits, where FTS5 would have written a segment per report's savepoint.
const QStringList& v11ImportStorage()
{
    static const QStringList statements = {
        QStringLiteral("ALTER TABLE article_originals ADD COLUMN compression TEXT"),
        QStringLiteral("ALTER TABLE article_originals ADD COLUMN size INTEGER"),
        QStringLiteral("DROP INDEX IF EXISTS articles_region_code"),
        QStringLiteral("DROP TRIGGER article_search_insert"),
        QStringLiteral("CREATE TRIGGER article_search_insert AFTER INSERT ON articles"
                       " WHEN NOT regionscope_search_deferred() BEGIN"
                       " INSERT INTO article_search(rowid, title, body) VALUES (new.id, new.title, new.body);"
                       " END"),
        QStringLiteral("DROP TRIGGER article_title_search_insert"),
        QStringLiteral("CREATE TRIGGER article_title_search_insert AFTER INSERT ON articles"
                       " WHEN NOT regionscope_search_deferred() BEGIN"
                       " INSERT INTO article_title_search(rowid, title) VALUES (new.id, new.title);"
                       " END"),
    };
    return statements;
}

// Figures with no year of their own are dated by their report and marked so (issue 14); a figure's
// finer kind under its key and the reason its key was chosen are kept with it. Figures stored
// before take the publication year of their report now; re-extraction also reads the year a
// report says it covers.
const QStringList& v12FigurePeriods()
{
    static const QStringList statements = {
        QStringLiteral("ALTER TABLE metrics ADD COLUMN period_by_report INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE metrics ADD COLUMN sub_key TEXT"),
        QStringLiteral("ALTER TABLE metrics ADD COLUMN key_reason TEXT"),
        QStringLiteral("ALTER TABLE metric_reviews ADD COLUMN period_by_report INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE metric_reviews ADD COLUMN sub_key TEXT"),
        QStringLiteral("ALTER TABLE metric_reviews ADD COLUMN key_reason TEXT"),
        QStringLiteral("UPDATE metrics SET period = (SELECT substr(a.published_on, 1, 4) FROM articles a"
                       " WHERE a.id = metrics.article_id), period_by_report = 1"
                       " WHERE COALESCE(period, '') = '' AND EXISTS (SELECT 1 FROM articles a"
                       " WHERE a.id = metrics.article_id AND COALESCE(a.published_on, '') <> '')"),
    };
    return statements;
}

// Reference data per region and year (population, GDP, party members): the denominators of
// per-capita figures. One value per indicator, region and year; the unit is the indicator's.
const QStringList& v13Indicators()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS indicators ("
                       " indicator TEXT NOT NULL,"
                       " region_code TEXT NOT NULL,"
                       " year INTEGER NOT NULL,"
                       " value REAL NOT NULL,"
                       " unit TEXT NOT NULL,"
                       " source TEXT NOT NULL,"
                       " imported_at TEXT NOT NULL,"
                       " PRIMARY KEY (indicator, region_code, year))"),
    };
    return statements;
}

// Compare Metrics at 100,000 reports (issue 20): each figure carries its report's region and date,
// so the comparison reads one index range per key in region order instead of probing every report
// of the scope for its figures; a report moved to another region or date takes its figures along.
// New figures copy both when they are stored (MachineFigureInsert).
const QStringList& v14FigureRegions()
{
    static const QStringList statements = {
        QStringLiteral("ALTER TABLE metrics ADD COLUMN region_code TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE metrics ADD COLUMN published_on TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE metrics SET region_code = COALESCE((SELECT a.region_code FROM articles a"
                       " WHERE a.id = metrics.article_id), ''), published_on = COALESCE((SELECT"
                       " a.published_on FROM articles a WHERE a.id = metrics.article_id), '')"),
        QStringLiteral("CREATE INDEX metrics_region ON metrics(metric_key, region_code, period, unit,"
                       " article_id, qualifier, is_target, value, start_offset, published_on, sub_key)"),
        QStringLiteral("CREATE TRIGGER metrics_follow_article AFTER UPDATE OF region_code, published_on"
                       " ON articles WHEN new.region_code IS NOT old.region_code"
                       " OR new.published_on IS NOT old.published_on BEGIN"
                       " UPDATE metrics SET region_code = COALESCE(new.region_code, ''),"
                       " published_on = COALESCE(new.published_on, '') WHERE article_id = new.id;"
                       " END"),
    };
    return statements;
}

// Compare Metrics in half a second at 100,000 reports (issue 20): the machine figures of reports
// nobody reviewed, summed up per key, region, period, unit and target choice (metric_groups, see
// ComparisonSql::refreshGroups), so a comparison reads a few thousand groups instead of a key's
// hundreds of thousands of figures. Triggers mark the groups a change touches as stale; a stale
// group is read from its figures until the next refresh (an import batch's commit) recomputes it, so
// the groups are never wrong, only sometimes slower. Existing figures are grouped here.
const QStringList& v15MetricGroups()
{
    static const QStringList statements = [] {
        QStringList list = {
            QStringLiteral("CREATE TABLE metric_groups (metric_key TEXT NOT NULL, region_code TEXT NOT NULL,"
                           " period TEXT NOT NULL, unit TEXT NOT NULL, targets INTEGER NOT NULL,"
                           " figures INTEGER NOT NULL, capped INTEGER NOT NULL, reports INTEGER NOT NULL,"
                           " lowest REAL, highest REAL, first_report INTEGER NOT NULL, pick_report INTEGER,"
                           " pick_published TEXT, pick_value REAL,"
                           " PRIMARY KEY (metric_key, region_code, period, unit, targets)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE metric_groups_stale (metric_key TEXT NOT NULL,"
                           " region_code TEXT NOT NULL, period TEXT NOT NULL,"
                           " PRIMARY KEY (metric_key, region_code, period)) WITHOUT ROWID"),
            // An import batch adds its own reports to their groups (MetricGroupBatch).
            QStringLiteral(
                "CREATE TRIGGER metric_groups_figure_added AFTER INSERT ON metrics"
                " WHEN new.metric_key IS NOT NULL AND NOT regionscope_search_deferred() BEGIN"
                " INSERT OR IGNORE INTO metric_groups_stale VALUES (new.metric_key, new.region_code,"
                " COALESCE(new.period, '')); END"),
            QStringLiteral(
                "CREATE TRIGGER metric_groups_figure_removed AFTER DELETE ON metrics"
                " WHEN old.metric_key IS NOT NULL BEGIN"
                " INSERT OR IGNORE INTO metric_groups_stale VALUES (old.metric_key, old.region_code,"
                " COALESCE(old.period, '')); END"),
            QStringLiteral(
                "CREATE TRIGGER metric_groups_figure_changed AFTER UPDATE OF metric_key,"
                " region_code, period, unit, qualifier, value, is_target, published_on,"
                " article_id ON metrics BEGIN"
                " INSERT OR IGNORE INTO metric_groups_stale SELECT old.metric_key, old.region_code,"
                " COALESCE(old.period, '') WHERE old.metric_key IS NOT NULL;"
                " INSERT OR IGNORE INTO metric_groups_stale SELECT new.metric_key, new.region_code,"
                " COALESCE(new.period, '') WHERE new.metric_key IS NOT NULL; END"),
        };
        // A report's first decision takes its figures out of the groups, its last one puts them back.
        for (const char* event : {"INSERT", "DELETE", "UPDATE OF article_id"}) {
            for (const char* row : {"new", "old"}) {
                if ((qstrcmp(event, "INSERT") == 0 && qstrcmp(row, "old") == 0) ||
                    (qstrcmp(event, "DELETE") == 0 && qstrcmp(row, "new") == 0))
                    continue;
                list.append(
                    QStringLiteral("CREATE TRIGGER metric_groups_review_%1_%2 AFTER %3 ON metric_reviews"
                                   " BEGIN INSERT OR IGNORE INTO metric_groups_stale SELECT DISTINCT"
                                   " metric_key, region_code, COALESCE(period, '') FROM metrics"
                                   " WHERE article_id = %2.article_id AND metric_key IS NOT NULL; END")
                        .arg(QString::fromLatin1(event).section(QLatin1Char(' '), 0, 0).toLower(),
                             QString::fromLatin1(row), QString::fromLatin1(event)));
            }
        }
        list.append(QStringLiteral("INSERT INTO metric_groups_stale SELECT DISTINCT metric_key, region_code,"
                                   " COALESCE(period, '') FROM metrics WHERE metric_key IS NOT NULL"));
        list.append(ComparisonSql::refreshGroups());
        return list;
    }();
    return statements;
}

// The figures' region index (migration 14) cost an import more than anything else it stores: at 10,000
// reports, 1.0 of the 1.5 ms a report's figures took to insert, for rows placed at random in an
// 11-column index. Since the groups (migration 15) no query needs it: the figures of stale groups, a
// sub-key and every period at once are read through the region's reports (articles_filter) and each
// report's figures (metrics_compare).
const QStringList& v16NoFigureRegionIndex()
{
    static const QStringList statements = {QStringLiteral("DROP INDEX IF EXISTS metrics_region")};
    return statements;
}

// PostgreSQL's figures follow their report and mark their groups stale as SQLite's triggers do
// (migrations 14 and 15, whose tables PostgresSchema creates without them): PL/pgSQL functions run by
// triggers. The figures' triggers run once per statement over its rows (transition tables): moving a
// report or deleting its figures marks each group once. An import that adds its reports' sums to the
// groups itself (MetricGroupBatch) sets regionscope.groups_deferred to 'on' in its transaction, as
// SQLite's batch answers regionscope_search_deferred(). SQLite has them already: its step is empty.
const QStringList& v17FigureTriggers()
{
    static const QStringList statements = {QStringLiteral("SELECT 1")};
    return statements;
}

const QStringList& v17FigureTriggersPostgres()
{
    static const QStringList statements = {
        QStringLiteral(
            "CREATE FUNCTION regionscope_metrics_follow_article() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN UPDATE metrics SET region_code = COALESCE(NEW.region_code, ''),"
            " published_on = COALESCE(NEW.published_on, '') WHERE article_id = NEW.id; RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER metrics_follow_article AFTER UPDATE OF region_code, published_on"
                       " ON articles FOR EACH ROW WHEN (NEW.region_code IS DISTINCT FROM OLD.region_code"
                       " OR NEW.published_on IS DISTINCT FROM OLD.published_on)"
                       " EXECUTE FUNCTION regionscope_metrics_follow_article()"),
        QStringLiteral(
            "CREATE FUNCTION regionscope_figures_added() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN IF COALESCE(current_setting('regionscope.groups_deferred', true), '') <> 'on' THEN"
            " INSERT INTO metric_groups_stale SELECT DISTINCT metric_key, region_code, COALESCE(period, '')"
            " FROM added WHERE metric_key IS NOT NULL ON CONFLICT DO NOTHING; END IF; RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER metric_groups_figure_added AFTER INSERT ON metrics REFERENCING NEW"
                       " TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION regionscope_figures_added()"),
        QStringLiteral(
            "CREATE FUNCTION regionscope_figures_removed() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN INSERT INTO metric_groups_stale SELECT DISTINCT metric_key, region_code,"
            " COALESCE(period, '') FROM removed WHERE metric_key IS NOT NULL ON CONFLICT DO NOTHING;"
            " RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER metric_groups_figure_removed AFTER DELETE ON metrics REFERENCING OLD"
                       " TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION regionscope_figures_removed()"),
        // A trigger with transition tables takes no column list: the columns SQLite's trigger watches
        // are compared here.
        QStringLiteral(
            "CREATE FUNCTION regionscope_figures_changed() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN INSERT INTO metric_groups_stale SELECT o.metric_key, o.region_code,"
            " COALESCE(o.period, '') FROM before_change o JOIN after_change n ON n.id = o.id"
            " WHERE o.metric_key IS NOT NULL AND (o.metric_key, o.region_code, o.period, o.unit, o.qualifier,"
            " o.value, o.is_target, o.published_on, o.article_id) IS DISTINCT FROM (n.metric_key,"
            " n.region_code, n.period, n.unit, n.qualifier, n.value, n.is_target, n.published_on,"
            " n.article_id) UNION SELECT n.metric_key, n.region_code, COALESCE(n.period, '')"
            " FROM before_change o JOIN after_change n ON n.id = o.id WHERE n.metric_key IS NOT NULL"
            " AND (o.metric_key, o.region_code, o.period, o.unit, o.qualifier, o.value, o.is_target,"
            " o.published_on, o.article_id) IS DISTINCT FROM (n.metric_key, n.region_code, n.period,"
            " n.unit, n.qualifier, n.value, n.is_target, n.published_on, n.article_id)"
            " ON CONFLICT DO NOTHING; RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER metric_groups_figure_changed AFTER UPDATE ON metrics REFERENCING OLD"
                       " TABLE AS before_change NEW TABLE AS after_change FOR EACH STATEMENT"
                       " EXECUTE FUNCTION regionscope_figures_changed()"),
        // A report's first decision takes its figures out of the groups, its last one puts them back.
        QStringLiteral(
            "CREATE FUNCTION regionscope_review_changed() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO metric_groups_stale SELECT DISTINCT metric_key,"
            " region_code, COALESCE(period, '') FROM metrics WHERE article_id = OLD.article_id"
            " AND metric_key IS NOT NULL ON CONFLICT DO NOTHING; END IF;"
            " IF TG_OP <> 'DELETE' THEN INSERT INTO metric_groups_stale SELECT DISTINCT metric_key,"
            " region_code, COALESCE(period, '') FROM metrics WHERE article_id = NEW.article_id"
            " AND metric_key IS NOT NULL ON CONFLICT DO NOTHING; END IF; RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER metric_groups_review AFTER INSERT OR DELETE OR UPDATE OF article_id"
                       " ON metric_reviews FOR EACH ROW EXECUTE FUNCTION regionscope_review_changed()"),
    };
    return statements;
}

// Full-text search on PostgreSQL (issue 18, PostgresSearch): every report's SearchTokenizer tokens as a
// tsvector under a GIN index, written by SearchIndex::indexReports from this process (the tokenizer is
// not in the server). exact = 0 marks a report whose token positions the tsvector had to cut. SQLite
// has its FTS5 tables since migration 4: nothing to do there. Reports stored before this migration are
// indexed by SearchIndex::rebuild().
const QStringList& v18SearchTokensSqlite()
{
    static const QStringList statements = {QStringLiteral("SELECT 1")};
    return statements;
}

const QStringList& v18SearchTokensPostgres()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE article_search_tokens ("
                       " article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                       " title_tokens TSVECTOR NOT NULL, tokens TSVECTOR NOT NULL,"
                       " exact INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX article_search_tokens_gin ON article_search_tokens USING GIN (tokens)"),
        QStringLiteral(
            "CREATE INDEX article_search_tokens_title ON article_search_tokens USING GIN (title_tokens)"),
        // The reports whose tokens (title_tokens) match a phrase query, or its loose form for reports
        // stored with exact = 0 (NULL: none). The planner costs a test of a tsvector as if it were free
        // and scans the table for a common term, reading every report's vector; here it must use the
        // index (PostgresSearch). A UNION, not OR: with OR the generic plan tested every hit's vector
        // again (350 ms for a term in all of 3,000 reports, 35 ms as two index scans).
        QStringLiteral(
            "CREATE FUNCTION regionscope_search_hits(phrase TSQUERY, loose TSQUERY)"
            " RETURNS SETOF BIGINT LANGUAGE sql STABLE SET enable_seqscan = off AS"
            " $$ SELECT article_id FROM article_search_tokens WHERE tokens @@ phrase UNION"
            " SELECT article_id FROM article_search_tokens WHERE exact = 0 AND tokens @@ loose $$"),
        QStringLiteral(
            "CREATE FUNCTION regionscope_title_hits(phrase TSQUERY, loose TSQUERY)"
            " RETURNS SETOF BIGINT LANGUAGE sql STABLE SET enable_seqscan = off AS"
            " $$ SELECT article_id FROM article_search_tokens WHERE title_tokens @@ phrase UNION"
            " SELECT article_id FROM article_search_tokens WHERE exact = 0 AND title_tokens @@ loose $$"),
        // A team database (PostgresTeam) set up before this migration: its roles read the tokens, and the
        // lead, who imports and edits titles, writes them.
        QStringLiteral("DO $$ BEGIN"
                       " IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regionscope_reader') THEN"
                       " GRANT SELECT ON article_search_tokens TO regionscope_reader; END IF;"
                       " IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regionscope_lead') THEN"
                       " GRANT SELECT, INSERT, UPDATE, DELETE ON article_search_tokens TO regionscope_lead;"
                       " END IF; END $$"),
    };
    return statements;
}

// Team mode (issue 18): a row version on annotations and tags, bumped by every change the stores make,
// so a change made from an older version is a conflict (AnnotationStore) instead of overwriting another
// analyst's. SQLite has one analyst at a time; its rows carry the version all the same, so a database
// copied to PostgreSQL (migrate) keeps it.
const QStringList& v19RowVersions()
{
    static const QStringList statements = {
        QStringLiteral("ALTER TABLE annotations ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE tags ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
    };
    return statements;
}

// PostgreSQL also tells every connection listening on regionscope_changes (DatabaseNotifier) what
// another analyst changed, as JSON: {"table", "op", "id", "article", "author", "role"}. Annotations,
// their tags and the codebook row by row; reports once per statement (an import inserts thousands, and
// the listeners reload the list whole). Identical payloads of one transaction reach listeners once.
const QStringList& v19RowVersionsPostgres()
{
    static const QStringList statements = {
        QStringLiteral("ALTER TABLE annotations ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE tags ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION regionscope_notify() RETURNS trigger LANGUAGE plpgsql AS $$"
            " DECLARE r jsonb; article bigint; row_id bigint;"
            " BEGIN"
            "  IF TG_LEVEL = 'STATEMENT' THEN"
            "   PERFORM pg_notify('regionscope_changes', json_build_object('table', TG_TABLE_NAME,"
            "    'op', lower(TG_OP), 'role', current_user)::text);"
            "   RETURN NULL;"
            "  END IF;"
            "  IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;"
            "  IF TG_TABLE_NAME = 'annotation_tags' THEN"
            "   row_id := (r->>'annotation_id')::bigint;"
            "   SELECT a.article_id INTO article FROM annotations a WHERE a.id = row_id;"
            "  ELSE"
            "   row_id := (r->>'id')::bigint;"
            "   article := (r->>'article_id')::bigint;"
            "  END IF;"
            "  PERFORM pg_notify('regionscope_changes', json_build_object('table', TG_TABLE_NAME,"
            "   'op', lower(TG_OP), 'id', row_id, 'article', article, 'author', r->>'author',"
            "   'role', current_user)::text);"
            "  RETURN NULL;"
            " END $$"),
        QStringLiteral("CREATE TRIGGER annotations_notify AFTER INSERT OR UPDATE OR DELETE ON annotations"
                       " FOR EACH ROW EXECUTE FUNCTION regionscope_notify()"),
        QStringLiteral("CREATE TRIGGER annotation_tags_notify AFTER INSERT OR UPDATE OR DELETE ON"
                       " annotation_tags FOR EACH ROW EXECUTE FUNCTION regionscope_notify()"),
        QStringLiteral("CREATE TRIGGER tags_notify AFTER INSERT OR UPDATE OR DELETE ON tags"
                       " FOR EACH ROW EXECUTE FUNCTION regionscope_notify()"),
        QStringLiteral("CREATE TRIGGER articles_notify AFTER INSERT OR UPDATE OR DELETE ON articles"
                       " FOR EACH STATEMENT EXECUTE FUNCTION regionscope_notify()"),
    };
    return statements;
}

// The migrations in order: migration N is versions[N - 1]. A migration whose SQL differs between the
// engines gives PostgreSQL's statements as `postgres`; without them both run the same statements.
// PostgreSQL databases start at PostgresSchema::version(), so only later migrations ever run there.
using Statements = const QStringList& (*)();
struct Migration
{
    Statements sqlite;
    Statements postgres = nullptr;
};
const Migration versions[] = {{v1},
                              {v2},
                              {v3},
                              {v4Search},
                              {v5Annotations},
                              {v6SearchFilters},
                              {v7SearchTitles},
                              {v8ReportDetails},
                              {v9Formats},
                              {v10Comparison},
                              {v11ImportStorage},
                              {v12FigurePeriods},
                              {v13Indicators},
                              {v14FigureRegions},
                              {v15MetricGroups},
                              {v16NoFigureRegionIndex},
                              {v17FigureTriggers, v17FigureTriggersPostgres},
                              {v18SearchTokensSqlite, v18SearchTokensPostgres},
                              {v19RowVersions, v19RowVersionsPostgres}};
constexpr int highestSlot = int(std::size(versions));

const QStringList& migration(int version, const DatabaseDialect* dialect = nullptr)
{
    static const QStringList none;
    if (version < 1 || version > highestSlot)
        return none;
    const Migration& step = versions[version - 1];
    const bool postgres = dialect && dialect->driverName() == QLatin1String("QPSQL");
    return postgres && step.postgres ? step.postgres() : step.sqlite();
}

} // namespace

int Migrations::latestVersion()
{
    int latest = 0;
    for (int version = 1; version <= highestSlot && !migration(version).isEmpty(); ++version)
        latest = version;
    return latest;
}

QString Migrations::newerSchemaError(int version)
{
    return tr("the database was written by a newer version of Regionscope (schema %1, this version "
              "understands up to %2); it was left untouched")
        .arg(version)
        .arg(latestVersion());
}

bool Migrations::migrate(QSqlDatabase& db, const DatabaseDialect& dialect, QString* error, int upTo)
{
    const int current = dialect.schemaVersion(db);
    if (current < 0) {
        *error = tr("cannot read the schema version: %1").arg(db.lastError().text());
        return false;
    }
    if (current > latestVersion()) {
        *error = newerSchemaError(current);
        return false;
    }
    const int target = upTo < 0 ? latestVersion() : qMin(upTo, latestVersion());
    if (current >= target)
        return true;
    // One transaction for every step: a second program opening the file meanwhile sees the schema as
    // it was or as it ends, never half upgraded, and waits for the write lock instead of migrating too.
    QString detail;
    if (!dialect.beginWriteTransaction(db, &detail)) {
        *error = tr("cannot start a transaction: %1").arg(detail);
        return false;
    }
    // That other program may have upgraded the file since the version was read.
    const int locked = dialect.schemaVersion(db);
    if (locked > latestVersion()) {
        db.rollback();
        *error = newerSchemaError(locked);
        return false;
    }
    for (int version = locked + 1; version <= target; ++version) {
        for (QString statement : migration(version, &dialect)) {
            statement.replace(QLatin1String("${ID}"), dialect.autoIdColumn());
            statement.replace(QLatin1String("${BLOB}"), dialect.blobType());
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                *error = tr("schema migration %1 failed: %2").arg(version).arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
    }
    if ((locked < target && !dialect.setSchemaVersion(db, target, error)) || !db.commit()) {
        if (error->isEmpty())
            *error = tr("schema migration to version %1 could not be committed: %2")
                         .arg(target)
                         .arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

} // namespace rs
