#pragma once

#include "util/AppInfo.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace rs {

// Language, reviewer/author name, default export size and the database opened at start.
// Values live in QSettings under the keys below, read where they are used.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    static QString authorKey() { return AppInfo::authorSettingsKey(); }
    static QString exportWidthKey() { return QStringLiteral("export/width"); }
    static QString exportHeightKey() { return QStringLiteral("export/height"); }
    static QString exportScaleKey() { return QStringLiteral("export/scale"); }
    static QString databaseKey() { return QStringLiteral("database/path"); }

    explicit SettingsDialog(QWidget* parent = nullptr);
    void accept() override;
    bool languageChanged() const { return m_languageChanged; }

private:
    QComboBox* m_language;
    QLineEdit* m_author;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_scale;
    QLineEdit* m_database;
    bool m_languageChanged = false;
};

} // namespace rs
