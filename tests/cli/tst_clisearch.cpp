#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString seedDir = QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds");

} // namespace

class TestCliSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, QString> m_textById; // from `show`, to compute the expected hits

    // Runs `search`; false (the CLI's message logged) when it exits with another code than expected, so
    // the caller's QVERIFY stops the test there.
    bool search(const QStringList& arguments, QStringList* lines = nullptr, int expectedExit = 0)
    {
        const CliResult result =
            runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("search")} + arguments);
        if (lines)
            *lines = result.lines();
        if (result.exitCode == expectedExit)
            return true;
        qWarning("search exited with %d, not %d: %s", result.exitCode, expectedExit, qPrintable(result.err));
        return false;
    }

    QSet<QString> ids(const QStringList& lines)
    {
        QSet<QString> result;
        for (int i = 1; i < lines.size(); ++i)
            result.insert(lines.at(i).section(QLatin1Char('\t'), 0, 0));
        return result;
    }

    QSet<QString> containing(const QString& term) const
    {
        QSet<QString> result;
        for (auto it = m_textById.cbegin(); it != m_textById.cend(); ++it) {
            if (it.value().contains(term))
                result.insert(it.key());
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("seeds.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), seedDir}).exitCode, 0);
        const QStringList listed = runCli({QStringLiteral("--db"), m_db, QStringLiteral("list")}).lines();
        QCOMPARE(listed.size(), 6);
        for (int i = 1; i < listed.size(); ++i) {
            const QString id = listed.at(i).section(QLatin1Char('\t'), 0, 0);
            m_textById.insert(id, runCli({QStringLiteral("--db"), m_db, QStringLiteral("show"), id}).out);
        }
    }

    void tsvHasTheContractHeaderAndExactHits_data()
    {
        QTest::addColumn<QString>("query");
        for (const char* query : {"人才", "干部", "党建", "人才驿站", "1.5亿", "驿"})
            QTest::newRow(query) << QString::fromUtf8(query);
    }

    void tsvHasTheContractHeaderAndExactHits()
    {
        QFETCH(QString, query);
        QStringList lines;
        QVERIFY(search({query}, &lines));
        QCOMPARE(lines.value(0), QStringLiteral("id\ttitle\tdate\tregion_code\tscore\tsnippet"));
        QVERIFY(!containing(query).isEmpty());
        QCOMPARE(ids(lines), containing(query));
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 6);
            QVERIFY2(fields.at(5).contains(QLatin1Char('[') + query + QLatin1Char(']')),
                     qPrintable(fields.at(5)));
            if (i > 1)
                QVERIFY(lines.at(i - 1).section(QLatin1Char('\t'), 4, 4).toDouble() >=
                        fields.at(4).toDouble());
        }
    }

    void operatorsAreSearchedAsText_data()
    {
        QTest::addColumn<QString>("query");
        for (const char* query : {"AND", "\"", "NEAR(", "title:人才", "人才*", "(干部", "OR", "^"})
            QTest::newRow(query) << QString::fromUtf8(query);
    }

    void operatorsAreSearchedAsText()
    {
        QFETCH(QString, query);
        QVERIFY(containing(query).isEmpty()); // none of these characters or words occur in the seeds
        QStringList lines;
        QVERIFY(search({query}, &lines));
        QCOMPARE(lines, QStringList{QStringLiteral("id\ttitle\tdate\tregion_code\tscore\tsnippet")});
    }

    void severalTermsAndPinyin()
    {
        QStringList lines;
        QVERIFY(search({QStringLiteral("人才 干部")}, &lines));
        QCOMPARE(ids(lines), containing(QStringLiteral("人才")) & containing(QStringLiteral("干部")));
        QVERIFY(search({QStringLiteral("人才"), QStringLiteral("干部")}, &lines));
        QCOMPARE(ids(lines), containing(QStringLiteral("人才")) & containing(QStringLiteral("干部")));
        QVERIFY(search({QStringLiteral("xiangqiao")}, &lines));
        QCOMPARE(ids(lines), containing(QStringLiteral("湘桥")));
        QVERIFY(search({QStringLiteral("jinwan")}, &lines));
        QCOMPARE(ids(lines), containing(QStringLiteral("金湾")));
    }

    void jsonAndFilters()
    {
        const CliResult result =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("search"), QStringLiteral("人才"),
                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(rows.size(), containing(QStringLiteral("人才")).size());
        QSet<QString> regions;
        for (const QJsonValue& row : rows) {
            const QJsonObject object = row.toObject();
            for (const char* key : {"id", "title", "date", "region_code", "score", "snippet"})
                QVERIFY2(object.contains(QLatin1String(key)), key);
            if (!object.value(QStringLiteral("region_code")).toString().isEmpty())
                regions.insert(object.value(QStringLiteral("region_code")).toString());
        }
        QVERIFY(!regions.isEmpty());
        for (const QString& region : std::as_const(regions)) {
            QStringList lines;
            QVERIFY(search({QStringLiteral("人才"), QStringLiteral("--region"), region.left(2)}, &lines));
            QVERIFY(lines.size() > 1);
            for (int i = 1; i < lines.size(); ++i)
                QVERIFY(lines.at(i).section(QLatin1Char('\t'), 3, 3).startsWith(region.left(2)));
        }
        QStringList lines;
        QVERIFY(
            search({QStringLiteral("人才"), QStringLiteral("--from"), QStringLiteral("2100-01-01")}, &lines));
        QCOMPARE(lines.size(), 1);
        QVERIFY(search({QStringLiteral("人才"), QStringLiteral("--to"), QStringLiteral("1900")}, &lines));
        QCOMPARE(lines.size(), 1);
        // Reports without a date are outside every date range.
        QSet<QString> dated;
        QVERIFY(search({QStringLiteral("人才")}, &lines));
        for (const QString& line : std::as_const(lines).mid(1)) {
            if (!line.section(QLatin1Char('\t'), 2, 2).isEmpty())
                dated.insert(line.section(QLatin1Char('\t'), 0, 0));
        }
        QVERIFY(!dated.isEmpty());
        QVERIFY(search({QStringLiteral("人才"), QStringLiteral("--from"), QStringLiteral("1900"),
                        QStringLiteral("--to"), QStringLiteral("2100-12")},
                       &lines));
        QCOMPARE(ids(lines), dated);
    }

    void usageErrors()
    {
        QVERIFY(search({}, nullptr, 2));
        QVERIFY(search({QStringLiteral("  ")}, nullptr, 2));
        QVERIFY(
            search({QStringLiteral("人才"), QStringLiteral("--format"), QStringLiteral("xml")}, nullptr, 2));
        QVERIFY(
            search({QStringLiteral("人才"), QStringLiteral("--region"), QStringLiteral("99")}, nullptr, 2));
        QVERIFY(search({QStringLiteral("人才"), QStringLiteral("--from"), QStringLiteral("yesterday")},
                       nullptr, 2));
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_clisearch.moc"
