#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace rs {

// A table as it goes into a spreadsheet: headers and rows of cells (QString, numbers, an invalid QVariant
// for an empty cell). Numbers stay raw; when valueColumn is set and displayDivisor/displayUnitLabel say how
// values are shown (10000, "万元"), the XLSX writer adds a display column right after it.
struct ExportTable
{
    Q_DECLARE_TR_FUNCTIONS(ExportTable)

public:
    // The columns of the comparison table, in this order, as comparisonTable() sets them up.
    enum ComparisonColumn
    {
        Region,
        RegionCode,
        Value,
        Unit,
        Qualifier,
        Period,
        Report,
        ReportId,
        Status,
        ComparisonColumnCount
    };

    QString name; // sheet name wanted (made valid and unique by the writer)
    QStringList headers;
    QVector<QVector<QVariant>> rows;
    int valueColumn = -1;        // raw numeric column that gets a display column, -1 for none
    double displayDivisor = 1.0; // raw / displayDivisor = displayed
    QString displayUnitLabel;    // "万元"
    int displayDecimals = 2;     // of the display column (ChartNumber)

    // An empty table with the comparison headers and valueColumn = Value.
    static ExportTable comparisonTable(const QString& name)
    {
        ExportTable table;
        table.name = name;
        table.headers = {tr("Region"), tr("Region code"), tr("Value"),     tr("Unit"),  tr("Qualifier"),
                         tr("Period"), tr("Report"),      tr("Report ID"), tr("Status")};
        table.valueColumn = Value;
        return table;
    }
};

} // namespace rs
