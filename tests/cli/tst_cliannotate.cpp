#include "CliRunner.h"
#include "storage/AnnotationStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

// `annotate` and `autocode` change the database as their contract says; bad input is refused with a
// message and exit code, and nothing is stored.
class TestCliAnnotate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliResult cli(const QStringList& arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db} + arguments);
    }

    QVector<rs::Annotation> annotations()
    {
        rs::Database database;
        if (!database.openSqlite(m_db))
            return {};
        return rs::AnnotationStore(database).allAnnotations();
    }

    // The id of the report whose body contains text.
    QString reportContaining(const QString& text)
    {
        for (const QString& line : cli({QStringLiteral("list")}).lines().mid(1)) {
            const QString id = line.section(QLatin1Char('\t'), 0, 0);
            if (cli({QStringLiteral("show"), id}).out.contains(text))
                return id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds")})
                     .exitCode,
                 0);
    }

    void annotateTagsTheQuotedPassage()
    {
        const QString id = reportContaining(QStringLiteral("人才驿站"));
        QVERIFY(!id.isEmpty());
        const CliResult result =
            cli({QStringLiteral("annotate"), QStringLiteral("--article"), id, QStringLiteral("--quote"),
                 QStringLiteral("人才驿站"), QStringLiteral("--tag"), QStringLiteral("政策/人才驿站"),
                 QStringLiteral("--note"), QStringLiteral("与蓬江区比较")});
        QCOMPARE(result.exitCode, 0);
        const QVector<rs::Annotation> stored = annotations();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(QString::number(stored.first().id), result.out.trimmed());
        QCOMPARE(stored.first().anchor.quote, QStringLiteral("人才驿站"));
        QCOMPARE(stored.first().note, QStringLiteral("与蓬江区比较"));
        rs::Database database;
        QVERIFY(database.openSqlite(m_db));
        const qint64 tag = rs::AnnotationStore(database).tagByPath(QStringLiteral("政策/人才驿站"));
        QVERIFY(tag > 0);
        QCOMPARE(stored.first().tagIds, QVector<qint64>{tag});
    }

    void searchCombinesWithATag()
    {
        const CliResult all = cli({QStringLiteral("search"), QStringLiteral("人才")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.lines().size() > 2);
        const CliResult tagged = cli({QStringLiteral("search"), QStringLiteral("人才"),
                                      QStringLiteral("--tag"), QStringLiteral("政策")});
        QCOMPARE(tagged.exitCode, 0);
        QCOMPARE(tagged.lines().size(), 2); // header and the one annotated report (through the sub-tag)
        QCOMPARE(tagged.lines().at(1).section(QLatin1Char('\t'), 0, 0),
                 QString::number(annotations().first().articleId));
        const CliResult unknown = cli({QStringLiteral("search"), QStringLiteral("人才"),
                                       QStringLiteral("--tag"), QStringLiteral("无此标签")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("无此标签")));
    }

    void annotateRefusesBadInput()
    {
        const int before = int(annotations().size());
        CliResult result = cli({QStringLiteral("annotate"), QStringLiteral("--article"), QStringLiteral("1"),
                                QStringLiteral("--quote"), QStringLiteral("不存在的句子"),
                                QStringLiteral("--tag"), QStringLiteral("x")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("不存在的句子")));
        result = cli({QStringLiteral("annotate"), QStringLiteral("--article"), QStringLiteral("999"),
                      QStringLiteral("--quote"), QStringLiteral("人才"), QStringLiteral("--tag"),
                      QStringLiteral("x")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("999")));
        result = cli({QStringLiteral("annotate"), QStringLiteral("--quote"), QStringLiteral("人才")});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(int(annotations().size()), before);
    }

    void autocodeTagsEveryMatchingParagraphOnce()
    {
        const int before = int(annotations().size());
        CliResult preview = cli({QStringLiteral("autocode"), QStringLiteral("--query"),
                                 QStringLiteral("人才驿站"), QStringLiteral("--dry-run")});
        QCOMPARE(preview.exitCode, 0);
        const int proposed = int(preview.lines().size()) - 1;
        QVERIFY(proposed >= 2);
        for (const QString& line : preview.lines().mid(1))
            QVERIFY(line.section(QLatin1Char('\t'), 3).contains(QStringLiteral("人才驿站")));
        QCOMPARE(int(annotations().size()), before); // a preview tags nothing

        const QStringList apply{QStringLiteral("autocode"), QStringLiteral("--query"),
                                QStringLiteral("人才驿站"), QStringLiteral("--tag"),
                                QStringLiteral("自动/人才驿站")};
        QCOMPARE(cli(apply).exitCode, 0);
        QCOMPARE(int(annotations().size()), before + proposed);
        QCOMPARE(cli(apply).exitCode, 0); // again: nothing new
        QCOMPARE(int(annotations().size()), before + proposed);
        QCOMPARE(cli({QStringLiteral("autocode"), QStringLiteral("--tag"), QStringLiteral("x")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAnnotate)
#include "tst_cliannotate.moc"
