#pragma once

#include "storage/IndicatorStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

namespace rs {

class Gazetteer;

// Reads reference data (a CSV or XLSX table with the header region_code,year,indicator,value,unit,source)
// and checks it row by row before anything is stored: known region codes, whole years, numbers, one
// unit per indicator (also against what is already stored), no key twice, a source for every value.
// Rows are numbered as a spreadsheet shows them: the header is row 1.
class IndicatorImport
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorImport)

public:
    struct Failure
    {
        int row = 0; // 0: the file as a whole (unreadable, wrong header)
        QString reason;
    };
    struct Result
    {
        QVector<IndicatorValue> values; // only meaningful when failures is empty
        QVector<Failure> failures;
        bool ok() const { return failures.isEmpty(); }
    };

    // storedUnits: the unit of each indicator already in the database.
    static Result read(const QString& path, const Gazetteer& gazetteer,
                       const QHash<QString, QString>& storedUnits = {});
    static Result parse(const QVector<QStringList>& rows, const Gazetteer& gazetteer,
                        const QHash<QString, QString>& storedUnits = {});

    static QStringList header();
    // Cells of a CSV text (RFC 4180 quoting), one list per line; false with a message on a broken quote.
    static bool csvRows(const QString& text, QVector<QStringList>* rows, QString* error);
    // Cells of the first sheet of an .xlsx, one list per row (row numbers kept: a gap gives empty rows).
    static bool xlsxRows(const QString& path, QVector<QStringList>* rows, QString* error);
};

} // namespace rs
