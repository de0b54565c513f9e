#include "LanguageLoader.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace rs;

namespace {

const QString tsPath = QStringLiteral(REGIONSCOPE_SOURCE_DIR "/translations/regionscope_zh_CN.ts");

struct TsStats
{
    int messages = 0;
    QStringList unfinished; // source texts without a finished translation
};

TsStats readTs(const QString& path)
{
    TsStats stats;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return stats;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++stats.messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            // Plural forms hold <numerusform> children; all must be filled.
            bool allForms = true;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    const QString form = xml.readElementText();
                    allForms = allForms && !form.trimmed().isEmpty();
                    text += form;
                }
            }
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty() || !allForms)
                stats.unfinished << source;
        }
    }
    return stats;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseIsComplete()
    {
        const TsStats stats = readTs(tsPath);
        QVERIFY(stats.messages > 100);
        QVERIFY2(stats.unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished: %2")
                                .arg(stats.unfinished.size())
                                .arg(stats.unfinished.mid(0, 10).join(QStringLiteral(" | ")))));
    }

    void translationFileCoversEverySourceString()
    {
        // Run lupdate over the sources into a copy: any string missing from the file arrives unfinished.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("check_zh_CN.ts"));
        QVERIFY(QFile::copy(tsPath, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(REGIONSCOPE_SOURCE_DIR));
        const QString program = QFile::exists(QStringLiteral("/usr/lib/qt6/bin/lupdate"))
                                    ? QStringLiteral("/usr/lib/qt6/bin/lupdate")
                                    : QStringLiteral("lupdate");
        lupdate.start(program,
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QCOMPARE(lupdate.exitCode(), 0);
        const TsStats stats = readTs(copy);
        QVERIFY2(
            stats.unfinished.isEmpty(),
            qPrintable(QStringLiteral("strings missing from the translation (run the update_translations "
                                      "target, then translate): %1")
                           .arg(stats.unfinished.mid(0, 10).join(QStringLiteral(" | ")))));
    }

    void switchingLanguageChangesTheUi()
    {
        QCOMPARE(LanguageLoader::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("rs::MainWindow", "&File"), QStringLiteral("&File"));
        QCOMPARE(LanguageLoader::install(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        const QString file = QCoreApplication::translate("rs::MainWindow", "&File");
        QVERIFY2(file.contains(QStringLiteral("文件")), qPrintable(file));
        QVERIFY(QCoreApplication::translate("rs::RegionTreeModel", "All reports")
                    .contains(QStringLiteral("报告")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
