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

    QStringList search(const QStringList& arguments, int expectedExit = 0)
    {
        const CliResult result =
            runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("search")} + arguments);
        if (result.exitCode != expectedExit)
            qWarning("%s", qPrintable(result.err));
        [&] { QCOMPARE(result.exitCode, expectedExit); }();
        return result.lines();
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
        const QStringList lines = search({query});
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
        const QStringList lines = search({query});
        QCOMPARE(lines, QStringList{QStringLiteral("id\ttitle\tdate\tregion_code\tscore\tsnippet")});
    }

    void severalTermsAndPinyin()
    {
        QCOMPARE(ids(search({QStringLiteral("人才 干部")})),
                 containing(QStringLiteral("人才")) & containing(QStringLiteral("干部")));
        QCOMPARE(ids(search({QStringLiteral("人才"), QStringLiteral("干部")})),
                 containing(QStringLiteral("人才")) & containing(QStringLiteral("干部")));
        QCOMPARE(ids(search({QStringLiteral("xiangqiao")})), containing(QStringLiteral("湘桥")));
        QCOMPARE(ids(search({QStringLiteral("jinwan")})), containing(QStringLiteral("金湾")));
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
            const QStringList lines =
                search({QStringLiteral("人才"), QStringLiteral("--region"), region.left(2)});
            QVERIFY(lines.size() > 1);
            for (int i = 1; i < lines.size(); ++i)
                QVERIFY(lines.at(i).section(QLatin1Char('\t'), 3, 3).startsWith(region.left(2)));
        }
        QCOMPARE(
            search({QStringLiteral("人才"), QStringLiteral("--from"), QStringLiteral("2100-01-01")}).size(),
            1);
        QCOMPARE(search({QStringLiteral("人才"), QStringLiteral("--to"), QStringLiteral("1900")}).size(), 1);
        // Reports without a date are outside every date range.
        QSet<QString> dated;
        for (const QString& line : search({QStringLiteral("人才")}).mid(1)) {
            if (!line.section(QLatin1Char('\t'), 2, 2).isEmpty())
                dated.insert(line.section(QLatin1Char('\t'), 0, 0));
        }
        QVERIFY(!dated.isEmpty());
        QCOMPARE(ids(search({QStringLiteral("人才"), QStringLiteral("--from"), QStringLiteral("1900"),
                             QStringLiteral("--to"), QStringLiteral("2100-12")})),
                 dated);
    }

    void usageErrors()
    {
        search({}, 2);
        search({QStringLiteral("  ")}, 2);
        search({QStringLiteral("人才"), QStringLiteral("--format"), QStringLiteral("xml")}, 2);
        search({QStringLiteral("人才"), QStringLiteral("--region"), QStringLiteral("99")}, 2);
        search({QStringLiteral("人才"), QStringLiteral("--from"), QStringLiteral("yesterday")}, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_clisearch.moc"
