#pragma once

#include <QString>
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
};

struct ImportSummary
{
    int imported = 0;
    int duplicates = 0;
    int failed = 0;
    bool cancelled = false;

    void add(const ImportOutcome& outcome)
    {
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
};

} // namespace rs
