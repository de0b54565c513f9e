#pragma once

#include "comparison/ChartData.h"

#include <QByteArray>
#include <QString>

namespace rs {

// The DrawingML chart part (c:chartSpace) for one ChartData: a bar chart whose categories and values are
// c:strRef/c:numRef into the embedded workbook written by XlsxWriter::chartWorkbook(), with caches so the
// chart shows without that workbook being opened. Values are displayed ones (raw / displayDivisor).
struct PptxChartPart
{
    // workbookRelationshipId is the chart part's relationship to its embedded workbook.
    static QByteArray xml(const ChartData& chart, const QString& workbookRelationshipId);

    // "A", "B", ... "AA": spreadsheet column letters for a 0-based column.
    static QString columnName(int column);
    // The form values take in caches: shortest exact-enough decimal, never exponent-free garbage.
    static QString number(double value);
};

} // namespace rs
