#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rs {

class Database;

// One value of reference data: an indicator (population, GDP, party members) of a region in a year.
struct IndicatorValue
{
    QString indicator; // "population"
    QString regionCode;
    int year = 0;
    double value = 0.0;
    QString unit; // "万人", "亿元"
    QString source;
};

// What `indicators list` shows for one indicator.
struct IndicatorSummary
{
    QString indicator;
    QString unit;
    int values = 0;
    int regions = 0;
    int firstYear = 0;
    int lastYear = 0;
    QStringList sources;
};

// The reference data analysts import (IndicatorImport) to divide figures by: per 10,000 residents,
// per 亿元 of GDP. A value is keyed by indicator, region and year; importing it again replaces it.
class IndicatorStore
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorStore)

public:
    explicit IndicatorStore(Database& database);

    // Stores every value in one transaction, replacing those with the same key; on failure nothing is
    // stored and *error says why in words.
    bool store(const QVector<IndicatorValue>& values, QString* error = nullptr);
    // Per indicator, its unit as stored (every value of an indicator has one unit).
    bool units(QHash<QString, QString>* units, QString* error = nullptr) const;
    bool list(QVector<IndicatorSummary>* summaries, QString* error = nullptr) const;
    // Every value of one indicator, by region and year.
    bool values(const QString& indicator, QVector<IndicatorValue>* values, QString* error = nullptr) const;

private:
    Database& m_database;
};

} // namespace rs
