#include "SettingsDialog.h"

#include "LanguageLoader.h"
#include "models/MetricReviewer.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace rs {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_author(new QLineEdit(this)),
      m_width(new QSpinBox(this)), m_height(new QSpinBox(this)), m_scale(new QComboBox(this)),
      m_database(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    QSettings settings;
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(settings.value(LanguageLoader::settingsKey()).toString())));
    m_author->setText(settings.value(authorKey()).toString());
    m_author->setPlaceholderText(MetricReviewer::defaultReviewerName());
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(320, 7680);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(settings.value(exportWidthKey(), 1600).toInt());
    m_height->setValue(settings.value(exportHeightKey(), 900).toInt());
    for (int scale : {1, 2, 3})
        m_scale->addItem(QStringLiteral("%1×").arg(scale), scale);
    m_scale->setCurrentIndex(qMax(0, m_scale->findData(settings.value(exportScaleKey(), 2).toInt())));
    m_database->setText(settings.value(databaseKey()).toString());
    m_database->setPlaceholderText(Database::defaultPath());

    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Database Opened at Start"), m_database->text(),
            tr("Regionscope databases (*.sqlite *.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_database->setText(path);
    });
    auto* databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);
    auto* size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(m_height);
    size->addWidget(m_scale);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Author name (reviews and annotations):"), m_author);
    form->addRow(tr("Default export size:"), size);
    form->addRow(tr("Database opened at start:"), databaseRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != settings.value(LanguageLoader::settingsKey()).toString();
    settings.setValue(LanguageLoader::settingsKey(), language);
    settings.setValue(authorKey(), m_author->text().trimmed());
    settings.setValue(exportWidthKey(), m_width->value());
    settings.setValue(exportHeightKey(), m_height->value());
    settings.setValue(exportScaleKey(), m_scale->currentData().toInt());
    settings.setValue(databaseKey(), m_database->text().trimmed());
    QDialog::accept();
}

} // namespace rs
