#include "LeftOutDialog.h"

#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/MetricStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace rs {

LeftOutDialog::LeftOutDialog(const QString& databasePath, const Gazetteer& gazetteer,
                             const ComparisonQuery& query, const ComparisonSource::Result& loaded,
                             QWidget* parent)
    : QDialog(parent), m_status(new QLabel(tr("Listing the figures left out…"), this)),
      m_table(new QTableWidget(0, 5, this))
{
    setWindowTitle(tr("Figures Not Charted"));
    m_table->setHorizontalHeaderLabels({tr("Why"), tr("Figure"), tr("Region"), tr("Year"), tr("Report")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const ComparisonRow& figure = m_figures.at(row).row;
        Q_EMIT passageRequested(figure.articleId, figure.start, figure.end);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);

    // Every figure of the metric is read: off the GUI thread, on a connection of its own.
    auto figures = std::make_shared<QVector<ComparisonSource::LeftOutFigure>>();
    auto error = std::make_shared<QString>();
    m_thread.reset(QThread::create([databasePath, &gazetteer, query, loaded, figures, error] {
        Database database;
        if (!database.open(databasePath)) {
            *error = database.error();
            return;
        }
        const MetricStore metrics(database);
        const ArticleStore articles(database);
        *figures = ComparisonSource(metrics, articles, gazetteer).leftOutFigures(query, loaded, error.get());
    }));
    connect(m_thread.get(), &QThread::finished, this, [this, figures, error] {
        m_figures = *figures;
        showFigures(*error);
    });
    m_thread->start();
}

LeftOutDialog::~LeftOutDialog()
{
    if (m_thread)
        m_thread->wait();
}

LeftOutDialog* LeftOutDialog::open(const QString& databasePath, const Gazetteer& gazetteer,
                                   const ComparisonQuery& query, const ComparisonSource::Result& loaded,
                                   QWidget* parent)
{
    auto* dialog = new LeftOutDialog(databasePath, gazetteer, query, loaded, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QString LeftOutDialog::summaryText(const QString& summary, const QString& leftOutNote)
{
    if (leftOutNote.isEmpty())
        return summary.toHtmlEscaped();
    return (summary + QStringLiteral("; ") + leftOutNote).toHtmlEscaped() +
           QStringLiteral(" <a href=\"left-out\">%1</a>").arg(tr("List them…").toHtmlEscaped());
}

void LeftOutDialog::showFigures(const QString& error)
{
    if (!error.isEmpty()) {
        m_status->setText(tr("The figures could not be listed: %1").arg(error));
        Q_EMIT listed();
        return;
    }
    m_status->setText(tr("%n figure(s) not charted; double-click one to read its passage.", nullptr,
                         int(m_figures.size())));
    m_table->setRowCount(int(m_figures.size()));
    for (int i = 0; i < m_figures.size(); ++i) {
        const ComparisonRow& row = m_figures.at(i).row;
        const QStringList cells{m_figures.at(i).reason, row.quote, row.regionLabel, row.period,
                                row.reportTitle};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(i, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    Q_EMIT listed();
}

} // namespace rs
