#pragma once

#include "AnnotationEditor.h"

#include <QVector>

namespace rs {

class Database;

// A passage auto-coding proposes: the paragraph that holds every term of the query.
struct AutoCodeProposal
{
    PassageRef passage;
    QString articleTitle;
    QString regionCode;
};

// Finds the passages to tag for a search: the reports the full-text search returns, and in each the
// paragraphs containing every term of the query (case-insensitively). Shown as a preview before
// AnnotationEditor::autocode applies them as one undoable step.
class AutoCoder
{
public:
    explicit AutoCoder(Database& database);

    // At most maxReports reports are read (-1: all).
    QVector<AutoCodeProposal> propose(const QString& query, int maxReports = -1) const;

    static QVector<PassageRef> passages(const QVector<AutoCodeProposal>& proposals);

private:
    Database& m_database;
};

} // namespace rs
