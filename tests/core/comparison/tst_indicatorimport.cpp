#include "PostgresTestServer.h"
#include "TestFiles.h"
#include "comparison/IndicatorImport.h"
#include "comparison/PerCapita.h"
#include "export/XlsxWriter.h"
#include "gazetteer/Gazetteer.h"
#include "storage/Database.h"
#include "storage/IndicatorStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// Reference data: reading CSV and XLSX tables, checking them row by row, storing them all or nothing,
// and dividing figures by them. Storing runs on SQLite and, as tst_indicatorimport_postgresql, on
// PostgreSQL.
class TestIndicatorImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server;

    QString write(const QString& name, const QByteArray& bytes)
    {
        return writeTestFile(m_dir.path(), name, bytes);
    }

private Q_SLOTS:
    void readsAGoodCsv()
    {
        const QString path =
            write(QStringLiteral("good.csv"), "\xEF\xBB\xBFregion_code,year,indicator,value,unit,source\r\n"
                                              "440404,2022,population,25,万人,\"珠海统计年鉴2023, 表1-3\"\r\n"
                                              "445102,2022,population,\"1,234\",万人,潮州统计年鉴\r\n"
                                              "\r\n"
                                              "440404000000,2023,gdp,512.5,亿元,珠海统计年鉴2024\r\n");
        const IndicatorImport::Result result = IndicatorImport::read(path, Gazetteer::builtin());
        QVERIFY2(result.ok(), qPrintable(result.failures.value(0).reason));
        QCOMPARE(result.values.size(), 3);
        QCOMPARE(result.values.at(0).source, QStringLiteral("珠海统计年鉴2023, 表1-3"));
        QCOMPARE(result.values.at(1).value, 1234.0);
        QCOMPARE(result.values.at(2).regionCode, QStringLiteral("440404")); // 12-digit form normalised
        QCOMPARE(result.values.at(2).indicator, QStringLiteral("gdp"));
    }

    void aBadCsvFailsRowByRow()
    {
        const QString path = write(QStringLiteral("bad.csv"),
                                   "region_code,year,indicator,value,unit,source\n"
                                   "440404,2022,population,25,万人,年鉴\n"    // 2: fine
                                   "999999,2022,population,10,万人,年鉴\n"    // 3: unknown code
                                   "440404,2022,population,26,万人,年鉴\n"    // 4: duplicate of 2
                                   "445102,2022,population,1200000,人,年鉴\n" // 5: other unit
                                   "445102,20x2,population,12,万人,年鉴\n"    // 6: bad year
                                   "445102,2022,gdp,abc,亿元,年鉴\n"          // 7: bad number
                                   "445102,2022,gdp,12,亿元,\n"               // 8: no source
                                   "445102,2022,gdp,12,,年鉴\n"               // 9: no unit
                                   "445102,2021,gdp,12,亿元,年鉴,extra\n");   // 10: 7 columns
        const IndicatorImport::Result result = IndicatorImport::read(path, Gazetteer::builtin());
        QVERIFY(!result.ok());
        QCOMPARE(result.failures.size(), 8);
        const QList<int> rows{3, 4, 5, 6, 7, 8, 9, 10};
        const QStringList words{QStringLiteral("unknown region code 999999"),
                                QStringLiteral("duplicate of row 2"),
                                QStringLiteral("unit 人 differs from 万人"),
                                QStringLiteral("year 20x2"),
                                QStringLiteral("value abc is not a number"),
                                QStringLiteral("source is empty"),
                                QStringLiteral("unit is empty"),
                                QStringLiteral("7 columns")};
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(result.failures.at(i).row, rows.at(i));
            QVERIFY2(result.failures.at(i).reason.contains(words.at(i)),
                     qPrintable(result.failures.at(i).reason));
        }
        QVERIFY(result.values.size() < 2); // only row 2 passed: nothing of a failing table is stored
    }

    void headerAndEncodingAreChecked()
    {
        IndicatorImport::Result result =
            IndicatorImport::read(write(QStringLiteral("header.csv"),
                                        "code,year,indicator,value,unit,source\n440404,2022,p,1,人,x\n"),
                                  Gazetteer::builtin());
        QCOMPARE(result.failures.size(), 1);
        QCOMPARE(result.failures.first().row, 1);
        QVERIFY(result.failures.first().reason.contains(
            QStringLiteral("region_code,year,indicator,value,unit,source")));

        result = IndicatorImport::read(
            write(QStringLiteral("gbk.csv"),
                  "region_code,year,indicator,value,unit,source\n440404,2022,p,1,\xC8\xCB,x\n"),
            Gazetteer::builtin());
        QCOMPARE(result.failures.size(), 1);
        QVERIFY(result.failures.first().reason.contains(QStringLiteral("UTF-8")));

        result = IndicatorImport::read(
            write(QStringLiteral("empty.csv"), "region_code,year,indicator,value,unit,source\n"),
            Gazetteer::builtin());
        QCOMPARE(result.failures.size(), 1);
        QVERIFY(result.failures.first().reason.contains(QStringLiteral("no rows")));
    }

    void unitMustMatchWhatIsStored()
    {
        const QString path =
            write(QStringLiteral("units.csv"),
                  "region_code,year,indicator,value,unit,source\n440404,2023,population,260000,人,年鉴\n");
        const IndicatorImport::Result result = IndicatorImport::read(
            path, Gazetteer::builtin(), {{QStringLiteral("population"), QStringLiteral("万人")}});
        QCOMPARE(result.failures.size(), 1);
        QVERIFY(result.failures.first().reason.contains(QStringLiteral("already stored")));
    }

    void readsXlsx()
    {
        ExportTable table;
        table.name = QStringLiteral("人口");
        table.headers = IndicatorImport::header();
        table.rows.append({QStringLiteral("440404"), 2022, QStringLiteral("population"), 25.5,
                           QStringLiteral("万人"), QStringLiteral("珠海统计年鉴")});
        table.rows.append({QStringLiteral("445102"), 2022, QStringLiteral("population"), 60,
                           QStringLiteral("万人"), QStringLiteral("潮州统计年鉴")});
        const QString path = m_dir.filePath(QStringLiteral("population.xlsx"));
        QString error;
        QVERIFY2(XlsxWriter::write(path, {}, {table}, &error), qPrintable(error));
        const IndicatorImport::Result result = IndicatorImport::read(path, Gazetteer::builtin());
        QVERIFY2(result.ok(), qPrintable(result.failures.value(0).reason));
        QCOMPARE(result.values.size(), 2);
        QCOMPARE(result.values.at(0).value, 25.5);
        QCOMPARE(result.values.at(1).regionCode, QStringLiteral("445102"));
        QCOMPARE(result.values.at(1).source, QStringLiteral("潮州统计年鉴"));
    }

    void storesAllAndReplaces()
    {
        QString error;
        QString location = m_dir.filePath(QStringLiteral("store.sqlite"));
        if (PostgresTestServer::wanted()) {
            if (!PostgresTestServer::skipReason().isEmpty())
                QSKIP(qPrintable(PostgresTestServer::skipReason()));
            location = m_server.createDatabase(&error);
            QVERIFY2(!location.isEmpty(), qPrintable(error));
        }
        Database database;
        QVERIFY2(database.open(location), qPrintable(database.error()));
        QCOMPARE(database.isPostgres(), PostgresTestServer::wanted());
        IndicatorStore store(database);
        QVERIFY(store.store({{QStringLiteral("population"), QStringLiteral("440404"), 2022, 25,
                              QStringLiteral("万人"), QStringLiteral("A")},
                             {QStringLiteral("population"), QStringLiteral("440404"), 2023, 26,
                              QStringLiteral("万人"), QStringLiteral("B")}},
                            &error));
        QVERIFY(store.store({{QStringLiteral("population"), QStringLiteral("440404"), 2023, 27,
                              QStringLiteral("万人"), QStringLiteral("C")}},
                            &error));
        QVector<IndicatorValue> values;
        QVERIFY(store.values(QStringLiteral("population"), &values, &error));
        QCOMPARE(values.size(), 2);
        QCOMPARE(values.at(1).value, 27.0);
        QVector<IndicatorSummary> summaries;
        QVERIFY(store.list(&summaries, &error));
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries.first().regions, 1);
        QCOMPARE(summaries.first().firstYear, 2022);
        QCOMPARE(summaries.first().sources, (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
    }

    void perCapitaDividesByTheNearestYear()
    {
        const QVector<IndicatorValue> population{{QStringLiteral("population"), QStringLiteral("440404"),
                                                  2020, 20, QStringLiteral("万人"), QStringLiteral("A")},
                                                 {QStringLiteral("population"), QStringLiteral("440404"),
                                                  2022, 25, QStringLiteral("万人"), QStringLiteral("B")}};
        PerCapita perCapita(QStringLiteral("population"), population);
        QVERIFY(perCapita.countsPeople());
        QCOMPARE(*perCapita.divide(10000, QStringLiteral("440404"), QStringLiteral("2022")), 400.0);
        int used = 0;
        QCOMPARE(*perCapita.divide(10000, QStringLiteral("440404"), QStringLiteral("2021"), &used), 500.0);
        QCOMPARE(used, 2020);
        QCOMPARE(*perCapita.divide(10000, QStringLiteral("440404"), QStringLiteral("2019"), &used), 500.0);
        QCOMPARE(used, 2020); // before every reference year: the earliest
        QVERIFY(!perCapita.divide(10000, QStringLiteral("445102"), QStringLiteral("2022")));
        QCOMPARE(perCapita.dividedUnit(QStringLiteral("人次")), QStringLiteral("人次/万人"));

        PerCapita gdp(QStringLiteral("gdp"), {{QStringLiteral("gdp"), QStringLiteral("440404"), 2022, 500,
                                               QStringLiteral("亿元"), QStringLiteral("统计公报")}});
        QVERIFY(!gdp.countsPeople());
        QCOMPARE(*gdp.divide(1.5e8, QStringLiteral("440404"), QStringLiteral("2022")), 300000.0);
        QCOMPARE(gdp.dividedUnit(QStringLiteral("元")), QStringLiteral("元/亿元"));

        ComparisonRow row;
        row.regionCode = QStringLiteral("440404");
        row.value = 10000;
        row.unit = QStringLiteral("人次");
        row.period = QStringLiteral("2022");
        ComparisonRow other = row;
        other.regionCode = QStringLiteral("445102");
        const QVector<ComparisonRow> divided = perCapita.apply({row, other});
        QCOMPARE(*divided.at(0).value, 400.0);
        QVERIFY(divided.at(1).isMissing()); // never divided by nothing, never 0
        const QString note = perCapita.note(ChartText::Language::Chinese);
        QVERIFY2(note.contains(QStringLiteral("每万人")) && note.contains(QStringLiteral("B")) &&
                     note.contains(QStringLiteral("2022")) && note.contains(QStringLiteral("1个地区")),
                 qPrintable(note));
    }
};

QTEST_GUILESS_MAIN(TestIndicatorImport)
#include "tst_indicatorimport.moc"
