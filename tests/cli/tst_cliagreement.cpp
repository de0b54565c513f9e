#include "CliRunner.h"
#include "PostgresTestServer.h"
#include "annotations/AnnotationEditor.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// `agreement` as its contract says: one row per tag with the columns "tag coders level units percent
// kappa alpha", kappa empty unless there are exactly two coders, TSV or JSON, level and coder choice.
class TestCliAgreement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresTestServer m_server;
    QString m_db; // a SQLite file, or a PostgreSQL URL
    qint64 m_article = 0;

    CliResult cli(const QStringList& arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("agreement")} + arguments);
    }

private Q_SLOTS:
    // One report of two paragraphs (10 characters, a line break, 9 characters). 李明 tags characters 0–9
    // 政策, 王芳 5–14; both tag 11–14 培训; 张伟 tags 培训 at 0–4.
    void initTestCase()
    {
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        QString error;
        m_db = PostgresTestServer::wanted() ? m_server.createDatabase(&error)
                                            : m_dir.filePath(QStringLiteral("agreement.sqlite"));
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        Database database;
        QVERIFY2(database.open(m_db), qPrintable(database.error()));
        const QString body = QStringLiteral("金湾区发放人才补贴近亿\n培训全区干部万人次");
        NewArticle article;
        article.report.metadata.title = QStringLiteral("金湾区人才工作");
        article.report.body = body;
        article.report.paragraphs = {{0, 11}, {12, int(body.size())}};
        // ArticleStore::insert() is SQLite's alone so far (PostgresTestServer::insertReport).
        const qint64 id = database.isPostgres() ? PostgresTestServer::insertReport(database, article, &error)
                                                : ArticleStore(database).insert(article).id;
        QVERIFY2(id > 0, qPrintable(error));
        m_article = id;
        AnnotationStore store(database);
        AnnotationEditor editor(store);
        const qint64 policy = editor.createTag(QStringLiteral("政策"));
        const qint64 training = editor.createTag(QStringLiteral("培训"));
        editor.setAuthor(QStringLiteral("李明"));
        QVERIFY(editor.annotate(id, body, 0, 10, {policy}) > 0);
        QVERIFY(editor.annotate(id, body, 12, 16, {training}) > 0);
        editor.setAuthor(QStringLiteral("王芳"));
        QVERIFY(editor.annotate(id, body, 5, 15, {policy}) > 0);
        QVERIFY(editor.annotate(id, body, 12, 16, {training}) > 0);
        editor.setAuthor(QStringLiteral("张伟"));
        QVERIFY(editor.annotate(id, body, 0, 5, {training}) > 0);
    }

    // Two coders, 21 characters. 政策: 5 both, 5 only 李明, 5 only 王芳 (one of them the line break),
    // 6 neither: p_o = 11/21, p_e = (10·10 + 11·11)/441 = 221/441, κ = (231 − 221)/(441 − 221) = 0.0455.
    // 培训: 4 both, 17 neither: κ = α = 1.
    // Rows come in codebook order (siblings by name).
    void twoCodersAtCharacterLevel()
    {
        const CliResult result = cli({QStringLiteral("--coders"), QStringLiteral("李明,王芳")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.lines(),
                 (QStringList{QStringLiteral("tag\tcoders\tlevel\tunits\tpercent\tkappa\talpha"),
                              QStringLiteral("培训\t李明,王芳\tcharacter\t21\t100.00\t1.0000\t1.0000"),
                              QStringLiteral("政策\t李明,王芳\tcharacter\t21\t52.38\t0.0455\t0.0682")}));
    }

    void threeCodersLeaveKappaEmpty()
    {
        const CliResult result = cli({});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.lines().size(), 3);
        const QStringList policy = result.lines().at(2).split(QLatin1Char('\t'));
        QCOMPARE(policy.first(), QStringLiteral("政策"));
        QCOMPARE(policy.size(), 7);
        QCOMPARE(policy.at(1), QStringLiteral("张伟,李明,王芳"));
        QCOMPARE(policy.at(5), QString()); // kappa: three coders
        QVERIFY(!policy.at(6).isEmpty());  // alpha
    }

    void paragraphLevelTagAndJson()
    {
        const CliResult result =
            cli({QStringLiteral("--level"), QStringLiteral("paragraph"), QStringLiteral("--tag"),
                 QStringLiteral("政策"), QStringLiteral("--coders"), QStringLiteral("李明,王芳"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray rows = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("tag")).toString(), QStringLiteral("政策"));
        QCOMPARE(row.value(QStringLiteral("level")).toString(), QStringLiteral("paragraph"));
        QCOMPARE(row.value(QStringLiteral("units")).toInt(), 2);
        QCOMPARE(row.value(QStringLiteral("percent")).toDouble(), 50.0); // 王芳 reaches the second
        QCOMPARE(row.value(QStringLiteral("coders")).toArray().size(), 2);
        // 李明 yes/no, 王芳 yes/yes: p_e = 1/2, p_o = 1/2, κ = 0.
        QCOMPARE(row.value(QStringLiteral("kappa")).toDouble(), 0.0);
        QVERIFY(row.contains(QStringLiteral("alpha")));

        const CliResult three = cli({QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject first = QJsonDocument::fromJson(three.out.toUtf8()).array().first().toObject();
        QVERIFY(first.value(QStringLiteral("kappa")).isNull());
    }

    void badInputIsRefusedInWords()
    {
        CliResult result = cli({QStringLiteral("--coders"), QStringLiteral("李明,赵六")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("no annotation by 赵六")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        result = cli({QStringLiteral("--tag"), QStringLiteral("无此标签")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("no tag 无此标签")), qPrintable(result.err));
        result = cli({QStringLiteral("--level"), QStringLiteral("word")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("--level must be character or paragraph")));
        result = cli({QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(result.exitCode, 2);
    }

    // One author only: the rows are there, nothing is compared, and stderr says why.
    void oneCoderWarns()
    {
        const CliResult result = cli({QStringLiteral("--coders"), QStringLiteral("李明")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.contains(QStringLiteral("at least two authors")));
        QCOMPARE(result.lines().at(1), QStringLiteral("培训\t李明\tcharacter\t0\t\t\t"));
    }

    // `annotate` writes where `agreement` reads, on either engine; last, as it adds a coder.
    void annotateAddsAPassage()
    {
        const CliResult result =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("annotate"), QStringLiteral("--article"),
                    QString::number(m_article), QStringLiteral("--quote"), QStringLiteral("培训全区干部"),
                    QStringLiteral("--tag"), QStringLiteral("培训/干部"), QStringLiteral("--author"),
                    QStringLiteral("赵六")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        Database database;
        QVERIFY(database.open(m_db));
        AnnotationStore store(database);
        Annotation stored;
        QVERIFY(store.annotation(result.out.trimmed().toLongLong(), &stored));
        QCOMPARE(stored.author, QStringLiteral("赵六"));
        QCOMPARE(stored.anchor.quote, QStringLiteral("培训全区干部"));
        QCOMPARE(stored.tagIds, QVector<qint64>{store.tagByPath(QStringLiteral("培训/干部"))});
        // Without --author, the author on PostgreSQL is the login role (the URL's user, postgres).
        const CliResult unnamed =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("annotate"), QStringLiteral("--article"),
                    QString::number(m_article), QStringLiteral("--quote"), QStringLiteral("发放"),
                    QStringLiteral("--tag"), QStringLiteral("培训/干部")});
        QVERIFY2(unnamed.exitCode == 0, qPrintable(unnamed.err));
        QVERIFY(store.annotation(unnamed.out.trimmed().toLongLong(), &stored));
        if (database.isPostgres())
            QCOMPARE(stored.author, QStringLiteral("postgres"));
        QVERIFY(store.removeAnnotation(stored.id));
        const CliResult rows = cli({QStringLiteral("--tag"), QStringLiteral("培训/干部")});
        QVERIFY2(rows.exitCode == 0, qPrintable(rows.err));
        // Every author of the report is a coder of it; all four agree on 15 of the 21 characters (the 6
        // only 赵六 tagged differ).
        const QStringList row = rows.lines().at(1).split(QLatin1Char('\t'));
        QCOMPARE(row.mid(0, 6),
                 (QStringList{QStringLiteral("培训/干部"), QStringLiteral("张伟,李明,王芳,赵六"),
                              QStringLiteral("character"), QStringLiteral("21"), QStringLiteral("71.43"),
                              QString()}));
    }
};

QTEST_GUILESS_MAIN(TestCliAgreement)
#include "tst_cliagreement.moc"
