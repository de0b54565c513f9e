#include "ReportDetailsDialog.h"
#include "ReportRenderer.h"
#include "gazetteer/Gazetteer.h"
#include "storage/ArticleStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace rs;

class TstReportDetailsDialog : public QObject
{
    Q_OBJECT
private slots:
    void editsAndRestoresTheDetection()
    {
        ReportDetails detected;
        detected.title = QStringLiteral("斗门区今年培训村干部800人次");
        detected.titleGuessed = true;
        ReportDetails current = detected;
        current.title = QStringLiteral("斗门区干部培训简报");
        ReportDetailsDialog dialog(current, detected);
        auto* title = dialog.findChild<QLineEdit*>();
        QVERIFY(title);
        QCOMPARE(title->text(), current.title);
        QCOMPARE(dialog.details().title, current.title);
        QVERIFY(!dialog.details().publishedOn.isValid());

        // A date and a source typed in come back as the dialog's details.
        dialog.findChild<QCheckBox*>()->setChecked(true);
        dialog.findChild<QDateEdit*>()->setDate(QDate(2023, 6, 1));
        const QList<QLineEdit*> edits = dialog.findChildren<QLineEdit*>();
        QLineEdit* source = nullptr;
        for (QLineEdit* e : edits) {
            if (e->accessibleName() == QLatin1String("Source"))
                source = e;
        }
        QVERIFY(source);
        source->setText(QStringLiteral("  斗门区委组织部 "));
        QCOMPARE(dialog.details().publishedOn, QDate(2023, 6, 1));
        QCOMPARE(dialog.details().source, QStringLiteral("斗门区委组织部"));

        // An empty title cannot be accepted.
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        title->clear();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());

        // Restore Detected puts every field back.
        for (QAbstractButton* b : buttons->buttons()) {
            if (buttons->buttonRole(b) == QDialogButtonBox::ResetRole)
                b->click();
        }
        QVERIFY(dialog.details().sameValues(detected));
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void readerSaysWhatWasGuessedOrEdited()
    {
        StoredArticle article;
        article.metadata.titleGuessed = true;
        QVERIFY(ReportRenderer::metadataLine(article, Gazetteer::builtin())
                    .contains(QStringLiteral("title guessed")));
        article.metadata.titleGuessed = false;
        article.titleEdited = true;
        article.sourceEdited = true;
        const QString line = ReportRenderer::metadataLine(article, Gazetteer::builtin());
        QVERIFY2(line.contains(QStringLiteral("edited by hand: title, source")), qPrintable(line));
        QVERIFY(!line.contains(QStringLiteral("title guessed")));
    }
};

QTEST_MAIN(TstReportDetailsDialog)
#include "tst_reportdetailsdialog.moc"
