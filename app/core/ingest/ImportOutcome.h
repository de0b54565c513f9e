#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rs {

struct ImportOutcome
{
    enum class Status
    {
        Imported,
        Duplicate,
        Failed
    };
    Status status = Status::Failed;
    qint64 articleId = 0; // the new article, or the one it duplicates
    QString path;
    QString reason; // for Failed: what is wrong, without the path
    QString format; // what the file was read as (FormatSniffer::name); empty when it was not read
};

struct ImportSummary
{
    int imported = 0;
    int duplicates = 0;
    int failed = 0;
    bool cancelled = false;
    QMap<QString, int> importedByFormat; // "pdf" -> 3, ...

    void add(const ImportOutcome& outcome)
    {
        if (outcome.status == ImportOutcome::Status::Imported && !outcome.format.isEmpty())
            ++importedByFormat[outcome.format];
        switch (outcome.status) {
        case ImportOutcome::Status::Imported:
            ++imported;
            break;
        case ImportOutcome::Status::Duplicate:
            ++duplicates;
            break;
        case ImportOutcome::Status::Failed:
            ++failed;
            break;
        }
    }

    // "2 pdf, 1 docx, 5 txt"; empty when nothing was imported.
    QString formatCounts() const
    {
        QStringList parts;
        for (auto it = importedByFormat.cbegin(); it != importedByFormat.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
        return parts.join(QStringLiteral(", "));
    }
};

} // namespace rs
