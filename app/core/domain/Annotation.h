#pragma once

#include "TextAnchor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace rs {

// A tagged passage of one report: where it is (anchor), which codes it carries, the analyst's note and
// review status. Orphaned annotations lost their passage when the body changed; they keep their old
// anchor until the analyst re-attaches them.
struct Annotation
{
    Q_DECLARE_TR_FUNCTIONS(Annotation)

public:
    enum class Status
    {
        ToReview,
        Reviewed,
        Flagged
    };

    qint64 id = 0;
    qint64 articleId = 0;
    TextAnchor anchor;
    QVector<qint64> tagIds; // sorted, no duplicates
    QString note;
    Status status = Status::ToReview;
    QString author;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool orphaned = false;
    QString guid;
    // The row's version (issue 18): the database bumps it on every change, and a change made from an
    // older version is a conflict. 0: not read from the database (a change then checks nothing).
    // Not part of ==, which compares what the analyst sees.
    qint64 version = 0;

    bool operator==(const Annotation& other) const;
    bool operator!=(const Annotation& other) const { return !(*this == other); }

    // Stored names: "to_review", "reviewed", "flagged".
    static QString statusName(Status status);
    static bool statusFromName(const QString& name, Status* status);
    // Translated, for the user.
    static QString statusLabel(Status status);
    static QVector<Status> allStatuses() { return {Status::ToReview, Status::Reviewed, Status::Flagged}; }
};

} // namespace rs
