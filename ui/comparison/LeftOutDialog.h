#pragma once

#include "comparison/ComparisonQuery.h"
#include "comparison/ComparisonSource.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTableWidget;
class QThread;

namespace rs {

class Gazetteer;

// The figures a comparison leaves out, and why: what the pane's "Not charted: …" counts. They are
// listed off the GUI thread on a connection of their own; a double click opens a figure's passage.
class LeftOutDialog : public QDialog
{
    Q_OBJECT

public:
    LeftOutDialog(const QString& databasePath, const Gazetteer& gazetteer, const ComparisonQuery& query,
                  const ComparisonSource::Result& loaded, QWidget* parent = nullptr);
    ~LeftOutDialog() override;
    int figureCount() const { return int(m_figures.size()); }
    // The pane's summary line as rich text: `summary`, then the left-out note with a link to this
    // dialog when figures were left out.
    // Shows a dialog that deletes itself when closed.
    static LeftOutDialog* open(const QString& databasePath, const Gazetteer& gazetteer,
                               const ComparisonQuery& query, const ComparisonSource::Result& loaded,
                               QWidget* parent);
    static QString summaryText(const QString& summary, const QString& leftOutNote);

Q_SIGNALS:
    void listed();
    void passageRequested(qint64 articleId, int start, int end);

private:
    void showFigures(const QString& error);

    QLabel* m_status;
    QTableWidget* m_table;
    std::unique_ptr<QThread> m_thread;
    QVector<ComparisonSource::LeftOutFigure> m_figures;
};

} // namespace rs
