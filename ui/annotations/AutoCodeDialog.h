#pragma once

#include "annotations/AutoCoder.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QThread;

namespace rs {

class Corpus;

// Auto-code: search, preview every paragraph the search finds (untick the ones to leave out), then tag
// them all as one undoable step.
class AutoCodeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AutoCodeDialog(Corpus& corpus, QWidget* parent = nullptr);
    ~AutoCodeDialog() override;

    QLineEdit* queryEdit() const { return m_query; }
    QComboBox* tagBox() const { return m_tag; }
    QListWidget* preview() const { return m_preview; }
    QPushButton* applyButton() const { return m_apply; }

    // Searches in the background; previewReady() when the list is filled.
    void runPreview();
    // Tags the ticked passages; returns how many annotations were created.
    int apply();

Q_SIGNALS:
    void previewReady();

private:
    void showProposals(const QVector<AutoCodeProposal>& proposals);

    Corpus& m_corpus;
    QLineEdit* m_query;
    QComboBox* m_tag;
    QPushButton* m_previewButton;
    QListWidget* m_preview;
    QLabel* m_summary;
    QPushButton* m_apply;
    QVector<AutoCodeProposal> m_proposals;
    std::unique_ptr<QThread> m_search;
};

} // namespace rs
