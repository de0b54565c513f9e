#include "CliRunner.h"
#include "PostgresTestServer.h"

#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Row
{
    QString group;
    qint64 article = 0;
    int paragraph = -1;
    double score = 0;
    QString text;
};

} // namespace

// `regionscope-cli align` on the sample corpus: the themes of the Jinwan and Pengjiang reports pair up.
// Runs on a SQLite file and, as tst_clialign_postgresql, on a new PostgreSQL database.
class TestCliAlign : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    QString m_db;
    QHash<QString, QString> m_idBySeed; // "000" -> article id

    // Runs `align` and reads its rows; false (with the reason logged) when it fails or prints anything
    // but the contract's header and five fields a row, so the caller's QVERIFY stops the test there.
    bool align(const QStringList& ids, QVector<Row>* rows, const QStringList& options = {})
    {
        const CliResult result =
            runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("align")} + options + ids);
        if (result.exitCode != 0) {
            qWarning("align exited with %d: %s", result.exitCode, qPrintable(result.err));
            return false;
        }
        const QStringList lines = result.lines();
        if (lines.value(0) != QLatin1String("group\tarticle\tparagraph\tscore\ttext")) {
            qWarning("align printed another header: %s", qPrintable(lines.value(0)));
            return false;
        }
        rows->clear();
        for (const QString& line : lines.mid(1)) {
            const QStringList f = line.split(QLatin1Char('\t'));
            if (f.size() != 5) {
                qWarning("align printed a row of %d fields: %s", int(f.size()), qPrintable(line));
                return false;
            }
            rows->append(Row{f[0], f[1].toLongLong(), f[2].toInt(), f[3].toDouble(), f[4]});
        }
        return true;
    }

    static const Row* find(const QVector<Row>& rows, qint64 article, const QString& prefix)
    {
        for (const Row& row : rows) {
            if (row.article == article && row.text.startsWith(prefix))
                return &row;
        }
        return nullptr;
    }

    // The passage of `article` starting with `prefix` and the one of `other` starting with
    // `otherPrefix` are in the same group.
    static bool paired(const QVector<Row>& rows, qint64 article, const QString& prefix, qint64 other,
                       const QString& otherPrefix)
    {
        const Row* a = find(rows, article, prefix);
        const Row* b = find(rows, other, otherPrefix);
        if (!a || !b)
            qWarning("passage not found: %s / %s", qPrintable(prefix), qPrintable(otherPrefix));
        return a && b && a->group == b->group && a->score > 0;
    }

    qint64 id(const char* seed) const { return m_idBySeed.value(QLatin1String(seed)).toLongLong(); }
    QString idText(const char* seed) const { return m_idBySeed.value(QLatin1String(seed)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        QString error;
        m_db = PostgresTestServer::wanted() ? m_server.createDatabase(&error)
                                            : m_dir.filePath(QStringLiteral("align.sqlite"));
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        const CliResult result = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                                         QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        for (const QString& line : result.lines()) {
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.value(0) == QLatin1String("imported"))
                m_idBySeed.insert(QFileInfo(parts.value(2)).fileName().left(3), parts.value(1));
        }
        QCOMPARE(m_idBySeed.size(), 5);
    }

    void jinwanReportsPairTalentAndPartyBuilding()
    {
        QVector<Row> rows;
        QVERIFY(align({idText("000"), idText("001")}, &rows));
        QVERIFY(!rows.isEmpty());
        QVERIFY(paired(rows, id("000"), QStringLiteral("聚才蓄能"), id("001"), QStringLiteral("育人才")));
        QVERIFY(paired(rows, id("000"), QStringLiteral("强基固本"), id("001"), QStringLiteral("强党建")));
        // Sections: one row per section, the paragraph its first heading, text its first 30 characters.
        const Row* talent = find(rows, id("000"), QStringLiteral("聚才蓄能"));
        QCOMPARE(talent->paragraph, 33);
        QCOMPARE(talent->text.size(), 30);
        QVERIFY(talent->text.startsWith(QStringLiteral("聚才蓄能 加快打造珠海西部人才高地")));
        // Every section of both reports is listed once, matched or not (培根铸魂 has no counterpart).
        QVERIFY(find(rows, id("000"), QStringLiteral("培根铸魂")));
        QHash<QString, QSet<qint64>> articlesByGroup;
        for (const Row& row : rows) {
            QVERIFY(!articlesByGroup[row.group].contains(row.article));
            articlesByGroup[row.group].insert(row.article);
            QVERIFY(row.score >= 0 && row.score <= 1);
        }
    }

    void jinwanAndPengjiangPairCadresAndTalent()
    {
        QVector<Row> rows;
        QVERIFY(align({idText("000"), idText("003")}, &rows));
        QVERIFY(
            paired(rows, id("000"), QStringLiteral("选贤任能"), id("003"), QStringLiteral("实施“四项工程”")));
        QVERIFY(
            paired(rows, id("000"), QStringLiteral("聚才蓄能"), id("003"), QStringLiteral("着眼“四个聚焦”")));
        QVERIFY(
            paired(rows, id("000"), QStringLiteral("强基固本"), id("003"), QStringLiteral("推进“四项行动”")));
        // Groups follow the first report: the Jinwan sections come in their own order.
        int lastParagraph = -1;
        for (const Row& row : rows) {
            if (row.article != id("000"))
                continue;
            QVERIFY(row.paragraph > lastParagraph);
            lastParagraph = row.paragraph;
        }
    }

    void alignsFourReports()
    {
        QVector<Row> rows;
        QVERIFY(align({idText("003"), idText("001"), idText("000"), idText("002")}, &rows));
        QVERIFY(
            paired(rows, id("003"), QStringLiteral("着眼“四个聚焦”"), id("000"), QStringLiteral("聚才蓄能")));
        QVERIFY(paired(rows, id("001"), QStringLiteral("育人才"), id("000"), QStringLiteral("聚才蓄能")));
        QSet<qint64> articles;
        for (const Row& row : rows)
            articles.insert(row.article);
        QCOMPARE(articles.size(), 4);
    }

    void printsParagraphGroupsOnRequest()
    {
        QVector<Row> rows;
        QVERIFY(align({idText("000"), idText("003")}, &rows, {QStringLiteral("--paragraphs")}));
        const Row* section = find(rows, id("000"), QStringLiteral("聚才蓄能"));
        QVERIFY(section);
        int children = 0;
        for (const Row& row : rows) {
            if (row.group.startsWith(section->group + QLatin1Char('.'))) {
                ++children;
                if (row.article == section->article)
                    QVERIFY(row.paragraph > section->paragraph);
            }
        }
        QVERIFY(children >= 2);
    }

    void rejectsBadArguments()
    {
        const QStringList db{QStringLiteral("--db"), m_db, QStringLiteral("align")};
        QCOMPARE(runCli(db + QStringList{idText("000")}).exitCode, 2);
        QCOMPARE(runCli(db).exitCode, 2);
        QCOMPARE(runCli(db + QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                         QStringLiteral("4"), QStringLiteral("5")})
                     .exitCode,
                 2);
        QCOMPARE(runCli(db + QStringList{idText("000"), QStringLiteral("abc")}).exitCode, 2);
        QCOMPARE(runCli(db + QStringList{idText("000"), idText("000")}).exitCode, 2);
        const CliResult missing = runCli(db + QStringList{idText("000"), QStringLiteral("999")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("999")));
        QVERIFY(missing.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAlign)
#include "tst_clialign.moc"
