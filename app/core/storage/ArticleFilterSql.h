#pragma once

#include "ArticleStore.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>

namespace rs {

// The SQL of ArticleStore's readers that differs between engines: a filter's WHERE clause and its
// values, and lists of ids bound as one JSON array (100,000 search hits still make one parameter).
class ArticleFilterSql
{
public:
    // The ids of a JSON array as a table of their values and positions (value, key; key from 0):
    // SQLite's json_each(), PostgreSQL's json_array_elements_text() numbered WITH ORDINALITY.
    static QString idTable(bool postgres);
    // The WHERE clause for a filter, empty when it has no condition; bindFilter() binds its values in
    // the same order.
    static QString whereClause(const ArticleFilter& filter, bool postgres);
    static void bindFilter(QSqlQuery& query, const ArticleFilter& filter);
    static QString idsAsJson(const QVector<qint64>& ids);
    // A page's LIMIT: -1 (none) is NULL on PostgreSQL, where a negative limit is an error.
    static QVariant limitValue(int limit, bool postgres);
};

} // namespace rs
