#include "align/SharedPhrases.h"
#include "align/ThemeMetrics.h"
#include "metrics/Taxonomy.h"

#include <QTest>

using namespace rs;

namespace {

QStringList textsOf(const QString& body, const QVector<TextRange>& ranges)
{
    QStringList out;
    for (const TextRange& range : ranges)
        out << body.mid(range.start, range.end - range.start);
    return out;
}

Metric figure(const QString& body, const QString& quote, const QString& key, const QString& subject = {})
{
    Metric metric;
    metric.start = int(body.indexOf(quote));
    metric.end = metric.start + int(quote.size());
    metric.quote = quote;
    metric.key = key;
    metric.subject = subject;
    return metric;
}

} // namespace

// Shared phrasing between compared reports, boilerplate across a reference set, figures per theme.
class TestSharedPhrases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsPhrasesSharedBetweenReports()
    {
        const QString a = QStringLiteral("全区坚持以高质量党建引领高质量发展,培训干部。");
        const QString b = QStringLiteral("我们以高质量党建引领高质量发展为主线\n另起一段");
        const QString c = QStringLiteral("与前两篇毫无相同之处的一段文字");
        const QVector<QVector<TextRange>> shared = SharedPhrases::shared({a, b, c}, 8);
        QCOMPARE(shared.size(), 3);
        QCOMPARE(textsOf(a, shared.at(0)), QStringList{QStringLiteral("以高质量党建引领高质量发展")});
        QCOMPARE(textsOf(b, shared.at(1)), QStringList{QStringLiteral("以高质量党建引领高质量发展")});
        QVERIFY(shared.at(2).isEmpty());
    }

    void foldsWidthAndKeepsWithinParagraphs()
    {
        const QString a = QStringLiteral("截至２０２３年底累计培训ＡＢＣ干部");
        const QString b = QStringLiteral("截至2023年底累计培训abc干部");
        QCOMPARE(textsOf(a, SharedPhrases::shared({a, b}, 8).at(0)), QStringList{a});
        // A window never spans a paragraph break.
        const QString c = QStringLiteral("一二三四\n五六七八");
        const QString d = QStringLiteral("一二三四\n五六七八");
        QVERIFY(SharedPhrases::shared({c, d}, 8).at(0).isEmpty());
        QCOMPARE(SharedPhrases::shared({c, d}, 4).at(0).size(), 2);
        // Mostly punctuation is no phrase.
        const QString e = QStringLiteral("……——“”《》,。好");
        QVERIFY(SharedPhrases::shared({e, e}, 8).at(0).isEmpty());
    }

    void excludesGivenRanges()
    {
        const QString a = QStringLiteral("习近平新时代中国特色社会主义思想,人才强区战略深入实施");
        const QString b = QStringLiteral("以习近平新时代中国特色社会主义思想为指导。人才强区战略深入实施");
        const QVector<TextRange> boilerplateA{{0, 16}};
        const QVector<TextRange> boilerplateB{{1, 17}};
        const auto shared = SharedPhrases::shared({a, b}, 8, {boilerplateA, boilerplateB});
        QCOMPARE(textsOf(a, shared.at(0)), QStringList{QStringLiteral("人才强区战略深入实施")});
        QCOMPARE(textsOf(b, shared.at(1)), QStringList{QStringLiteral("人才强区战略深入实施")});
    }

    void mergesOverlappingWindows()
    {
        // Overlapping and touching windows make one range.
        const QVector<TextRange> merged = SharedPhrases::merge({0, 1, 2, 12, 20, 40}, 8);
        QCOMPARE(merged.size(), 3);
        QCOMPARE(merged.at(0), (TextRange{0, 10}));
        QCOMPARE(merged.at(1), (TextRange{12, 28}));
        QCOMPARE(merged.at(2), (TextRange{40, 48}));
    }

    void boilerplateIsWhatMostReportsContain()
    {
        const QString stock = QStringLiteral("深入践行新时代党的组织路线");
        PhraseFrequency reference(8);
        reference.addReport(QStringLiteral("甲区") + stock + QStringLiteral(",培训干部。"));
        reference.addReport(QStringLiteral("乙县") + stock + QStringLiteral(",引进人才。") + stock);
        reference.addReport(QStringLiteral("丙市") + stock + QStringLiteral(",建强支部。"));
        QVERIFY(reference.boilerplate(stock).isEmpty() == false);
        reference.addReport(QStringLiteral("丁镇乡村振兴示范带建设"));
        reference.addReport(QStringLiteral("戊区的人才公寓已经建成投用"));
        QCOMPARE(reference.reportCount(), 5);
        QCOMPARE(reference.reportsContaining(stock), 3); // counted once per report
        QCOMPARE(reference.reportsContaining(QStringLiteral("乡村振兴示范带建设")), 1);

        const QString body = QStringLiteral("我区") + stock + QStringLiteral("。人才公寓已经建成投用");
        // 3 of 5 reports: boilerplate at 60 %, not at 80 %.
        QCOMPARE(textsOf(body, reference.boilerplate(body, 0.6)), QStringList{stock});
        QVERIFY(reference.boilerplate(body, 0.8).isEmpty());
        // Too small a reference says nothing.
        PhraseFrequency small(8);
        small.addReport(stock);
        small.addReport(stock);
        QVERIFY(small.boilerplate(stock).isEmpty());
    }

    void lineUpsFiguresPerTheme()
    {
        const QString a =
            QStringLiteral("培训全区干部1万余人次,举办培训班24期。新建红色驿站3个。另一节:引进博士50名。");
        const QString b = QStringLiteral("全年培训干部6200人次。");
        const QVector<QVector<Metric>> metrics{
            {figure(a, QStringLiteral("1万余人次"), QStringLiteral("cadre_training_attendance")),
             figure(a, QStringLiteral("24期"), QStringLiteral("training_sessions")),
             figure(a, QStringLiteral("3个"), QString(), QStringLiteral("红色驿站")),
             figure(a, QStringLiteral("50名"), QStringLiteral("talent_count"))},
            {figure(b, QStringLiteral("6200人次"), QStringLiteral("cadre_training_attendance"))},
            {}};
        const int sectionEnd = int(a.indexOf(QStringLiteral("另一节")));
        // Report 0's passage excludes the last sentence; report 1's is the whole body; report 2 has none.
        const QVector<QVector<TextRange>> ranges{{{0, sectionEnd}}, {{0, int(b.size())}}, {}};
        const QVector<ThemeMetricRow> rows = ThemeMetrics::rows(ranges, metrics, Taxonomy::builtin());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).key, QStringLiteral("cadre_training_attendance"));
        QCOMPARE(rows.at(0).label(true), QStringLiteral("干部教育培训人次"));
        QCOMPARE(rows.at(0).label(false), QStringLiteral("Cadre training attendance"));
        QCOMPARE(rows.at(0).cells.size(), 3);
        QCOMPARE(ThemeMetricRow::cellText(rows.at(0).cells.at(0)), QStringLiteral("1万余人次"));
        QCOMPARE(ThemeMetricRow::cellText(rows.at(0).cells.at(1)), QStringLiteral("6200人次"));
        QCOMPARE(ThemeMetricRow::cellText(rows.at(0).cells.at(2)), QStringLiteral("—"));
        QCOMPARE(rows.at(1).key, QStringLiteral("training_sessions"));
        QCOMPARE(ThemeMetricRow::cellText(rows.at(1).cells.at(1)), QStringLiteral("—"));
        QCOMPARE(rows.at(2).key, QString()); // figures without a key come last, with their subject
        QCOMPARE(rows.at(2).label(false), QStringLiteral("Other figures"));
        QCOMPARE(rows.at(2).cells.at(0), QStringList{QStringLiteral("红色驿站 3个")});
        QCOMPARE(ThemeMetricRow::cellText({QStringLiteral("37场"), QStringLiteral("超1900场次")}),
                 QStringLiteral("37场、超1900场次"));
    }
};

QTEST_GUILESS_MAIN(TestSharedPhrases)
#include "tst_sharedphrases.moc"
