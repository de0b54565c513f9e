#pragma once

#include "comparison/ChartData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace rs {

// One slide of a comparison deck.
struct PptxSlide
{
    ChartData chart;
    bool pictureFallback = false; // true: a picture of png instead of a native chart
    QByteArray png;               // rendered by the caller; used only with pictureFallback
    bool includeNotes = true;     // source and filter notes as a text box under the chart
    QString unitText;             // shown above the chart; empty: "Unit: <unitLabel>" (translated)
};

// Writes a .pptx deck, one slide per chart (16:9). A native slide holds the title, unit and notes as text
// boxes and an editable bar chart (c:barChart) whose data lives in an embedded workbook, so PowerPoint's
// "Edit Data" works. A picture slide holds the same texts around the caller's PNG.
class PptxWriter
{
    Q_DECLARE_TR_FUNCTIONS(PptxWriter)

public:
    // False with a message (and path left alone) when a slide cannot be built or the file not written.
    static bool write(const QString& path, const QVector<PptxSlide>& slides, QString* error);
};

} // namespace rs
