#include "ExchangeFixture.h"
#include "PostgresTestServer.h"

#include "annotations/AnnotationExchange.h"
#include "annotations/QdpxImporter.h"
#include "annotations/QdpxReader.h"
#include "annotations/QdpxWriter.h"
#include "util/ZipArchive.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// QdpxWriter and QdpxImporter together: a project written from one database and imported into a fresh
// one gives back the same codebook and annotations; project.qde is valid against the REFI-QDA schema;
// positions count code points.
class TestQdpxRoundTrip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server; // outlives the databases: they are dropped once their connections closed
    std::unique_ptr<Database> m_source;
    qint64 m_wide = 0;
    qint64 m_seed = 0;
    int m_exported = 0;
    QString m_qdpx;

    // What should survive, keyed by annotation GUID, with tags as paths so ids may differ.
    struct Portable
    {
        TextAnchor anchor;
        QStringList tags;
        QString note;
        Annotation::Status status;
        QString author;
        QDateTime created;
        QDateTime updated;
        QString body;
    };

    static QHash<QString, Portable> portable(Database& db, bool includeOrphans = false)
    {
        AnnotationStore store(db);
        ArticleStore articles(db);
        const QHash<qint64, QString> paths = AnnotationExchange::tagPaths(store.tags());
        QHash<QString, Portable> result;
        for (const Annotation& a : store.allAnnotations()) {
            if (a.orphaned && !includeOrphans)
                continue;
            Portable p{a.anchor, {}, a.note, a.status, a.author, a.createdAt, a.updatedAt, {}};
            for (qint64 id : a.tagIds)
                p.tags.append(paths.value(id));
            p.tags.sort();
            StoredArticle article;
            articles.load(a.articleId, &article);
            p.body = article.body;
            result.insert(a.guid, p);
        }
        return result;
    }

    struct PortableTag
    {
        QString guid;
        QString color;
        QString description;
    };

    static QHash<QString, PortableTag> portableTags(Database& db)
    {
        AnnotationStore store(db);
        const QVector<Tag> tags = store.tags();
        const QHash<qint64, QString> paths = AnnotationExchange::tagPaths(tags);
        QHash<QString, PortableTag> result;
        for (const Tag& tag : tags)
            result.insert(paths.value(tag.id), {tag.guid, tag.color.name(QColor::HexRgb), tag.description});
        return result;
    }

    // Imports `project` into `db` as the import dialog does.
    static bool importProject(Database& db, const QdpxProject& project, QdpxImporter::Result* result,
                              QString* error)
    {
        AnnotationStore store(db);
        ArticleStore articles(db);
        QdpxImporter importer(store, articles);
        return importer.import(project, result, error);
    }

    bool importInto(Database& db, QdpxImporter::Result* result, QString* error)
    {
        QdpxProject project;
        return QdpxReader::readFile(m_qdpx, &project, error) && importProject(db, project, result, error);
    }

    std::unique_ptr<Database> freshDatabase(const QString& name)
    {
        auto db = std::make_unique<Database>();
        QString error;
        if (!m_server.openForRun(*db, m_dir.filePath(name), &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return db;
    }

    QByteArray projectQde()
    {
        ZipArchive archive;
        QString error;
        if (!archive.load(m_qdpx, &error))
            return {};
        return archive.entry(QStringLiteral("project.qde"));
    }

    // xmllint's verdict on a project.qde, its messages in *messages.
    static int validate(const QString& file, QString* messages)
    {
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty()) {
            *messages = QStringLiteral("xmllint not found: install libxml2-utils (build.sh deps)");
            return -1;
        }
        QProcess process;
        process.start(xmllint,
                      {QStringLiteral("--noout"), QStringLiteral("--schema"),
                       QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/refi-qda/Project-mrt2019.xsd"), file});
        if (!process.waitForFinished(120000)) {
            *messages = QStringLiteral("xmllint did not finish");
            return -1;
        }
        *messages = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        QVERIFY(m_dir.isValid());
        m_source = freshDatabase(QStringLiteral("source.sqlite"));
        QVERIFY(m_source);
        m_exported = exchange::populate(*m_source, &m_wide, &m_seed);
        QCOMPARE(m_exported, 4);

        m_qdpx = m_dir.filePath(QStringLiteral("export.qdpx"));
        AnnotationStore store(*m_source);
        ArticleStore articles(*m_source);
        QdpxWriter::Summary summary;
        QString error;
        QVERIFY2(QdpxWriter(store, articles).write(m_qdpx, &summary, &error), qPrintable(error));
        QCOMPARE(summary.annotations, 4);
        QCOMPARE(summary.articles, 2);
        QCOMPARE(summary.tags, 4);
        QCOMPARE(summary.skippedOrphans, 1);
    }

    void archiveHoldsProjectAndSourceTexts()
    {
        ZipArchive archive;
        QString error;
        QVERIFY2(archive.load(m_qdpx, &error), qPrintable(error));
        QVERIFY(archive.contains(QStringLiteral("project.qde")));
        StoredArticle wide;
        QVERIFY(ArticleStore(*m_source).load(m_wide, &wide));
        const QString guid = AnnotationExchange::articleGuid(ArticleStore::bodyHash(wide.body));
        const QString entry = QStringLiteral("sources/") + guid + QStringLiteral(".txt");
        QVERIFY2(archive.contains(entry), qPrintable(archive.entryNames().join(QLatin1Char(' '))));
        QCOMPARE(QString::fromUtf8(archive.entry(entry)), wide.body);
        QVERIFY(projectQde().contains(
            (QStringLiteral("plainTextPath=\"internal://") + guid + QStringLiteral(".txt\"")).toUtf8()));
    }

    void projectValidatesAgainstTheRefiQdaSchema()
    {
        const QString file = m_dir.filePath(QStringLiteral("project.qde"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(projectQde());
        out.close();
        QString messages;
        const int status = validate(file, &messages);
        QVERIFY2(status == 0, qPrintable(QStringLiteral("xmllint exit %1: %2").arg(status).arg(messages)));
    }

    // The check above means something only if the validator rejects what the schema forbids.
    void schemaValidationRejectsAnInvalidProject()
    {
        QByteArray broken = projectQde();
        QVERIFY(broken.contains("isCodable=\"true\""));
        broken.replace("isCodable=\"true\"", ""); // a required attribute
        const QString file = m_dir.filePath(QStringLiteral("broken.qde"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(broken);
        out.close();
        QString messages;
        QCOMPARE(validate(file, &messages), 3); // xmllint: the document does not validate
        QVERIFY2(messages.contains(QStringLiteral("isCodable")), qPrintable(messages));
    }

    void positionsCountCodePoints()
    {
        QdpxProject project;
        QString error;
        QVERIFY2(QdpxReader::readFile(m_qdpx, &project, &error), qPrintable(error));
        StoredArticle wide;
        QVERIFY(ArticleStore(*m_source).load(m_wide, &wide));
        const QString guid = AnnotationExchange::articleGuid(ArticleStore::bodyHash(wide.body));
        const QdpxSource* source = nullptr;
        for (const QdpxSource& candidate : project.sources) {
            if (candidate.guid == guid)
                source = &candidate;
        }
        QVERIFY(source);
        const int start = exchange::widePassageCodePointStart();
        const int utf16Start = int(wide.body.indexOf(exchange::widePassage()));
        QCOMPARE(utf16Start, start + 2); // the two characters outside the BMP
        bool found = false;
        for (const QdpxSelection& selection : source->selections) {
            if (selection.start == start) {
                found = true;
                QCOMPARE(selection.end, qint64(start + exchange::widePassage().toUcs4().size()));
            }
        }
        QVERIFY2(found, "no selection starts at the passage's code point offset");
    }

    void freshDatabaseGetsEverythingBack()
    {
        auto fresh = freshDatabase(QStringLiteral("fresh.sqlite"));
        QVERIFY(fresh);
        QdpxImporter::Result result;
        QString error;
        QVERIFY2(importInto(*fresh, &result, &error), qPrintable(error));
        QCOMPARE(result.tagsCreated, 4);
        QCOMPARE(result.tagsMatched, 0);
        QCOMPARE(result.articlesImported, 2);
        QCOMPARE(result.annotationsImported, 4);
        QCOMPARE(result.annotationsOrphaned, 0);
        QCOMPARE(result.selectionsSkipped, 0);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));

        // Tags: same paths (hierarchy), GUIDs, colours and descriptions; no status codes among them.
        const auto expectedTags = portableTags(*m_source);
        const auto actualTags = portableTags(*fresh);
        QCOMPARE(actualTags.keys().size(), expectedTags.keys().size());
        for (auto it = expectedTags.cbegin(); it != expectedTags.cend(); ++it) {
            QVERIFY2(actualTags.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(actualTags.value(it.key()).guid, it->guid);
            QCOMPARE(actualTags.value(it.key()).color, it->color);
            QCOMPARE(actualTags.value(it.key()).description, it->description);
        }
        QVERIFY(actualTags.contains(QStringLiteral("政策/人才补贴/驿站")));

        const auto expected = portable(*m_source);
        const auto actual = portable(*fresh);
        QCOMPARE(actual.size(), 4);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(actual.contains(it.key()), qPrintable(it.key()));
            const Portable& got = actual[it.key()];
            QCOMPARE(got.body, it->body);
            QCOMPARE(got.anchor, it->anchor);
            QCOMPARE(got.tags, it->tags);
            QCOMPARE(got.note, it->note);
            QCOMPARE(got.status, it->status);
            QCOMPARE(got.author, it->author);
            QCOMPARE(got.created, it->created);
            QCOMPARE(got.updated, it->updated);
        }
        // The imported report keeps the body, so a second export names it with the same GUID.
        QdpxProject again;
        QVERIFY(
            QdpxWriter(AnnotationStore(*fresh), ArticleStore(*fresh)).buildProject(&again, nullptr, &error));
        QdpxProject first;
        QVERIFY(QdpxReader::readFile(m_qdpx, &first, &error));
        QStringList firstGuids, againGuids;
        for (const QdpxSource& s : first.sources)
            firstGuids << s.guid;
        for (const QdpxSource& s : again.sources)
            againGuids << s.guid;
        firstGuids.sort();
        againGuids.sort();
        QCOMPARE(againGuids, firstGuids);
    }

    void reportsAlreadyStoredAreMatchedNotDuplicated()
    {
        auto db = freshDatabase(QStringLiteral("seeded.sqlite"));
        QVERIFY(db);
        QCOMPARE(exchange::importSeeds(*db), 5);
        const int before = ArticleStore(*db).count();
        QdpxImporter::Result result;
        QString error;
        QVERIFY2(importInto(*db, &result, &error), qPrintable(error));
        QCOMPARE(result.articlesMatched, 1);  // the seed report
        QCOMPARE(result.articlesImported, 1); // the report with wide characters
        QCOMPARE(ArticleStore(*db).count(), before + 1);
        QCOMPARE(result.annotationsImported, 4);

        // A second import changes nothing.
        QdpxImporter::Result again;
        QVERIFY2(importInto(*db, &again, &error), qPrintable(error));
        QCOMPARE(again.tagsCreated, 0);
        QCOMPARE(again.tagsMatched, 4);
        QCOMPARE(again.articlesImported, 0);
        QCOMPARE(again.annotationsImported, 0);
        QCOMPARE(again.annotationsAlreadyPresent, 4);
        QCOMPARE(AnnotationStore(*db).allAnnotations().size(), 4);
        QCOMPARE(ArticleStore(*db).count(), before + 1);
    }

    // Another tool kept the source's GUID but changed its text (a line of its own in front); the
    // positions count in that text. The GUID finds the report, and the passages are re-found in the
    // stored body by quote.
    void changedSourceTextIsReanchoredByQuote()
    {
        auto db = freshDatabase(QStringLiteral("changed.sqlite"));
        QVERIFY(db);
        const qint64 article =
            exchange::addArticle(*db, QStringLiteral("扩展字符测试报告"), exchange::wideBody());
        QVERIFY(article > 0);
        QdpxProject project;
        QString error;
        QVERIFY(QdpxReader::readFile(m_qdpx, &project, &error));
        const QString guid = AnnotationExchange::articleGuid(ArticleStore::bodyHash(exchange::wideBody()));
        QVector<QdpxSource> kept;
        const QString lead = QStringLiteral("导言：另一个工具加的一段 😀。\n");
        const qint64 shift = lead.toUcs4().size();
        for (QdpxSource source : std::as_const(project.sources)) {
            if (source.guid != guid)
                continue;
            source.text = lead + source.text;
            for (QdpxSelection& selection : source.selections) {
                selection.start += shift;
                selection.end += shift;
            }
            kept.append(source);
        }
        QCOMPARE(kept.size(), 1);
        project.sources = kept;

        QdpxImporter::Result result;
        QVERIFY2(importProject(*db, project, &result, &error), qPrintable(error));
        QCOMPARE(result.articlesMatched, 1);
        QCOMPARE(result.articlesImported, 0);
        QCOMPARE(result.annotationsImported, 2);
        QCOMPARE(result.annotationsOrphaned, 0);
        const QVector<Annotation> imported = AnnotationStore(*db).allAnnotations();
        QCOMPARE(imported.size(), 2);
        const auto expected = portable(*m_source);
        for (const Annotation& a : imported) {
            QCOMPARE(a.articleId, article);
            QVERIFY(!a.orphaned);
            QCOMPARE(a.anchor, expected.value(a.guid).anchor);
        }
    }

    // Without its text, a source is found by the GUID Regionscope gave it, and positions count in the
    // stored body.
    void sourceWithoutTextIsFoundByGuid()
    {
        auto db = freshDatabase(QStringLiteral("textless.sqlite"));
        QVERIFY(db);
        const qint64 article =
            exchange::addArticle(*db, QStringLiteral("扩展字符测试报告"), exchange::wideBody());
        QdpxProject project;
        QString error;
        QVERIFY(QdpxReader::readFile(m_qdpx, &project, &error));
        for (QdpxSource& source : project.sources) {
            source.hasText = false;
            source.text.clear();
        }
        QdpxImporter::Result result;
        QVERIFY2(importProject(*db, project, &result, &error), qPrintable(error));
        QCOMPARE(result.articlesMatched, 1);
        QCOMPARE(result.articlesImported, 0);
        QCOMPARE(result.annotationsImported, 2);
        QCOMPARE(result.selectionsSkipped, 2); // the seed report is not in this database
        QVERIFY(result.warnings.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("no text and no matching report")));
        const auto expected = portable(*m_source);
        for (const Annotation& a : AnnotationStore(*db).allAnnotations()) {
            QCOMPARE(a.articleId, article);
            QCOMPARE(a.anchor, expected.value(a.guid).anchor);
        }
    }
    // Characters XML 1.0 cannot carry are left out rather than making project.qde unreadable.
    void controlCharactersDoNotBreakTheXml()
    {
        QdpxProject project;
        project.name = QStringLiteral("p\x01");
        QdpxCode code;
        code.guid = AnnotationStore::newGuid();
        code.name = QStringLiteral("标签\x0b一");
        code.description = QStringLiteral("说明\x02") + QChar(0xFFFE);
        project.codes.append(code);
        QdpxNote note;
        note.guid = AnnotationStore::newGuid();
        note.text = QStringLiteral("第一行\r\n第二行\x1f 😀");
        project.notes.append(note);
        const QByteArray xml = QdpxWriter::projectXml(project);
        QdpxProject read;
        QString error;
        QVERIFY2(QdpxReader::readProjectXml(xml, nullptr, &read, &error), qPrintable(error));
        QCOMPARE(read.codes.size(), 1);
        QCOMPARE(read.codes.first().name, QStringLiteral("标签一"));
        QCOMPARE(read.codes.first().description, QStringLiteral("说明"));
        QCOMPARE(read.notes.first().text, QStringLiteral("第一行\n第二行 😀"));
    }

    // A failure on the last annotation takes back everything of the import: tags, the new reports and
    // the annotations stored before it.
    void failedImportStoresNothing()
    {
        auto db = freshDatabase(QStringLiteral("failing.sqlite"));
        QVERIFY(db);
        QSqlQuery trigger(db->connection());
        if (db->isPostgres()) {
            QVERIFY2(trigger.exec(QStringLiteral(
                         "CREATE FUNCTION fail_on_quote() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                         " IF NEW.quote = '人才驿站' THEN RAISE EXCEPTION 'injected failure'; END IF;"
                         " RETURN NEW; END $$")),
                     qPrintable(trigger.lastError().text()));
            QVERIFY2(trigger.exec(QStringLiteral("CREATE TRIGGER fail_on_quote BEFORE INSERT ON annotations"
                                                 " FOR EACH ROW EXECUTE FUNCTION fail_on_quote()")),
                     qPrintable(trigger.lastError().text()));
        } else {
            QVERIFY2(
                trigger.exec(QStringLiteral("CREATE TEMP TRIGGER fail_on_quote BEFORE INSERT ON annotations"
                                            " WHEN NEW.quote = '人才驿站' BEGIN"
                                            " SELECT RAISE(ABORT, 'injected failure'); END")),
                qPrintable(trigger.lastError().text()));
        }
        QdpxImporter::Result result;
        QString error;
        QVERIFY(!importInto(*db, &result, &error));
        // In words, naming what failed; the database's own text goes to the log, not to the user.
        QVERIFY2(error.startsWith(QStringLiteral("cannot store selection ")) &&
                     error.contains(QStringLiteral("Storing the annotation failed")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("injected failure")), qPrintable(error));
        QCOMPARE(ArticleStore(*db).count(), 0);
        QCOMPARE(AnnotationStore(*db).tags().size(), 0);
        QCOMPARE(AnnotationStore(*db).allAnnotations().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQdpxRoundTrip)
#include "tst_qdpxroundtrip.moc"
