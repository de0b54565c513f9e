#pragma once

#include "ControlStatement.h"
#include "MachineFigureInsert.h"
#include "ParagraphInsert.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace rs {

// The statements an insert runs, prepared once per batch: preparing them for every report cost more
// than binding and running them.
struct ArticleInsertStatements
{
    ArticleInsertStatements(const QSqlDatabase& db, bool postgres);

    // The id of the row the article statement just stored.
    qint64 storedId();

    QSqlQuery existing;
    QSqlQuery article;
    QSqlQuery original;
    ParagraphInsert paragraphs;
    MachineFigureInsert figures;
    ControlStatement savepoint;
    ControlStatement release;
    ControlStatement rollbackTo;
    bool returnsId = false;
};

} // namespace rs
