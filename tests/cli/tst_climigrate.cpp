#include "CliRunner.h"
#include "PostgresTestServer.h"
#include "storage/AnnotationStore.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/MetricStore.h"

#include <QColor>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

namespace {

const QString seedDir = QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds");

// The rows of `migrate`'s table after its header: table name → {from_rows, to_rows, checksum_match}.
QMap<QString, QStringList> comparisonOf(const CliResult& result)
{
    QMap<QString, QStringList> rows;
    const QStringList lines = result.lines();
    for (int i = 1; i < lines.size() && !lines.at(i).startsWith(QLatin1String("summary: ")); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        if (fields.size() == 4)
            rows.insert(fields.at(0), fields.mid(1));
    }
    return rows;
}

} // namespace

// `migrate FROM TO` as issue 18 states it: a project copied from a SQLite file into PostgreSQL and back,
// nothing lost, with the counts and checksums of every table printed. The plain run copies through a
// second SQLite file, the PostgreSQL run (tst_climigrate_postgresql) through a database on the test
// server: SQLite → MIDDLE → SQLite.
class TestCliMigrate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    QString m_first; // the seeds and two analysts' annotations

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A new, empty database of the run's middle kind.
    QString newMiddle(const QString& name)
    {
        QString error;
        const QString middle = PostgresTestServer::wanted() ? m_server.createDatabase(&error) : path(name);
        if (middle.isEmpty())
            qWarning("%s", qPrintable(error));
        return middle;
    }

    static CliResult migrate(const QString& from, const QString& to)
    {
        return runCli({QStringLiteral("migrate"), from, to});
    }

    // Every table of the printed comparison matched, the summary says so, and `reports` reports came over.
    static void checkAllMatched(const CliResult& result, int reports)
    {
        QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
        QCOMPARE(result.lines().first(), QStringLiteral("table\tfrom_rows\tto_rows\tchecksum_match"));
        const QMap<QString, QStringList> rows = comparisonOf(result);
        for (const QString& table :
             {QStringLiteral("articles"), QStringLiteral("article_originals"), QStringLiteral("paragraphs"),
              QStringLiteral("metrics"), QStringLiteral("tags"), QStringLiteral("annotations"),
              QStringLiteral("annotation_tags")})
            QVERIFY2(rows.contains(table), qPrintable(table));
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            QCOMPARE(it.value().at(0), it.value().at(1));
            QCOMPARE(it.value().at(2), QStringLiteral("yes"));
        }
        QCOMPARE(rows.value(QStringLiteral("articles")).at(0), QString::number(reports));
        QCOMPARE(rows.value(QStringLiteral("annotations")).at(0), QStringLiteral("3"));
        QCOMPARE(rows.value(QStringLiteral("tags")).at(0), QStringLiteral("3"));
        QCOMPARE(rows.value(QStringLiteral("metric_reviews")).at(0), QStringLiteral("1"));
        // No search index table: they are SQLite's own, rebuilt rather than copied.
        QVERIFY(!rows.contains(QStringLiteral("article_search")));
        QVERIFY(!rows.contains(QStringLiteral("article_search_data")));
        QCOMPARE(result.lines().last(), QStringLiteral("summary: all %1 tables match").arg(rows.size()));
        QVERIFY2(result.err.contains(QStringLiteral("articles: %1 of %1 rows copied").arg(reports)),
                 qPrintable(result.err));
    }

    static QSet<QString> authorsIn(const QString& location)
    {
        Database database;
        if (!database.open(location))
            return {QStringLiteral("cannot open: ") + database.error()};
        QSet<QString> authors;
        for (const Annotation& annotation : AnnotationStore(database).allAnnotations())
            authors.insert(annotation.author + QLatin1Char('|') + annotation.note);
        return authors;
    }

    // The rows of every table compared with DatabaseCopy's own check, without writing.
    static bool sameProject(const QString& a, const QString& b, QString* error)
    {
        Database first;
        Database second;
        if (!first.open(a) || !second.open(b)) {
            *error = first.error() + second.error();
            return false;
        }
        QVector<TableComparison> comparison;
        if (!DatabaseCopy::compare(first, second, &comparison, error))
            return false;
        for (const TableComparison& table : std::as_const(comparison)) {
            if (!table.matches())
                error->append(
                    QStringLiteral("%1: %2 and %3 rows, checksums %4; ")
                        .arg(table.table)
                        .arg(table.fromRows)
                        .arg(table.toRows)
                        .arg(table.checksumsMatch ? QStringLiteral("match") : QStringLiteral("differ")));
        }
        return error->isEmpty() && comparison.size() >= 10;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        QVERIFY(m_dir.isValid());
        m_first = path(QStringLiteral("first.sqlite"));
        const CliResult imported =
            runCli({QStringLiteral("--db"), m_first, QStringLiteral("import"), seedDir});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("summary: 5 imported")));
        // Two analysts tag passages of the first report; one adds a note.
        const struct
        {
            const char* quote;
            const char* tag;
            const char* author;
            const char* note;
        } passages[] = {{"人才", "人才/引进", "李明", "首次出现"},
                        {"人才", "政策", "王芳", ""},
                        {"发展", "政策", "王芳", "王芳的笔记"}};
        for (const auto& passage : passages) {
            QStringList arguments{QStringLiteral("--db"),
                                  m_first,
                                  QStringLiteral("annotate"),
                                  QStringLiteral("--article"),
                                  QStringLiteral("1"),
                                  QStringLiteral("--quote"),
                                  QString::fromUtf8(passage.quote),
                                  QStringLiteral("--tag"),
                                  QString::fromUtf8(passage.tag),
                                  QStringLiteral("--author"),
                                  QString::fromUtf8(passage.author)};
            if (*passage.note)
                arguments << QStringLiteral("--note") << QString::fromUtf8(passage.note);
            const CliResult annotated = runCli(arguments);
            QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.err));
        }
        Database database;
        QVERIFY2(database.open(m_first), qPrintable(database.error()));
        // 引进 (id 2) moves under 政策 (id 3): a parent with a higher id than its child.
        AnnotationStore annotations(database);
        Tag moved;
        QVERIFY(annotations.tag(2, &moved));
        QCOMPARE(moved.name, QStringLiteral("引进"));
        moved.parentId = annotations.tagByPath(QStringLiteral("政策"));
        QCOMPARE(moved.parentId, 3);
        QVERIFY(annotations.updateTag(moved));
        // An analyst's correction of a figure (its value a fraction, so a float must survive the trip).
        MetricStore metrics(database);
        const QVector<ReviewOverlay::MachineRow> machine = metrics.machineRows(1);
        QVERIFY(!machine.isEmpty());
        MetricReview review;
        review.articleId = 1;
        review.decision = MetricReview::Decision::Corrected;
        review.metric = machine.first().metric;
        review.metric.value = 1234.0625 / 3;
        review.reviewer = QStringLiteral("李明");
        review.reviewedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(metrics.addReview(review) > 0);
    }

    // SQLite → MIDDLE → SQLite: every table matches at each step, the last file holds what the first
    // does (compared value by value), search finds the same, annotations keep their authors and notes.
    void roundTripKeepsEverything()
    {
        const QString middle = newMiddle(QStringLiteral("middle.sqlite"));
        QVERIFY(!middle.isEmpty());
        checkAllMatched(migrate(m_first, middle), 5);
        if (QTest::currentTestFailed())
            return;
        const QString last = path(QStringLiteral("last.sqlite"));
        checkAllMatched(migrate(middle, last), 5);
        if (QTest::currentTestFailed())
            return;

        QString error;
        QVERIFY2(sameProject(m_first, last, &error), qPrintable(error));
        QVERIFY2(sameProject(m_first, middle, &error), qPrintable(error));

        for (const QString& query : {QStringLiteral("人才"), QStringLiteral("发展 经济")}) {
            const CliResult before =
                runCli({QStringLiteral("--db"), m_first, QStringLiteral("search"), query});
            const CliResult after = runCli({QStringLiteral("--db"), last, QStringLiteral("search"), query});
            QVERIFY2(before.exitCode == 0 && after.exitCode == 0, qPrintable(before.err + after.err));
            QVERIFY2(before.lines().size() > 1, qPrintable(before.out)); // a header and hits
            QCOMPARE(after.out, before.out);
        }

        const QSet<QString> authors{QStringLiteral("李明|首次出现"), QStringLiteral("王芳|"),
                                    QStringLiteral("王芳|王芳的笔记")};
        QCOMPARE(authorsIn(m_first), authors);
        QCOMPARE(authorsIn(middle), authors);
        QCOMPARE(authorsIn(last), authors);

        // New rows in the copies take ids after the copied ones (PostgreSQL's sequences moved past them).
        for (const QString& copy : {middle, last}) {
            const CliResult annotated =
                runCli({QStringLiteral("--db"), copy, QStringLiteral("annotate"), QStringLiteral("--article"),
                        QStringLiteral("2"), QStringLiteral("--quote"), QStringLiteral("发展"),
                        QStringLiteral("--tag"), QStringLiteral("新标签"), QStringLiteral("--author"),
                        QStringLiteral("张伟")});
            QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.err));
            QCOMPARE(annotated.out.trimmed(), QStringLiteral("4"));
        }
    }

    // A target that holds a project already is refused before anything is written, and stays as it was.
    void nonEmptyTargetIsRefusedAndUnchanged()
    {
        const QString single = path(QStringLiteral("single.sqlite"));
        const CliResult imported = runCli({QStringLiteral("--db"), single, QStringLiteral("import"),
                                           seedDir + QStringLiteral("/000_2496036bcb3ee729.txt")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString target = newMiddle(QStringLiteral("target.sqlite"));
        QVERIFY(!target.isEmpty());
        QVERIFY2(migrate(single, target).exitCode == 0, "the one-report project copies");

        const CliResult refused = migrate(m_first, target);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains(QStringLiteral("already holds 1 report(s)")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("left unchanged")), qPrintable(refused.err));
        QString error;
        QVERIFY2(sameProject(single, target, &error), qPrintable(error));

        // A codebook alone is a project too: its ids would collide with the copied ones.
        const QString tagsOnly = path(QStringLiteral("tags-only.sqlite"));
        {
            Database database;
            QVERIFY(database.open(tagsOnly));
            Tag tag;
            tag.name = QStringLiteral("政策");
            tag.color = QColor(0x11, 0x22, 0x33);
            QVERIFY(AnnotationStore(database).insertTag(tag) > 0);
        }
        const CliResult codebook = migrate(m_first, tagsOnly);
        QCOMPARE(codebook.exitCode, 1);
        QVERIFY2(codebook.err.contains(QStringLiteral("its table tags is not empty")),
                 qPrintable(codebook.err));
    }

    // A row the target refuses half-way (a tag link to a tag that is not there, which the source only
    // holds because its rules were switched off): everything copied before it is rolled back.
    void failureHalfWayLeavesTargetAsItWas()
    {
        const QString broken = path(QStringLiteral("broken.sqlite"));
        QVERIFY(QFile::copy(m_first, broken));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("broken"));
            db.setDatabaseName(broken);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (1, 99)")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("broken"));

        const QString target = newMiddle(QStringLiteral("empty-target.sqlite"));
        QVERIFY(!target.isEmpty());
        {
            Database database; // an empty project: its tables and nothing in them
            QVERIFY2(database.open(target), qPrintable(database.error()));
        }
        const CliResult result = migrate(broken, target);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("copying the table annotation_tags failed: the target "
                                                    "refused one of its rows")),
                 qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        Database database;
        QVERIFY2(database.open(target), qPrintable(database.error()));
        QSqlQuery count(database.connection());
        QVERIFY(
            count.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM articles) + (SELECT COUNT(*) FROM tags)"
                                      " + (SELECT COUNT(*) FROM annotations)")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 0);

        // A file the copy created goes again.
        const QString created = path(QStringLiteral("created.sqlite"));
        QCOMPARE(migrate(broken, created).exitCode, 1);
        QVERIFY(!QFileInfo::exists(created));
        QVERIFY(!QFileInfo::exists(created + QStringLiteral("-wal")));
    }

    void badInputIsRefusedInWords()
    {
        const QString missing = path(QStringLiteral("missing.sqlite"));
        const QString unused = path(QStringLiteral("unused.sqlite"));
        CliResult result = migrate(missing, unused);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("does not exist")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(unused));

        // Port 1 on the loopback: nothing listens there.
        result = migrate(m_first, QStringLiteral("postgresql://nobody@127.0.0.1:1/regionscope"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("no PostgreSQL server answers")), qPrintable(result.err));
        result = migrate(QStringLiteral("postgresql://nobody@127.0.0.1:1/regionscope"), unused);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("cannot read FROM")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(unused));

        // A file of a newer schema than this build knows: versions differ, and neither file is touched.
        const QString newer = path(QStringLiteral("newer.sqlite"));
        QVERIFY(QFile::copy(m_first, newer));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        result = migrate(newer, unused);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("newer version of Regionscope")), qPrintable(result.err));
        result = migrate(m_first, newer);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("newer version of Regionscope")), qPrintable(result.err));

        result = migrate(m_first, m_first);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("the same database")), qPrintable(result.err));

        result = runCli({QStringLiteral("migrate"), m_first});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("give FROM and TO")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_climigrate.moc"
