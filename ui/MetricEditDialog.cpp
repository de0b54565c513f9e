#include "MetricEditDialog.h"

#include "metrics/Taxonomy.h"
#include "models/MetricTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>

namespace rs {
namespace {

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

bool parseNumber(const QLineEdit* edit, double* value)
{
    bool ok = false;
    *value = edit->text().trimmed().toDouble(&ok);
    return ok;
}

} // namespace

MetricEditDialog::MetricEditDialog(const Taxonomy& taxonomy, const Metric& metric, QWidget* parent)
    : QDialog(parent), m_original(metric), m_quote(new QLineEdit(metric.quote, this)),
      m_value(new QLineEdit(numberText(metric.value), this)), m_low(new QLineEdit(this)),
      m_high(new QLineEdit(this)), m_unit(new QComboBox(this)), m_qualifier(new QComboBox(this)),
      m_key(new QComboBox(this)), m_period(new QLineEdit(metric.period, this)),
      m_subject(new QLineEdit(metric.subject, this)), m_target(new QCheckBox(tr("Plan or target"), this)),
      m_teach(new QCheckBox(tr("Add this cue to the metric in my taxonomy:"), this)),
      m_cue(new QLineEdit(metric.subject, this))
{
    setWindowTitle(tr("Figure"));
    m_quote->setReadOnly(true);
    if (metric.low)
        m_low->setText(numberText(*metric.low));
    if (metric.high)
        m_high->setText(numberText(*metric.high));
    m_unit->setEditable(true);
    m_unit->addItems({QStringLiteral("人次"), QStringLiteral("人"), QStringLiteral("名"),
                      QStringLiteral("元"), QStringLiteral("个"), QStringLiteral("家"), QStringLiteral("场"),
                      QStringLiteral("场次"), QStringLiteral("期"), QStringLiteral("项"),
                      QStringLiteral("条"), QStringLiteral("支"), QStringLiteral("亩"), QStringLiteral("%")});
    m_unit->setCurrentText(metric.unit);
    for (const Qualifier qualifier : {Qualifier::Exact, Qualifier::Approx, Qualifier::AtLeast,
                                      Qualifier::AtMost, Qualifier::Max, Qualifier::Range})
        m_qualifier->addItem(MetricTableModel::qualifierLabel(qualifier), int(qualifier));
    m_qualifier->setCurrentIndex(qMax(0, m_qualifier->findData(int(metric.qualifier))));
    m_key->addItem(tr("(none)"), QString());
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const Taxonomy::Entry& entry : taxonomy.entries())
        m_key->addItem(QStringLiteral("%1 — %2").arg(chinese ? entry.zh : entry.en, entry.key), entry.key);
    m_key->setCurrentIndex(qMax(0, m_key->findData(metric.key)));
    m_target->setChecked(metric.isTarget);
    m_value->setValidator(new QDoubleValidator(this));
    m_period->setPlaceholderText(tr("e.g. 2022"));

    auto* form = new QFormLayout;
    form->addRow(tr("Text:"), m_quote);
    form->addRow(tr("Value:"), m_value);
    form->addRow(tr("Range from:"), m_low);
    form->addRow(tr("Range to:"), m_high);
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Qualifier:"), m_qualifier);
    form->addRow(tr("Metric:"), m_key);
    form->addRow(tr("Year:"), m_period);
    form->addRow(tr("What is counted:"), m_subject);
    form->addRow(QString(), m_target);
    // A changed key teaches the taxonomy, when the analyst wants: the cue goes to the user's file.
    m_teach->setToolTip(
        tr("Figures whose subject ends in this word get this metric at the next re-extraction"));
    m_cue->setEnabled(false);
    connect(m_teach, &QCheckBox::toggled, m_cue, &QWidget::setEnabled);
    form->addRow(QString(), m_teach);
    form->addRow(QString(), m_cue);
    const auto offerTeaching = [this, form] {
        const QString key = m_key->currentData().toString();
        const bool changed = !key.isEmpty() && key != m_original.key;
        form->setRowVisible(m_teach, changed);
        form->setRowVisible(m_cue, changed);
    };
    connect(m_key, &QComboBox::currentIndexChanged, this, offerTeaching);
    offerTeaching();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MetricEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);
    m_value->setFocus();
}

void MetricEditDialog::accept()
{
    double number = 0;
    if (!parseNumber(m_value, &number)) {
        QMessageBox::warning(this, windowTitle(), tr("The value must be a number, e.g. 150000000 or 13.41."));
        return;
    }
    const bool isRange = Qualifier(m_qualifier->currentData().toInt()) == Qualifier::Range;
    double low = 0;
    double high = 0;
    if (isRange && (!parseNumber(m_low, &low) || !parseNumber(m_high, &high) || low > high)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("A range needs two numbers, the first not above the second."));
        return;
    }
    const QString period = m_period->text().trimmed();
    if (!period.isEmpty() && (period.size() != 4 || !period.at(0).isDigit() || period.toInt() < 1900)) {
        QMessageBox::warning(this, windowTitle(), tr("The year must be four digits, e.g. 2022."));
        return;
    }
    QDialog::accept();
}

QString MetricEditDialog::cueToTeach() const
{
    const QString key = m_key->currentData().toString();
    if (!m_teach->isChecked() || key.isEmpty() || key == m_original.key)
        return QString();
    return m_cue->text().trimmed();
}

Metric MetricEditDialog::metric() const
{
    Metric metric = m_original;
    metric.value = m_value->text().trimmed().toDouble();
    const Qualifier qualifier = Qualifier(m_qualifier->currentData().toInt());
    const bool isRange = qualifier == Qualifier::Range;
    metric.low = isRange ? std::optional<double>(m_low->text().toDouble()) : std::nullopt;
    metric.high = isRange ? std::optional<double>(m_high->text().toDouble()) : std::nullopt;
    if (isRange)
        metric.value = *metric.low;
    metric.unit = m_unit->currentText().trimmed();
    metric.qualifier = qualifier;
    metric.key = m_key->currentData().toString();
    metric.period = m_period->text().trimmed();
    metric.subject = m_subject->text().trimmed();
    metric.isTarget = m_target->isChecked();
    return metric;
}

} // namespace rs
