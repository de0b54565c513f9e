#pragma once

#include "annotations/AgreementCalculator.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace rs {

class AgreementTableModel;
class Corpus;
class DisagreementTableModel;

// Inter-coder agreement between the annotation authors: per tag (and every tag pooled) the coders, the
// units compared, percent agreement, Cohen's κ and Krippendorff's α at character or paragraph level;
// under it the selected tag's reports and the passages where the coders differ, side by side. The table
// exports to CSV or XLSX; a double click on a passage opens it in the reader.
class AgreementDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AgreementDialog(Corpus& corpus, QWidget* parent = nullptr);

    // Reads the annotations again and recomputes; false (the reason shown in the dialog) on failure.
    bool reload();
    void setLevel(AgreementLevel level);
    // The coders ticked; all of them when the list is new.
    QStringList coders() const;
    void setCoders(const QStringList& coders);
    const AgreementResult& result() const { return m_result; }

    QTableView* tagTable() const { return m_tags; }
    QTableView* reportTable() const { return m_reports; }
    QTableView* disagreementTable() const { return m_disagreements; }
    QTableView* pairTable() const { return m_pairs; }
    QTabWidget* details() const { return m_details; }
    QPushButton* exportButton() const { return m_export; }
    AgreementTableModel* tagModel() const { return m_tagModel; }
    DisagreementTableModel* disagreementModel() const { return m_disagreementModel; }
    bool exportTo(const QString& path, bool xlsx, QString* error = nullptr) const;

Q_SIGNALS:
    void passageRequested(qint64 articleId, int start, int end);

private:
    QWidget* buildControls();
    void recompute();
    void showSelectedTag();
    void exportWithDialog(bool xlsx);
    AgreementLevel level() const;

    Corpus& m_corpus;
    AgreementInput m_input;
    AgreementResult m_result;
    QComboBox* m_level;
    QListWidget* m_coders;
    QLabel* m_summary;
    QPushButton* m_export;
    QTableView* m_tags;
    QTabWidget* m_details;
    QTableView* m_reports;
    QTableView* m_disagreements;
    QTableView* m_pairs;
    AgreementTableModel* m_tagModel;
    AgreementTableModel* m_reportModel;
    AgreementTableModel* m_pairModel;
    DisagreementTableModel* m_disagreementModel;
    QSortFilterProxyModel* m_tagProxy;
    QSortFilterProxyModel* m_reportProxy;
    QSortFilterProxyModel* m_pairProxy;
};

} // namespace rs
