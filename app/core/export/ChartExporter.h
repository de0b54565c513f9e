#pragma once

#include "ChartPainter.h"
#include "ExportTable.h"
#include "comparison/ChartData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>
#include <QVector>

class QMimeData;

namespace rs {

enum class ChartFormat
{
    Png,
    Svg,
    Pdf,
    Csv,
    Pptx,
    Xlsx
};

struct ChartExportOptions
{
    QSize size{1920, 1080}; // logical pixels (PDF: 1 px = 0.75 pt)
    qreal scale = 1.0;      // PNG only: 2 gives 3840×2160 for 1920×1080
    bool transparent = false;
    bool includeNotes = true;
    ChartText::Language language = ChartText::Language::Chinese;

    ChartPaintOptions paintOptions() const;
};

// Writes charts as files or clipboard data, rendering off-screen through ChartPainter: PNG at any
// size and scale, SVG and PDF with text kept as text (CJK glyphs embedded by Qt's PDF engine), and
// CSV (UTF-8 with BOM, so Excel reads the Chinese) with one line per region and metric and the
// passage each value came from; PPTX (one native chart per slide) and XLSX through PptxWriter and
// XlsxWriter.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    static bool formatFromName(const QString& name, ChartFormat* format);
    static QString formatName(ChartFormat format);
    // 16:9 sizes offered for slides.
    static QVector<QSize> presets();

    static QImage image(const QVector<ChartData>& charts, const ChartExportOptions& options);
    static QByteArray png(const QVector<ChartData>& charts, const ChartExportOptions& options);
    static QByteArray svg(const QVector<ChartData>& charts, const ChartExportOptions& options);
    static QByteArray pdf(const QVector<ChartData>& charts, const ChartExportOptions& options);
    static QByteArray csv(const QVector<ChartData>& charts);
    // The charted values with their reports, one table per chart, for the XLSX workbook.
    static QVector<ExportTable> tables(const QVector<ChartData>& charts);

    // PNG image, SVG and the CSV as text, for pasting into Impress, PowerPoint or a sheet.
    static QMimeData* mimeData(const QVector<ChartData>& charts, const ChartExportOptions& options);

    // Replaces path only when the whole file could be written.
    static bool write(const QString& path, ChartFormat format, const QVector<ChartData>& charts,
                      const ChartExportOptions& options, QString* error);
};

} // namespace rs
