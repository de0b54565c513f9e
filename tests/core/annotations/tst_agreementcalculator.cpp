#include "annotations/AgreementCalculator.h"
#include "annotations/AnnotationEditor.h"
#include "annotations/QdpxImporter.h"
#include "annotations/QdpxProject.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rs;

namespace {

constexpr qint64 policy = 1;
constexpr qint64 subsidy = 2; // under policy
constexpr qint64 training = 3;

Annotation annotation(qint64 article, const QString& author, int start, int end, QVector<qint64> tags)
{
    Annotation a;
    a.articleId = article;
    a.author = author;
    a.anchor.start = start;
    a.anchor.end = end;
    a.tagIds = std::move(tags);
    return a;
}

AgreementInput baseInput()
{
    AgreementInput input;
    input.tags = {{policy, QStringLiteral("政策")},
                  {subsidy, QStringLiteral("政策/补贴")},
                  {training, QStringLiteral("培训")}};
    AgreementDocument first;
    first.articleId = 10;
    first.title = QStringLiteral("金湾区");
    first.body = QStringLiteral("ABCDEFGHIJKLMNOPQRST"); // 20 characters
    input.documents.append(first);
    return input;
}

bool near(const std::optional<double>& value, double expected)
{
    return value && std::abs(*value - expected) < 1e-9;
}

// One analyst's REFI-QDA project: the shared text and code, their selections of it.
QdpxProject analystProject(const QString& userGuid, const QString& name,
                           const QVector<QPair<int, int>>& spans)
{
    QdpxProject project;
    project.name = name;
    project.users = {{userGuid, name}};
    QdpxCode code;
    code.guid = QStringLiteral("6a1f7f10-2c3b-4d5e-8f90-a1b2c3d4e5f6");
    code.name = QStringLiteral("人才补贴");
    project.codes = {code};
    QdpxSource source;
    source.guid = QStringLiteral("0b5e1c2d-3e4f-4a5b-9c6d-7e8f9a0b1c2d");
    source.name = QStringLiteral("金湾区人才工作");
    source.hasText = true;
    source.text = QStringLiteral("金湾区发放人才补贴近1.5亿元，培训全区干部1万余人次。");
    for (int i = 0; i < spans.size(); ++i) {
        QdpxSelection selection;
        selection.guid = QStringLiteral("%1-0000-4000-8000-00000000000%2").arg(userGuid.left(8)).arg(i);
        selection.start = spans.at(i).first;
        selection.end = spans.at(i).second;
        selection.creatingUser = userGuid;
        QdpxCoding coding;
        coding.guid = selection.guid.left(selection.guid.size() - 1) + QLatin1Char('9');
        coding.codeGuid = code.guid;
        coding.creatingUser = userGuid;
        selection.codings = {coding};
        source.selections.append(selection);
    }
    project.sources = {source};
    return project;
}

} // namespace

// Agreement between annotation authors at character and paragraph level, per tag, per report and
// overall, from annotations in memory and from a database.
class TestAgreementCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A codes characters 0–9, B 5–14 of a 20-character report: 5 both, 5 only A, 5 only B, 5 neither.
    // p_o = .5, p_e = .5, κ = 0; α from the coincidences (n = 40, 20 of each value, 20 disagreeing):
    // 1 − 39 × 20 / (2 × 20 × 20) = 0.025.
    void characterLevelCountsEveryCharacter()
    {
        AgreementInput input = baseInput();
        input.annotations = {annotation(10, QStringLiteral("A"), 0, 10, {policy}),
                             annotation(10, QStringLiteral("B"), 5, 15, {policy})};
        const AgreementResult result = AgreementCalculator(input).compute(AgreementLevel::Character);
        QCOMPARE(result.coders, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(result.tags.size(), 1);
        const AgreementFigures figures = result.tags.first().figures;
        QCOMPARE(result.tags.first().tagPath, QStringLiteral("政策"));
        QCOMPARE(figures.units, 20);
        QVERIFY(near(figures.percent, 50.0));
        QVERIFY(near(figures.kappa, 0.0));
        QVERIFY(near(figures.alpha, 0.025));

        // The passage they differ on is the stretch of their overlapping annotations, side by side.
        QCOMPARE(result.disagreements.size(), 1);
        const Disagreement& d = result.disagreements.first();
        QCOMPARE(d.start, 0);
        QCOMPARE(d.end, 15);
        QCOMPARE(d.text, QStringLiteral("ABCDEFGHIJKLMNO"));
        QCOMPARE(d.codedText, (QStringList{QStringLiteral("ABCDEFGHIJ"), QStringLiteral("FGHIJKLMNO")}));
    }

    // Paragraphs: A codes inside the first, B the first and the second; 2 of 3 agree.
    // A: yes no no, B: yes yes no: p_o = 2/3, p_e = 1/3 × 2/3 + 2/3 × 1/3 = 4/9, κ = (2/9)/(5/9) = .4.
    void paragraphLevelCountsParagraphsTouched()
    {
        AgreementInput input = baseInput();
        AgreementDocument& document = input.documents.first();
        document.body = QStringLiteral("第一段文字\n第二段文字\n第三段文字");
        document.paragraphs = {{0, 5}, {6, 11}, {12, 17}};
        input.annotations = {annotation(10, QStringLiteral("A"), 1, 3, {policy}),
                             annotation(10, QStringLiteral("B"), 0, 8, {policy})};
        const AgreementResult result = AgreementCalculator(input).compute(AgreementLevel::Paragraph);
        const AgreementFigures figures = result.tags.first().figures;
        QCOMPARE(figures.units, 3);
        QVERIFY(near(figures.percent, 200.0 / 3.0));
        QVERIFY(near(figures.kappa, 0.4));
        QCOMPARE(result.disagreements.size(), 1);
        QCOMPARE(result.disagreements.first().text, QStringLiteral("第二段文字"));
        QCOMPARE(result.disagreements.first().codedText, (QStringList{QString(), QStringLiteral("第二")}));

        // Without stored paragraphs the body's lines are the paragraphs.
        input.documents.first().paragraphs.clear();
        QCOMPARE(AgreementCalculator(input).compute(AgreementLevel::Paragraph).tags.first().figures.units, 3);
    }

    // A coder who made no annotation in a report has no values there: the report counts between the
    // others, and a report only one coder coded is left out.
    void aReportACoderDidNotCodeIsMissingNotDisagreement()
    {
        AgreementInput input = baseInput();
        AgreementDocument second;
        second.articleId = 11;
        second.title = QStringLiteral("湘桥区");
        second.body = QStringLiteral("0123456789");
        input.documents.append(second);
        input.annotations = {annotation(10, QStringLiteral("A"), 0, 10, {policy}),
                             annotation(10, QStringLiteral("B"), 0, 10, {policy}),
                             annotation(10, QStringLiteral("C"), 0, 5, {training}),
                             annotation(11, QStringLiteral("A"), 0, 4, {policy})};
        const AgreementResult result = AgreementCalculator(input).compute(AgreementLevel::Character);
        QCOMPARE(result.coders.size(), 3);
        const AgreementRow& policyRow = result.tags.first();
        QCOMPARE(policyRow.tagId, policy);
        QCOMPARE(policyRow.figures.units, 20); // report 11 is A's alone
        QVERIFY(!policyRow.figures.kappa);     // three coders
        QCOMPARE(result.reports.value(policy).size(), 1);
        QCOMPARE(result.reports.value(policy).first().articleId, 10);
        QCOMPARE(result.reports.value(policy).first().coders, result.coders); // all three coded it
        // C coded the report (with another tag), so C left 政策 off characters 0–9: 10 disagree.
        QVERIFY(near(policyRow.figures.percent, 50.0));

        // Three coders: each pair is compared too, with κ. A and B agree on every character of 政策; C
        // left 政策 off the ten A applied it to.
        const QVector<AgreementRow> pairs = result.pairs.value(policy);
        QCOMPARE(pairs.size(), 3);
        QCOMPARE(pairs.at(0).coders, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(near(pairs.at(0).figures.kappa, 1.0));
        QCOMPARE(pairs.at(1).coders, (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        QVERIFY(near(pairs.at(1).figures.percent, 50.0));
        QVERIFY(near(pairs.at(1).figures.kappa, 0.0));
        QCOMPARE(result.pairs.value(0).size(), 3); // every tag pooled, per pair
        QVERIFY(result.pairs.value(training).size() == 3);

        // A and B alone agree on every character of 政策, and the report shows variation: κ = α = 1.
        const AgreementResult pair = AgreementCalculator(input).compute(
            AgreementLevel::Character, {QStringLiteral("A"), QStringLiteral("B")}, {policy});
        QCOMPARE(pair.tags.size(), 1);
        QCOMPARE(pair.tags.first().coders, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(near(pair.tags.first().figures.kappa, 1.0));
        QVERIFY(near(pair.tags.first().figures.alpha, 1.0));
        QVERIFY(pair.disagreements.isEmpty());
        QVERIFY(pair.pairs.isEmpty()); // two coders: the table is the pair
    }

    // A report's row names the coders who coded it; the tag's row every coder compared.
    void reportRowsNameTheirCoders()
    {
        AgreementInput input = baseInput();
        input.documents.append({11, QStringLiteral("湘桥区"), QStringLiteral("0123456789"), {}});
        input.annotations = {annotation(10, QStringLiteral("A"), 0, 10, {policy}),
                             annotation(10, QStringLiteral("B"), 0, 10, {policy}),
                             annotation(11, QStringLiteral("A"), 0, 4, {policy}),
                             annotation(11, QStringLiteral("C"), 0, 6, {policy})};
        const AgreementResult result = AgreementCalculator(input).compute(AgreementLevel::Character);
        QCOMPARE(result.tags.first().coders,
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        const QVector<AgreementRow> reports = result.reports.value(policy);
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports.at(0).coders, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(reports.at(1).coders, (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        QCOMPARE(reports.at(1).figures.units, 10);
        QVERIFY(near(reports.at(1).figures.percent, 80.0)); // C alone codes 4 and 5
        QCOMPARE(result.tags.first().figures.units, 30);
    }

    // A tag applied by no chosen coder: 100 % agreement, κ and α undefined (no variation); one coder:
    // nothing pairable; an annotation with a sub-tag does not code its parent.
    void edgeCases()
    {
        AgreementInput input = baseInput();
        input.annotations = {annotation(10, QStringLiteral("A"), 0, 10, {subsidy}),
                             annotation(10, QStringLiteral("B"), 0, 10, {subsidy})};
        const AgreementResult unused =
            AgreementCalculator(input).compute(AgreementLevel::Character, {}, {policy, training});
        QCOMPARE(unused.tags.size(), 2);
        QCOMPARE(unused.tags.first().figures.units, 20);
        QVERIFY(near(unused.tags.first().figures.percent, 100.0));
        QVERIFY(!unused.tags.first().figures.kappa);
        QVERIFY(!unused.tags.first().figures.alpha);

        // Without a tag list only the tags someone applied are listed.
        const AgreementResult all = AgreementCalculator(input).compute(AgreementLevel::Character);
        QCOMPARE(all.tags.size(), 1);
        QCOMPARE(all.tags.first().tagId, subsidy);

        const AgreementResult alone =
            AgreementCalculator(input).compute(AgreementLevel::Character, {QStringLiteral("A")});
        QCOMPARE(alone.tags.first().figures.units, 0);
        QVERIFY(!alone.tags.first().figures.percent);
        QVERIFY(alone.reports.value(subsidy).isEmpty());

        const AgreementResult nobody =
            AgreementCalculator(AgreementInput()).compute(AgreementLevel::Character);
        QVERIFY(nobody.tags.isEmpty());
        QCOMPARE(nobody.overall.figures.units, 0);
    }

    // Overall pools every listed tag: each (character, tag) is a unit.
    void overallPoolsTags()
    {
        AgreementInput input = baseInput();
        input.annotations = {annotation(10, QStringLiteral("A"), 0, 10, {policy, training}),
                             annotation(10, QStringLiteral("B"), 0, 10, {policy}),
                             annotation(10, QStringLiteral("B"), 10, 20, {training})};
        const AgreementResult result = AgreementCalculator(input).compute(AgreementLevel::Character);
        QCOMPARE(result.tags.size(), 2);
        QCOMPARE(result.overall.figures.units, 40);
        // 政策: all 20 agree; 培训: none of the 20 does.
        QVERIFY(near(result.overall.figures.percent, 50.0));
        QCOMPARE(result.reports.value(0).size(), 1);
        QCOMPARE(result.reports.value(0).first().figures.units, 40);
    }

    // Annotations stored in a database by three authors, read back with AgreementInput::load; an orphaned
    // annotation takes no part.
    void annotationsFromADatabase()
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.openSqlite(dir.filePath(QStringLiteral("agreement.sqlite"))));
        const QString body = QStringLiteral("金湾区发放人才补贴近1.5亿元。\n培训全区干部1万余人次。");
        NewArticle article;
        article.report.metadata.title = QStringLiteral("金湾区人才工作");
        article.report.body = body;
        article.report.paragraphs = {{0, 16}, {17, int(body.size())}};
        const qint64 id = ArticleStore(database).insert(article).id;
        QVERIFY(id > 0);
        AnnotationStore store(database);
        AnnotationEditor editor(store);
        const qint64 tag = editor.createTag(QStringLiteral("补贴"));
        QVERIFY(tag > 0);
        const int start = int(body.indexOf(QStringLiteral("人才补贴")));
        editor.setAuthor(QStringLiteral("李明"));
        QVERIFY(editor.annotate(id, body, start, start + 4, {tag}) > 0);
        editor.setAuthor(QStringLiteral("王芳"));
        QVERIFY(editor.annotate(id, body, start, start + 2, {tag}) > 0);
        const qint64 orphan = editor.annotate(id, body, 20, 24, {tag});
        QVERIFY(orphan > 0);
        QVERIFY(store.setAnchor(orphan, TextAnchor::fromBody(body, 20, 24), true));

        AgreementInput input;
        QString error;
        QVERIFY2(AgreementInput::load(store, ArticleStore(database), &input, &error), qPrintable(error));
        QCOMPARE(input.authors(), (QStringList{QStringLiteral("李明"), QStringLiteral("王芳")}));
        QCOMPARE(input.annotations.size(), 2);
        QVERIFY(input.tagByPath(QStringLiteral("补贴")));

        const AgreementResult characters = AgreementCalculator(input).compute(AgreementLevel::Character);
        const AgreementFigures figures = characters.tags.first().figures;
        const int length = int(body.size());
        QCOMPARE(figures.units, length);
        QVERIFY(near(figures.percent, 100.0 * (length - 2) / length)); // 补贴 is 李明's alone
        QVERIFY(figures.kappa && *figures.kappa > 0.6 && *figures.kappa < 1.0);

        const AgreementResult paragraphs = AgreementCalculator(input).compute(AgreementLevel::Paragraph);
        QCOMPARE(paragraphs.tags.first().figures.units, 2);
        QVERIFY(near(paragraphs.tags.first().figures.percent, 100.0));
        QVERIFY(near(paragraphs.tags.first().figures.kappa, 1.0));
        QVERIFY(paragraphs.disagreements.isEmpty());
    }

    // Two analysts coded the same report in their own QDA projects; merged by importing both, their
    // selections keep their authors and are compared. 李明 codes 人才补贴 (5–9), 王芳 发放人才补贴 (3–9):
    // of 28 characters 4 both, 2 only 王芳, 22 neither.
    void projectsOfTwoAnalystsMergedFromQdpx()
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.openSqlite(dir.filePath(QStringLiteral("merged.sqlite"))));
        AnnotationStore annotations(database);
        ArticleStore articles(database);
        for (const QdpxProject& project :
             {analystProject(QStringLiteral("11111111-aaaa-4bbb-8ccc-dddddddddddd"), QStringLiteral("李明"),
                             {{5, 9}}),
              analystProject(QStringLiteral("22222222-aaaa-4bbb-8ccc-dddddddddddd"), QStringLiteral("王芳"),
                             {{3, 9}})}) {
            QdpxImporter importer(annotations, articles);
            QdpxImporter::Result result;
            QString error;
            QVERIFY2(importer.import(project, &result, &error), qPrintable(error));
            QCOMPARE(result.annotationsImported, 1);
        }
        AgreementInput input;
        QVERIFY(AgreementInput::load(annotations, articles, &input));
        QCOMPARE(input.documents.size(), 1); // the second project's text matched the first's report
        QCOMPARE(input.authors(), (QStringList{QStringLiteral("李明"), QStringLiteral("王芳")}));
        const AgreementResult result = AgreementCalculator(input).compute(AgreementLevel::Character);
        QCOMPARE(result.tags.size(), 1);
        QCOMPARE(result.tags.first().tagPath, QStringLiteral("人才补贴"));
        const AgreementFigures figures = result.tags.first().figures;
        QCOMPARE(figures.units, 28);
        QVERIFY(near(figures.percent, 100.0 * 26 / 28));
        // p_o = 26/28, p_e = (4·6 + 24·22)/784 = 552/784: κ = (728 − 552)/(784 − 552) = 176/232.
        QVERIFY(near(figures.kappa, 176.0 / 232.0));
        QCOMPARE(result.disagreements.size(), 1);
        QCOMPARE(result.disagreements.first().codedText,
                 (QStringList{QStringLiteral("人才补贴"), QStringLiteral("发放人才补贴")}));
    }
};

QTEST_GUILESS_MAIN(TestAgreementCalculator)
#include "tst_agreementcalculator.moc"
