#pragma once

#include "ComparisonQuery.h"
#include "ComparisonRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>

namespace rs {

class Database;
class Gazetteer;

// A metric over the years: for every period at once, one row per key, region and year as the database
// aggregates it for Compare Metrics (ComparisonStore::summariesByPeriod: the same charted figure, the
// same decisions), and, apart from them, the plans and targets (计划, 目标, 到2026年) by the year they
// are for. Periods that are not years are left out.
class TrendSource
{
    Q_DECLARE_TR_FUNCTIONS(TrendSource)

public:
    TrendSource(Database& database, const Gazetteer& gazetteer);

    struct Result
    {
        QVector<ComparisonRow> rows;    // achievements
        QVector<ComparisonRow> targets; // plans and targets
        QStringList years;              // with data, ascending
        QHash<QString, QString> usualUnits;
        bool cancelled = false;
        QString error;
    };
    Result load(const ComparisonQuery& query) const;
    void setCancelCheck(std::function<bool()> check) { m_cancel = std::move(check); }

private:
    Database& m_database;
    const Gazetteer& m_gazetteer;
    std::function<bool()> m_cancel;
};

} // namespace rs
