#include "MetricEditDialog.h"
#include "metrics/Taxonomy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace rs;

// The figure dialog offers to teach the taxonomy a cue only when the analyst changes the key.
class TestMetricEditDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersTheSubjectAsACueWhenTheKeyChanges()
    {
        Metric metric;
        metric.quote = QStringLiteral("青苗48名");
        metric.value = 48;
        metric.unit = QStringLiteral("名");
        metric.subject = QStringLiteral("青苗");
        MetricEditDialog dialog(Taxonomy::builtin(), metric);
        dialog.show();
        QCheckBox* offer = nullptr;
        for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
            if (box->text().contains(QStringLiteral("taxonomy")))
                offer = box;
        }
        QVERIFY(offer);
        QVERIFY(!offer->isVisible()); // the key is unchanged
        QCOMPARE(dialog.cueToTeach(), QString());

        QComboBox* keys = nullptr;
        for (QComboBox* box : dialog.findChildren<QComboBox*>()) {
            if (box->findData(QStringLiteral("talent_count")) >= 0)
                keys = box;
        }
        QVERIFY(keys);
        keys->setCurrentIndex(keys->findData(QStringLiteral("talent_count")));
        QVERIFY(offer->isVisible());
        QCOMPARE(dialog.cueToTeach(), QString()); // offered, not yet asked for
        offer->setChecked(true);
        QCOMPARE(dialog.cueToTeach(), QStringLiteral("青苗"));
        QCOMPARE(dialog.metric().key, QStringLiteral("talent_count"));

        keys->setCurrentIndex(0); // back to no key: nothing to teach
        QVERIFY(!offer->isVisible());
        QCOMPARE(dialog.cueToTeach(), QString());
    }
};

QTEST_MAIN(TestMetricEditDialog)
#include "tst_metriceditdialog.moc"
