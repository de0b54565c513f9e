#include "ArticleFilterSql.h"

#include <QStringList>

namespace rs {

QString ArticleFilterSql::idTable(bool postgres)
{
    return postgres ? QStringLiteral("(SELECT CAST(e.value AS BIGINT) AS value, e.key - 1 AS key"
                                     " FROM json_array_elements_text(CAST(? AS json)) WITH ORDINALITY"
                                     " AS e(value, key))")
                    : QStringLiteral("json_each(?)");
}

QString ArticleFilterSql::whereClause(const ArticleFilter& filter, bool postgres)
{
    QStringList conditions;
    switch (filter.scope) {
    case ArticleFilter::Scope::RegionSubtree:
        // A range rather than LIKE: the region index answers it without reading the rows. PostgreSQL
        // compares by code point only under the "C" collation (the database's own may ignore U+FFFF).
        conditions.append(
            postgres ? QStringLiteral("region_code COLLATE \"C\" >= ? AND region_code COLLATE \"C\" < ?")
                     : QStringLiteral("region_code >= ? AND region_code < ?"));
        break;
    case ArticleFilter::Scope::UnknownRegion:
        conditions.append(QStringLiteral("region_code IS NULL"));
        break;
    case ArticleFilter::Scope::All:
        break;
    }
    if (filter.restrictToIds)
        conditions.append(QStringLiteral("id IN (SELECT value FROM %1 AS hits)").arg(idTable(postgres)));
    if (!filter.tagIds.isEmpty())
        conditions.append(
            QStringLiteral("id IN (SELECT a.article_id FROM annotations a JOIN annotation_tags t"
                           " ON t.annotation_id = a.id WHERE t.tag_id IN"
                           " (SELECT value FROM %1 AS tag_ids))")
                .arg(idTable(postgres)));
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QString ArticleFilterSql::idsAsJson(const QVector<qint64>& ids)
{
    QString json(QLatin1Char('['));
    for (int i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json.append(QLatin1Char(','));
        json.append(QString::number(ids.at(i)));
    }
    return json + QLatin1Char(']');
}

void ArticleFilterSql::bindFilter(QSqlQuery& query, const ArticleFilter& filter)
{
    if (filter.scope == ArticleFilter::Scope::RegionSubtree) {
        // Every code under the prefix sorts between it and it followed by U+FFFF.
        query.addBindValue(filter.regionCode);
        query.addBindValue(filter.regionCode + QChar(0xFFFF));
    }
    if (filter.restrictToIds)
        query.addBindValue(idsAsJson(filter.ids));
    if (!filter.tagIds.isEmpty())
        query.addBindValue(idsAsJson(filter.tagIds));
}

QVariant ArticleFilterSql::limitValue(int limit, bool postgres)
{
    return limit < 0 && postgres ? QVariant() : QVariant(limit);
}

} // namespace rs
