#include "ReportDetailsDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rs {

namespace {

QLabel* detectedNote(const QString& value, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    label->setText(value);
    return label;
}

} // namespace

ReportDetailsDialog::ReportDetailsDialog(const ReportDetails& current, const ReportDetails& detected,
                                         QWidget* parent)
    : QDialog(parent), m_detected(detected), m_title(new QLineEdit(this)),
      m_hasDate(new QCheckBox(tr("Published on"), this)), m_date(new QDateEdit(this)),
      m_source(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Edit Details"));
    m_title->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_title->setAccessibleName(tr("Title"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDateRange(QDate(1949, 10, 1), QDate::currentDate().addYears(1));
    m_date->setAccessibleName(tr("Publication date"));
    m_source->setPlaceholderText(tr("None stated"));
    m_source->setAccessibleName(tr("Source"));
    m_problem->setForegroundRole(QPalette::BrightText);

    const QString none = tr("none");
    const QString detectedTitle =
        detected.titleGuessed ? tr("Detected: none; the first sentence stands in (“%1”)").arg(detected.title)
                              : tr("Detected: %1").arg(detected.title);
    const QString detectedDate = tr("Detected: %1")
                                     .arg(detected.publishedOn.isValid()
                                              ? QLocale().toString(detected.publishedOn, QLocale::LongFormat)
                                              : none);
    const QString detectedSource = tr("Detected: %1").arg(detected.source.isEmpty() ? none : detected.source);

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), detectedNote(detectedTitle, this));
    form->addRow(tr("Date:"), dateRow);
    form->addRow(QString(), detectedNote(detectedDate, this));
    form->addRow(tr("&Source:"), m_source);
    form->addRow(QString(), detectedNote(detectedSource, this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->addButton(tr("&Restore Detected"), QDialogButtonBox::ResetRole);
    restore->setToolTip(tr("Put back the title, date and source found in the report"));
    connect(restore, &QPushButton::clicked, this, [this] { fill(m_detected); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_title, &QLineEdit::textChanged, this, &ReportDetailsDialog::updateAcceptable);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    fill(current);
    updateAcceptable();
}

void ReportDetailsDialog::fill(const ReportDetails& details)
{
    m_title->setText(details.title);
    m_hasDate->setChecked(details.publishedOn.isValid());
    m_date->setEnabled(details.publishedOn.isValid());
    m_date->setDate(details.publishedOn.isValid() ? details.publishedOn : QDate::currentDate());
    m_source->setText(details.source);
}

void ReportDetailsDialog::updateAcceptable()
{
    const bool hasTitle = !m_title->text().trimmed().isEmpty();
    m_problem->setText(hasTitle ? QString() : tr("A report needs a title."));
    m_problem->setVisible(!hasTitle);
    if (m_ok)
        m_ok->setEnabled(hasTitle);
}

ReportDetails ReportDetailsDialog::details() const
{
    ReportDetails details;
    details.title = m_title->text().simplified();
    details.publishedOn = m_hasDate->isChecked() ? m_date->date() : QDate();
    details.source = m_source->text().trimmed();
    return details;
}

} // namespace rs
