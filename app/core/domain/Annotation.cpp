#include "Annotation.h"

namespace rs {

bool Annotation::operator==(const Annotation& other) const
{
    return id == other.id && articleId == other.articleId && anchor == other.anchor &&
           tagIds == other.tagIds && note == other.note && status == other.status && author == other.author &&
           createdAt == other.createdAt && updatedAt == other.updatedAt && orphaned == other.orphaned &&
           guid == other.guid;
}

QString Annotation::statusName(Status status)
{
    switch (status) {
    case Status::ToReview:
        return QStringLiteral("to_review");
    case Status::Reviewed:
        return QStringLiteral("reviewed");
    case Status::Flagged:
        return QStringLiteral("flagged");
    }
    return {};
}

bool Annotation::statusFromName(const QString& name, Status* status)
{
    for (Status candidate : allStatuses()) {
        if (statusName(candidate) == name) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QString Annotation::statusLabel(Status status)
{
    switch (status) {
    case Status::ToReview:
        return tr("To review");
    case Status::Reviewed:
        return tr("Reviewed");
    case Status::Flagged:
        return tr("Flagged");
    }
    return {};
}

} // namespace rs
