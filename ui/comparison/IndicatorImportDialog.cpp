#include "IndicatorImportDialog.h"

#include "comparison/IndicatorImport.h"
#include "gazetteer/Gazetteer.h"
#include "storage/IndicatorStore.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rs {

IndicatorImportDialog::IndicatorImportDialog(Database& database, QWidget* parent)
    : QDialog(parent), m_database(database), m_path(new QLineEdit(this)),
      m_import(new QPushButton(tr("&Import"), this)), m_report(new QPlainTextEdit(this)),
      m_stored(new QLabel(this))
{
    setWindowTitle(tr("Import Indicators"));
    auto* explanation = new QLabel(
        tr("Reference data per region and year (population, GDP, party members …) to show figures per "
           "10,000 residents or per unit of an indicator. A CSV (UTF-8) or XLSX table with the header:\n"
           "region_code,year,indicator,value,unit,source\n"
           "Every row is checked first; if any fails, nothing is imported."),
        this);
    explanation->setWordWrap(true);
    explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    fileRow->addWidget(m_import);
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("The outcome of the import is shown here."));
    m_stored->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(fileRow);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_stored);
    layout->addWidget(buttons);
    connect(browseButton, &QPushButton::clicked, this, &IndicatorImportDialog::browse);
    connect(m_import, &QPushButton::clicked, this, [this] { importFile(m_path->text().trimmed()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 420);
    showStored();
}

void IndicatorImportDialog::run(Database& database, QWidget* parent, const std::function<void()>& changed)
{
    IndicatorImportDialog dialog(database, parent);
    connect(&dialog, &IndicatorImportDialog::indicatorsChanged, &dialog, [&changed] { changed(); });
    dialog.exec();
}

void IndicatorImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Indicators"), QString(),
                                                      tr("Tables (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
        importFile(path);
    }
}

bool IndicatorImportDialog::importFile(const QString& path)
{
    m_imported = 0;
    IndicatorStore store(m_database);
    QHash<QString, QString> units;
    QString error;
    if (path.isEmpty()) {
        m_report->setPlainText(tr("Choose a file first."));
        return false;
    }
    if (!store.units(&units, &error)) {
        m_report->setPlainText(error);
        return false;
    }
    const IndicatorImport::Result result = IndicatorImport::read(path, Gazetteer::builtin(), units);
    QStringList lines;
    if (!result.ok()) {
        for (const IndicatorImport::Failure& failure : result.failures)
            lines.append(failure.row > 0 ? tr("Row %1: %2").arg(failure.row).arg(failure.reason)
                                         : failure.reason);
        lines.prepend(tr("Nothing was imported: %n row(s) failed.", nullptr, int(result.failures.size())));
        m_report->setPlainText(lines.join(QLatin1Char('\n')));
        return false;
    }
    if (!store.store(result.values, &error)) {
        m_report->setPlainText(tr("Nothing was imported: %1").arg(error));
        return false;
    }
    m_imported = int(result.values.size());
    m_report->setPlainText(tr("Imported %n row(s).", nullptr, m_imported));
    showStored();
    Q_EMIT indicatorsChanged();
    return true;
}

QString IndicatorImportDialog::report() const
{
    return m_report->toPlainText();
}

void IndicatorImportDialog::showStored()
{
    QVector<IndicatorSummary> summaries;
    QString error;
    if (!IndicatorStore(m_database).list(&summaries, &error)) {
        m_stored->setText(error);
        return;
    }
    QStringList parts;
    for (const IndicatorSummary& summary : std::as_const(summaries))
        parts.append(tr("%1 (%2, %n region(s), %3–%4)", nullptr, summary.regions)
                         .arg(summary.indicator, summary.unit)
                         .arg(summary.firstYear)
                         .arg(summary.lastYear));
    m_stored->setText(parts.isEmpty() ? tr("No indicators are stored yet.")
                                      : tr("Stored: %1").arg(parts.join(QStringLiteral("; "))));
}

} // namespace rs
