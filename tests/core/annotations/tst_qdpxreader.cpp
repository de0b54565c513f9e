#include "ExchangeFixture.h"
#include "PostgresTestServer.h"

#include "annotations/AnnotationExchange.h"
#include "annotations/QdpxImporter.h"
#include "annotations/QdpxReader.h"
#include "util/ZipArchive.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// QdpxReader on projects written by other tools and on hostile input, and QdpxImporter on what it
// reads from another tool: foreign GUIDs, nested codes, a source the database does not have.
class TestQdpxReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server; // outlives the databases: they are dropped once their connections closed

    static QByteArray project(const QByteArray& inner)
    {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
               "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Fremd\" origin=\"OtherQDA 3.2\">\n" +
               inner + "\n</Project>\n";
    }

    static QByteArray zipped(const QByteArray& qde, const QHash<QString, QByteArray>& sources = {})
    {
        ZipArchive archive;
        archive.addEntry(QStringLiteral("project.qde"), qde);
        for (auto it = sources.cbegin(); it != sources.cend(); ++it)
            archive.addEntry(it.key(), it.value());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.qdpx"));
        QString error;
        if (!archive.save(path, &error))
            return {};
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString readError(const QByteArray& bytes)
    {
        QdpxProject project;
        QString error;
        if (QdpxReader::readBytes(bytes, &project, &error))
            return QStringLiteral("(read without error)");
        return error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
    }

    void guidsAreNormalised()
    {
        QCOMPARE(QdpxReader::normalizedGuid(QStringLiteral("{ABCDEF01-2345-6789-ABCD-EF0123456789}")),
                 QStringLiteral("abcdef01-2345-6789-abcd-ef0123456789"));
        QCOMPARE(QdpxReader::normalizedGuid(QStringLiteral("abcdef01-2345-6789-abcd-ef0123456789")),
                 QStringLiteral("abcdef01-2345-6789-abcd-ef0123456789"));
        QCOMPARE(QdpxReader::normalizedGuid(QStringLiteral("{abcdef01-2345-6789-abcd-ef0123456789")),
                 QString());
        QCOMPARE(QdpxReader::normalizedGuid(QStringLiteral("not-a-guid")), QString());
    }

    // A project as another tool writes it, imported into a database holding the seed reports.
    void foreignProjectArrivesAsTagsAndAnnotations()
    {
        Database db;
        QString openError;
        QVERIFY2(m_server.openForRun(db, m_dir.filePath(QStringLiteral("foreign.sqlite")), &openError),
                 qPrintable(openError));
        QCOMPARE(exchange::importSeeds(db), 5);
        ArticleStore articles(db);
        StoredArticle seed;
        for (qint64 id : articles.ids()) {
            if (articles.load(id, &seed) && seed.body.contains(QStringLiteral("人才驿站")))
                break;
        }
        QVERIFY(seed.body.contains(QStringLiteral("人才驿站")));
        const int articlesBefore = articles.count();

        // A text the database does not have: CRLF line ends and a character outside the BMP, as a
        // Windows tool would write it, inline.
        const QString newText = QStringLiteral("第一段 😀 引言。\r\n第二段：基层党建示范点建设。\r\n");
        const QString newQuote = QStringLiteral("基层党建示范点");
        const int newStart = int(newText.left(newText.indexOf(newQuote)).toUcs4().size());
        const QString seedQuote = QStringLiteral("人才驿站");
        const int seedStart = int(seed.body.left(seed.body.indexOf(seedQuote)).toUcs4().size());

        const QByteArray qde = project(
            QStringLiteral(
                "<Users><User guid=\"{11111111-AAAA-4AAA-8AAA-000000000001}\" name=\"Ada\"/></Users>\n"
                "<CodeBook><Codes>\n"
                " <Code guid=\"{22222222-AAAA-4AAA-8AAA-000000000001}\" name=\"主题\" isCodable=\"false\">\n"
                "  <Code guid=\"{22222222-AAAA-4AAA-8AAA-000000000002}\" name=\"人才\" isCodable=\"true\" "
                "color=\"#F00\">\n"
                "   <Description>人才相关</Description>\n"
                "   <Code guid=\"{22222222-AAAA-4AAA-8AAA-000000000003}\" name=\"驿站\" isCodable=\"true\" "
                "color=\"#00ff00\"/>\n"
                "  </Code>\n"
                "  <Code guid=\"{22222222-AAAA-4AAA-8AAA-000000000004}\" name=\"党建\" isCodable=\"true\"/>\n"
                " </Code>\n"
                "</Codes></CodeBook>\n"
                "<Variables><Variable guid=\"{33333333-AAAA-4AAA-8AAA-000000000001}\" name=\"x\" "
                "typeOfVariable=\"Text\"/></Variables>\n"
                "<Sources>\n"
                " <TextSource guid=\"{44444444-AAAA-4AAA-8AAA-000000000001}\" name=\"seed.txt\" "
                "plainTextPath=\"internal://seed-copy.txt\">\n"
                "  <PlainTextSelection guid=\"{55555555-AAAA-4AAA-8AAA-000000000001}\" startPosition=\"%1\" "
                "endPosition=\"%2\""
                " creatingUser=\"{11111111-AAAA-4AAA-8AAA-000000000001}\" "
                "creationDateTime=\"2025-01-02T03:04:05Z\">\n"
                "   <Description>描述也是备注</Description>\n"
                "   <Coding guid=\"{66666666-AAAA-4AAA-8AAA-000000000001}\"><CodeRef "
                "targetGUID=\"{22222222-AAAA-4AAA-8AAA-000000000003}\"/></Coding>\n"
                "   <Coding guid=\"{66666666-AAAA-4AAA-8AAA-000000000002}\"><CodeRef "
                "targetGUID=\"{22222222-AAAA-4AAA-8AAA-000000000002}\"/></Coding>\n"
                "   <NoteRef targetGUID=\"{77777777-AAAA-4AAA-8AAA-000000000001}\"/>\n"
                "  </PlainTextSelection>\n"
                " </TextSource>\n"
                " <TextSource guid=\"{44444444-AAAA-4AAA-8AAA-000000000002}\" name=\"新来源.txt\">\n"
                "  <PlainTextContent>%3</PlainTextContent>\n"
                "  <PlainTextSelection guid=\"{55555555-AAAA-4AAA-8AAA-000000000002}\" startPosition=\"%4\" "
                "endPosition=\"%5\">\n"
                "   <Coding guid=\"{66666666-AAAA-4AAA-8AAA-000000000003}\"><CodeRef "
                "targetGUID=\"{22222222-AAAA-4AAA-8AAA-000000000004}\"/></Coding>\n"
                "  </PlainTextSelection>\n"
                " </TextSource>\n"
                " <PictureSource guid=\"{44444444-AAAA-4AAA-8AAA-000000000003}\" "
                "path=\"internal://p.png\"/>\n"
                "</Sources>\n"
                "<Notes><Note guid=\"{77777777-AAAA-4AAA-8AAA-000000000001}\" "
                "name=\"memo\"><PlainTextContent>来自备忘录</PlainTextContent></Note></Notes>")
                .arg(seedStart)
                .arg(seedStart + 4)
                .arg(newText.toHtmlEscaped().replace(QStringLiteral("\r"), QStringLiteral("&#13;")))
                .arg(newStart)
                .arg(newStart + int(newQuote.size()))
                .toUtf8());
        const QByteArray bytes = zipped(qde, {{QStringLiteral("sources/seed-copy.txt"), seed.body.toUtf8()}});
        QVERIFY(!bytes.isEmpty());

        QdpxProject parsed;
        QString error;
        QVERIFY2(QdpxReader::readBytes(bytes, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.codes.size(), 4);
        QCOMPARE(parsed.codePath(QStringLiteral("22222222-aaaa-4aaa-8aaa-000000000003")),
                 QStringLiteral("主题/人才/驿站"));
        QCOMPARE(parsed.code(QStringLiteral("22222222-aaaa-4aaa-8aaa-000000000002"))->color,
                 QStringLiteral("#ff0000"));
        QCOMPARE(parsed.sources.size(), 2);
        QVERIFY(parsed.sources.at(0).hasText);
        QCOMPARE(parsed.sources.at(1).text, newText);
        QVERIFY2(parsed.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("picture")),
                 qPrintable(parsed.warnings.join(QLatin1Char('\n'))));

        AnnotationStore store(db);
        QdpxImporter::Result result;
        QVERIFY2(QdpxImporter(store, articles).import(parsed, &result, &error), qPrintable(error));
        QCOMPARE(result.tagsCreated, 4);
        QCOMPARE(result.articlesMatched, 1);
        QCOMPARE(result.articlesImported, 1);
        QCOMPARE(result.annotationsImported, 2);
        QCOMPARE(result.selectionsSkipped, 0);
        QCOMPARE(articles.count(), articlesBefore + 1);

        QVERIFY(store.tagByPath(QStringLiteral("主题/人才/驿站")) > 0);
        QVERIFY(store.tagByPath(QStringLiteral("主题/党建")) > 0);
        Tag talent;
        QVERIFY(store.tag(store.tagByPath(QStringLiteral("主题/人才")), &talent));
        QCOMPARE(talent.color, QColor(QStringLiteral("#ff0000")));
        QCOMPARE(talent.description, QStringLiteral("人才相关"));
        QCOMPARE(talent.guid, QStringLiteral("22222222-aaaa-4aaa-8aaa-000000000002"));

        Annotation onSeed;
        Annotation onNew;
        for (const Annotation& a : store.allAnnotations()) {
            if (a.guid == QLatin1String("55555555-aaaa-4aaa-8aaa-000000000001"))
                onSeed = a;
            else if (a.guid == QLatin1String("55555555-aaaa-4aaa-8aaa-000000000002"))
                onNew = a;
        }
        QCOMPARE(onSeed.articleId, seed.id);
        QCOMPARE(onSeed.anchor.quote, seedQuote);
        QCOMPARE(onSeed.anchor.start, int(seed.body.indexOf(seedQuote)));
        QCOMPARE(onSeed.author, QStringLiteral("Ada"));
        QCOMPARE(onSeed.note, QStringLiteral("描述也是备注\n\n来自备忘录"));
        QCOMPARE(onSeed.status, Annotation::Status::ToReview);
        QCOMPARE(onSeed.createdAt, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(onSeed.tagIds.size(), 2);

        // The new report is stored with '\n' line ends, and the passage is where the tool meant it.
        StoredArticle created;
        QVERIFY(articles.load(onNew.articleId, &created));
        QCOMPARE(created.title, QStringLiteral("新来源"));
        QCOMPARE(created.body, QString(newText).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
        QCOMPARE(created.regionCode, QString());
        QCOMPARE(onNew.anchor.quote, newQuote);
        QCOMPARE(created.body.mid(onNew.anchor.start, onNew.anchor.end - onNew.anchor.start), newQuote);
        QCOMPARE(onNew.tagIds, QVector<qint64>{store.tagByPath(QStringLiteral("主题/党建"))});
    }

    void emptySourceIsNotImported()
    {
        Database db;
        QString openError;
        QVERIFY2(m_server.openForRun(db, m_dir.filePath(QStringLiteral("empty.sqlite")), &openError),
                 qPrintable(openError));
        QdpxProject parsed;
        QString error;
        QVERIFY2(QdpxReader::readBytes(
                     project("<Sources><TextSource guid=\"44444444-aaaa-4aaa-8aaa-000000000001\" "
                             "name=\"空\"><PlainTextContent>  </PlainTextContent>"
                             "<PlainTextSelection guid=\"55555555-aaaa-4aaa-8aaa-000000000001\" "
                             "startPosition=\"0\" endPosition=\"1\"/></TextSource></Sources>"),
                     &parsed, &error),
                 qPrintable(error));
        AnnotationStore store(db);
        ArticleStore articles(db);
        QdpxImporter::Result result;
        QVERIFY2(QdpxImporter(store, articles).import(parsed, &result, &error), qPrintable(error));
        QCOMPARE(result.articlesImported, 0);
        QCOMPARE(result.selectionsSkipped, 1);
        QVERIFY2(result.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("\"空\" is empty")),
                 qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(articles.count(), 0);
    }

    void bareProjectQdeIsRead()
    {
        QdpxProject parsed;
        QString error;
        QVERIFY2(QdpxReader::readBytes(
                     project("<CodeBook><Codes><Code guid=\"22222222-aaaa-4aaa-8aaa-000000000009\" "
                             "name=\"a/b\" isCodable=\"true\"/></Codes></CodeBook>"),
                     &parsed, &error),
                 qPrintable(error));
        QCOMPARE(parsed.name, QStringLiteral("Fremd"));
        QCOMPARE(parsed.codes.size(), 1);
        // A '/' in a code name must not read as a level of the tag path.
        QVERIFY(!parsed.codes.first().name.contains(QLatin1Char('/')));
    }

    void unsafeArchivesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::addColumn<QString>("expected");
        const QByteArray qde = project("");
        QTest::newRow("climbs out") << exchange::rawZip(
                                           {{"project.qde", qde}, {"sources/../../evil.txt", "x"}})
                                    << QStringLiteral("climbs out");
        QTest::newRow("parent first")
            << exchange::rawZip({{"../evil", "x"}, {"project.qde", qde}}) << QStringLiteral("\"..\"");
        QTest::newRow("absolute") << exchange::rawZip({{"project.qde", qde}, {"/etc/evil", "x"}})
                                  << QStringLiteral("absolute path");
        QTest::newRow("backslash") << exchange::rawZip({{"project.qde", qde}, {"..\\evil", "x"}})
                                   << QStringLiteral("backslash");
        QTest::newRow("huge entry") << exchange::rawZip({{"project.qde", qde},
                                                         {"sources/big.txt", "x", 300u * 1024 * 1024}})
                                    << QStringLiteral("larger than");
    }

    void unsafeArchivesAreRefused()
    {
        QFETCH(QByteArray, zip);
        QFETCH(QString, expected);
        const QString error = readError(zip);
        QVERIFY2(error.contains(expected), qPrintable(error));
        // The same from a file, the way the CLI and the GUI read it.
        const QString path = m_dir.filePath(QStringLiteral("unsafe.qdpx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(zip);
        file.close();
        QdpxProject project;
        QString fileError;
        QVERIFY(!QdpxReader::readFile(path, &project, &fileError));
        QVERIFY2(fileError.contains(expected), qPrintable(fileError));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("evil"))));
        QVERIFY(!QFile::exists(QDir::cleanPath(m_dir.path() + QStringLiteral("/../evil.txt"))));
    }

    void malformedProjectsAreExplained_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a project") << QByteArray("hello") << QStringLiteral("project.qde, line 1");
        QTest::newRow("other root") << QByteArray("<?xml version=\"1.0\"?><Book/>")
                                    << QStringLiteral("<Book>");
        QTest::newRow("other namespace")
            << QByteArray("<Project xmlns=\"urn:other\" name=\"x\"/>") << QStringLiteral("urn:other");
        QTest::newRow("code without guid")
            << project("<CodeBook><Codes><Code name=\"x\" isCodable=\"true\"/></Codes></CodeBook>")
            << QStringLiteral("<Code> has no guid attribute");
        QTest::newRow("bad guid") << project("<Users><User guid=\"1234\"/></Users>")
                                  << QStringLiteral("not a GUID");
        QTest::newRow("duplicate code")
            << project("<CodeBook><Codes><Code guid=\"22222222-aaaa-4aaa-8aaa-000000000001\" name=\"a\" "
                       "isCodable=\"true\"/>"
                       "<Code guid=\"22222222-aaaa-4aaa-8aaa-000000000001\" name=\"b\" "
                       "isCodable=\"true\"/></Codes></CodeBook>")
            << QStringLiteral("two codes");
        QTest::newRow("bad positions")
            << project(
                   "<Sources><TextSource "
                   "guid=\"44444444-aaaa-4aaa-8aaa-000000000001\"><PlainTextContent>abc</PlainTextContent>"
                   "<PlainTextSelection guid=\"55555555-aaaa-4aaa-8aaa-000000000001\" startPosition=\"5\" "
                   "endPosition=\"2\"/>"
                   "</TextSource></Sources>")
            << QStringLiteral("not a range");
        QTest::newRow("coding without code")
            << project("<Sources><TextSource guid=\"44444444-aaaa-4aaa-8aaa-000000000001\">"
                       "<PlainTextSelection guid=\"55555555-aaaa-4aaa-8aaa-000000000001\" "
                       "startPosition=\"0\" endPosition=\"2\">"
                       "<Coding "
                       "guid=\"66666666-aaaa-4aaa-8aaa-000000000001\"/></PlainTextSelection></TextSource></"
                       "Sources>")
            << QStringLiteral("has no <CodeRef>");
        QTest::newRow("truncated") << project("<CodeBook><Codes>").left(120)
                                   << QStringLiteral("project.qde, line");
        QTest::newRow("no project.qde")
            << exchange::rawZip({{"other.txt", "x"}}) << QStringLiteral("no project.qde");
        QTest::newRow("damaged zip") << QByteArray("PK\x03\x04garbage") << QStringLiteral("zip");
        QByteArray laughs =
            "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY a \"" + QByteArray(100, 'a') + "\">";
        const char* names = "abcdefg";
        for (int level = 1; level < 7; ++level) {
            laughs += QByteArray("<!ENTITY ") + names[level] + " \"";
            for (int i = 0; i < 20; ++i)
                laughs += QByteArray("&") + names[level - 1] + ";";
            laughs += "\">";
        }
        laughs += "]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&g;\"/>";
        QTest::newRow("billion laughs") << laughs << QStringLiteral("entity expansion limit");
        QByteArray deep;
        for (int i = 0; i < 80; ++i)
            deep += QStringLiteral("<Code guid=\"22222222-aaaa-4aaa-8aaa-%1\" name=\"c\" isCodable=\"true\">")
                        .arg(i, 12, 10, QLatin1Char('0'))
                        .toUtf8();
        for (int i = 0; i < 80; ++i)
            deep += "</Code>";
        QTest::newRow("too deep") << project("<CodeBook><Codes>" + deep + "</Codes></CodeBook>")
                                  << QStringLiteral("nested more than 64");
    }

    void malformedProjectsAreExplained()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const QString error = readError(data);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // Every prefix and a spread of single-byte corruptions of a real archive: the reader answers
    // (true or false with a message) and never crashes.
    void damagedArchivesNeverCrash()
    {
        const QByteArray good =
            zipped(project("<Users><User guid=\"11111111-aaaa-4aaa-8aaa-000000000001\" name=\"A\"/></Users>"
                           "<Sources><TextSource guid=\"44444444-aaaa-4aaa-8aaa-000000000001\" "
                           "plainTextPath=\"internal://a.txt\"><PlainTextSelection "
                           "guid=\"55555555-aaaa-4aaa-8aaa-000000000001\" startPosition=\"0\" "
                           "endPosition=\"1\"/></TextSource></Sources>"),
                   {{QStringLiteral("sources/a.txt"), QByteArray("abc")}});
        QVERIFY(!good.isEmpty());
        QdpxProject parsed;
        QString error;
        QVERIFY2(QdpxReader::readBytes(good, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.sources.first().text, QStringLiteral("abc"));
        int refused = 0;
        for (int length = 0; length < good.size(); length += 7) {
            error.clear();
            if (!QdpxReader::readBytes(good.left(length), &parsed, &error)) {
                QVERIFY(!error.isEmpty());
                ++refused;
            }
        }
        QVERIFY(refused > 0);
        for (int i = 0; i < good.size(); i += 3) {
            QByteArray damaged = good;
            damaged[i] = char(damaged.at(i) ^ 0x5A);
            error.clear();
            if (!QdpxReader::readBytes(damaged, &parsed, &error))
                QVERIFY(!error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestQdpxReader)
#include "tst_qdpxreader.moc"
