#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rs {

class Database;

// Imports reference data (population, GDP ...) from a CSV or XLSX table, as `indicators import` does:
// each failing row is listed with its reason and nothing is stored; otherwise every row is stored in
// one transaction. Lists what is stored already.
class IndicatorImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IndicatorImportDialog(Database& database, QWidget* parent = nullptr);
    // Shows the dialog modally; changed() runs after each successful import.
    static void run(Database& database, QWidget* parent, const std::function<void()>& changed);

    // Imports path; true when every row was stored. The outcome is shown in the dialog.
    bool importFile(const QString& path);
    QString report() const; // the outcome as shown
    int imported() const { return m_imported; }

Q_SIGNALS:
    void indicatorsChanged();

private:
    void browse();
    void showStored();

    Database& m_database;
    QLineEdit* m_path;
    QPushButton* m_import;
    QPlainTextEdit* m_report;
    QLabel* m_stored;
    int m_imported = 0;
};

} // namespace rs
