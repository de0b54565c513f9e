#include "OfficeText.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace officetext {

QString missingTool()
{
    for (const QString& tool : {QStringLiteral("soffice"), QStringLiteral("pdftotext")}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return tool;
    }
    return QString();
}

QString pdfText(const QString& file, QString* error)
{
    QTemporaryDir work;
    QProcess convert;
    convert.setProcessChannelMode(QProcess::MergedChannels);
    // A profile of its own, so a LibreOffice the user has open does not take the job.
    convert.start(QStandardPaths::findExecutable(QStringLiteral("soffice")),
                  {QStringLiteral("-env:UserInstallation=file://") + work.filePath(QStringLiteral("profile")),
                   QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                   QStringLiteral("--outdir"), work.path(), file});
    if (!convert.waitForFinished(240000)) {
        *error = QStringLiteral("soffice did not finish within four minutes");
        return QString();
    }
    const QString pdf = work.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".pdf"));
    if (!QFile::exists(pdf)) {
        *error = QString::fromLocal8Bit(convert.readAll());
        return QString();
    }
    QProcess text;
    text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!text.waitForFinished(60000)) {
        *error = QStringLiteral("pdftotext did not finish within a minute");
        return QString();
    }
    QString content = QString::fromUtf8(text.readAllStandardOutput());
    content.remove(QRegularExpression(QStringLiteral("\\s")));
    if (content.isEmpty())
        *error = QStringLiteral("the PDF holds no text");
    return content;
}

} // namespace officetext
