#pragma once

#include "comparison/ChartData.h"
#include "export/ExportTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace rs {

// Writes comparison exports as .xlsx through libxlsxwriter.
//
// Cells always hold raw values (元, 人次) so sums and filters in Excel are exact. How values are shown (万元,
// 亿元) goes into a separate display column holding raw / displayDivisor with a number format such as
// 0.00"万元" (the chart's decimals, as ChartNumber writes its labels). A single scaled number format on the
// raw column cannot do this: Excel's thousands-scaling comma divides by 1,000 per comma, so 万 (10^4) and 亿
// (10^8) are unreachable that way.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    // One sheet per chart (its categories, raw and displayed values, notes and a native bar chart over
    // them), then one sheet per table with all its rows. False with a message when nothing usable was
    // written; path is replaced only on success.
    static bool write(const QString& path, const QVector<ChartData>& charts,
                      const QVector<ExportTable>& tables, QString* error);

    // The workbook a PPTX chart part embeds: sheet embeddedSheetName(), categories in A2.., displayed values
    // of series i in column B+i (name in row 1), blank where a value is missing.
    static bool chartWorkbook(const ChartData& chart, QByteArray* xlsx, QString* error);
    static QString embeddedSheetName() { return QStringLiteral("Sheet1"); }

    // raw / divisor, guarding against a divisor of 0.
    static double displayed(double raw, double divisor);
    // Whether any value is below zero; charts start their value axis at zero otherwise.
    static bool hasNegative(const ChartData& chart);
    // 0.00"万元" for "万元" and two decimals, 0 for none and no label: the display column reads like the
    // chart's value labels.
    static QString displayNumberFormat(const QString& unitLabel, int decimals);
};

} // namespace rs
