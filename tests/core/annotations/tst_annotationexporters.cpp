#include "ExchangeFixture.h"
#include "PostgresTestServer.h"

#include "annotations/AnnotationCsvExporter.h"
#include "annotations/AnnotationExchange.h"
#include "annotations/WebAnnotationExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// AnnotationCsvExporter and WebAnnotationExporter: the CSV opens in a spreadsheet as it should (BOM,
// RFC 4180 quoting), the JSON has the W3C Web Annotation shape, and both count positions in code points.
class TestAnnotationExporters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server; // outlives m_db: its database is dropped once the connection closed
    std::unique_ptr<Database> m_db;
    qint64 m_wide = 0;
    qint64 m_seed = 0;

    // A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
    static QVector<QStringList> parseCsv(const QString& text, bool* ok)
    {
        QVector<QStringList> rows;
        QStringList row;
        QString field;
        bool quoted = false;
        bool wasQuoted = false;
        *ok = true;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                        field += c;
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char('"')) {
                if (!field.isEmpty() || wasQuoted)
                    *ok = false; // a quote inside an unquoted field
                quoted = wasQuoted = true;
            } else if (c == QLatin1Char(',')) {
                row << field;
                field.clear();
                wasQuoted = false;
            } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                row << field;
                rows << row;
                row.clear();
                field.clear();
                wasQuoted = false;
                ++i;
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                *ok = false; // bare line break outside quotes: not CRLF
            } else {
                field += c;
            }
        }
        if (quoted || !field.isEmpty() || !row.isEmpty())
            *ok = false; // the last record must end in CRLF
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_server.openForRun(*m_db, m_dir.filePath(QStringLiteral("e.sqlite")), &error),
                 qPrintable(error));
        QCOMPARE(exchange::populate(*m_db, &m_wide, &m_seed), 4);
    }

    void csvHasBomHeaderAndQuotedFields()
    {
        AnnotationStore store(*m_db);
        ArticleStore articles(*m_db);
        int count = 0;
        const QByteArray bytes = AnnotationCsvExporter(store, articles).csv({}, &count);
        QCOMPARE(count, 5); // orphans too, marked as such
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        bool ok = false;
        const QVector<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), &ok);
        QVERIFY2(ok, "not RFC 4180 CSV with CRLF line ends");
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.first(), AnnotationCsvExporter::header());
        for (const QStringList& row : rows)
            QCOMPARE(row.size(), rows.first().size());

        const QStringList header = rows.first();
        auto column = [&](const QStringList& row, const char* name) {
            return row.value(header.indexOf(QLatin1String(name)));
        };
        const QStringList* wide = nullptr;
        const QStringList* orphan = nullptr;
        for (const QStringList& row : rows) {
            if (column(row, "quote") == exchange::widePassage())
                wide = &row;
            if (column(row, "orphaned") == QLatin1String("yes"))
                orphan = &row;
        }
        QVERIFY(wide);
        QCOMPARE(column(*wide, "article_id"), QString::number(m_wide));
        QCOMPARE(column(*wide, "article_title"), QStringLiteral("扩展字符测试报告"));
        QCOMPARE(column(*wide, "tags"), QStringLiteral("政策/人才补贴; 核查, \"数字\""));
        QCOMPARE(column(*wide, "note"), QStringLiteral("与蓬江区比较, \"引号\"\n第二行"));
        QCOMPARE(column(*wide, "status"), QStringLiteral("flagged"));
        QCOMPARE(column(*wide, "author"), QStringLiteral("张三"));
        QCOMPARE(column(*wide, "created_utc"), QStringLiteral("2026-03-01 08:00:00"));
        const int start = exchange::widePassageCodePointStart();
        QCOMPARE(column(*wide, "start"), QString::number(start));
        QCOMPARE(column(*wide, "end"), QString::number(start + exchange::widePassage().size()));
        QCOMPARE(column(*wide, "prefix"), QStringLiteral("𠀀😀字体与表情之后的段落。\n全年"));
        QVERIFY(orphan);
        QCOMPARE(column(*orphan, "quote"), QStringLiteral("已删除的段落"));

        // The raw bytes quote exactly the fields that need it.
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral(",\"与蓬江区比较, \"\"引号\"\"\n第二行\",")));
        QVERIFY(text.contains(QStringLiteral(",张三,")));
    }

    void csvRegionColumnsComeFromTheReport()
    {
        AnnotationStore store(*m_db);
        ArticleStore articles(*m_db);
        AnnotationFilter filter;
        filter.articleId = m_seed;
        const QByteArray bytes = AnnotationCsvExporter(store, articles).csv(filter);
        bool ok = false;
        const QVector<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), 3);
        StoredArticle seed;
        QVERIFY(articles.load(m_seed, &seed));
        QVERIFY(!seed.regionCode.isEmpty());
        const int code = int(rows.first().indexOf(QStringLiteral("region_code")));
        QCOMPARE(rows.at(1).at(code), seed.regionCode);
        QCOMPARE(rows.at(1).at(code + 1),
                 Gazetteer::builtin().namePath(seed.regionCode).join(QLatin1Char(' ')));
        QCOMPARE(rows.at(1).at(code + 2), seed.metadata.publishedOn.toString(Qt::ISODate));
    }

    void jsonFollowsTheWebAnnotationModel()
    {
        AnnotationStore store(*m_db);
        ArticleStore articles(*m_db);
        const QString path = m_dir.filePath(QStringLiteral("a.json"));
        int count = 0;
        QString error;
        QVERIFY2(WebAnnotationExporter(store, articles).write(path, &count, &error), qPrintable(error));
        QCOMPARE(count, 5);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonObject collection = document.object();
        QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(collection.value(QStringLiteral("@context")).toArray().first().toString(),
                 QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(collection.value(QStringLiteral("total")).toInt(), 5);
        const QJsonArray items =
            collection.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 5);

        StoredArticle wideArticle;
        QVERIFY(articles.load(m_wide, &wideArticle));
        const QString wideSource = QStringLiteral("urn:uuid:") +
                                   AnnotationExchange::articleGuid(ArticleStore::bodyHash(wideArticle.body));
        QJsonObject wide;
        QJsonObject orphan;
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
            QCOMPARE(item.value(QStringLiteral("@context")).toArray().first().toString(),
                     QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
            QVERIFY(item.value(QStringLiteral("id")).toString().startsWith(QLatin1String("urn:uuid:")));
            const QJsonObject target = item.value(QStringLiteral("target")).toObject();
            const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
            if (selectors.first().toObject().value(QStringLiteral("exact")).toString() ==
                exchange::widePassage())
                wide = item;
            if (item.value(QStringLiteral("regionscope:orphaned")).toBool())
                orphan = item;
        }
        QVERIFY(!wide.isEmpty());
        QCOMPARE(wide.value(QStringLiteral("motivation")).toString(), QStringLiteral("tagging"));
        QCOMPARE(wide.value(QStringLiteral("created")).toString(),
                 QStringLiteral("2026-03-01T08:00:00.123Z"));
        QCOMPARE(wide.value(QStringLiteral("modified")).toString(),
                 QStringLiteral("2026-03-02T09:30:00.456Z"));
        QCOMPARE(wide.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("张三"));
        QCOMPARE(wide.value(QStringLiteral("regionscope:status")).toString(), QStringLiteral("flagged"));
        const QJsonArray bodies = wide.value(QStringLiteral("body")).toArray();
        QCOMPARE(bodies.size(), 3);
        QCOMPARE(bodies.at(0).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("TextualBody"));
        QCOMPARE(bodies.at(0).toObject().value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("commenting"));
        QCOMPARE(bodies.at(0).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("与蓬江区比较, \"引号\"\n第二行"));
        QCOMPARE(bodies.at(1).toObject().value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("tagging"));
        QCOMPARE(bodies.at(1).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("政策/人才补贴"));
        QCOMPARE(bodies.at(2).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("核查, \"数字\""));

        const QJsonObject target = wide.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("source")).toString(), wideSource);
        const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
        QCOMPARE(selectors.size(), 2);
        const QJsonObject quote = selectors.at(0).toObject();
        QCOMPARE(quote.value(QStringLiteral("type")).toString(), QStringLiteral("TextQuoteSelector"));
        QCOMPARE(quote.value(QStringLiteral("prefix")).toString(),
                 QStringLiteral("𠀀😀字体与表情之后的段落。\n全年"));
        QCOMPARE(quote.value(QStringLiteral("suffix")).toString().left(5), QStringLiteral("，引进博士"));
        const QJsonObject position = selectors.at(1).toObject();
        QCOMPARE(position.value(QStringLiteral("type")).toString(), QStringLiteral("TextPositionSelector"));
        const int start = exchange::widePassageCodePointStart();
        QCOMPARE(position.value(QStringLiteral("start")).toInt(), start);
        QCOMPARE(position.value(QStringLiteral("end")).toInt(), start + int(exchange::widePassage().size()));
        // The quote and context re-find the passage in the body, counting code points as the model does.
        const QVector<uint> codePoints = wideArticle.body.toUcs4();
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData()) + start,
                                   int(exchange::widePassage().size())),
                 exchange::widePassage());

        // An orphan keeps its quote but no longer claims a position.
        QVERIFY(!orphan.isEmpty());
        const QJsonArray orphanSelectors =
            orphan.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray();
        QCOMPARE(orphanSelectors.size(), 1);
        QCOMPARE(orphanSelectors.first().toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("TextQuoteSelector"));
    }
    // Runs last: it adds an annotation.
    void csvNeverStartsAFormula()
    {
        QCOMPARE(AnnotationCsvExporter::text(QStringLiteral("=HYPERLINK(\"x\")")),
                 QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(AnnotationCsvExporter::text(QStringLiteral("-5")), QStringLiteral("'-5"));
        QCOMPARE(AnnotationCsvExporter::text(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(AnnotationCsvExporter::text(QStringLiteral("人才-5")), QStringLiteral("人才-5"));

        AnnotationStore store(*m_db);
        ArticleStore articles(*m_db);
        QVERIFY(exchange::addAnnotation(store, m_wide, exchange::wideBody(), QStringLiteral("引进博士45人"),
                                        {}, QStringLiteral("=1+1"), Annotation::Status::ToReview,
                                        QStringLiteral("+author"), exchange::at("2026-03-08T00:00:00.000Z"),
                                        exchange::at("2026-03-08T00:00:00.000Z")) > 0);
        AnnotationFilter filter;
        filter.text = QStringLiteral("=1+1");
        bool ok = false;
        const QVector<QStringList> rows =
            parseCsv(QString::fromUtf8(AnnotationCsvExporter(store, articles).csv(filter).mid(3)), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), 2);
        const QStringList header = rows.first();
        QCOMPARE(rows.at(1).at(header.indexOf(QStringLiteral("note"))), QStringLiteral("'=1+1"));
        QCOMPARE(rows.at(1).at(header.indexOf(QStringLiteral("author"))), QStringLiteral("'+author"));
        QCOMPARE(rows.at(1).at(header.indexOf(QStringLiteral("quote"))), QStringLiteral("引进博士45人"));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationExporters)
#include "tst_annotationexporters.moc"
