#pragma once

#include "domain/MetricReview.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace rs {

class Corpus;
class MetricTableModel;
class Taxonomy;

// The current report's figures with review actions: confirm, correct, reject, clear a decision,
// add a figure from the text selected in the reader. Decisions are stored apart from machine output.
class MetricsPane : public QWidget
{
    Q_OBJECT

public:
    MetricsPane(Corpus& corpus, const Taxonomy& taxonomy, QWidget* parent = nullptr);

    void showArticle(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    QTableView* view() const { return m_view; }
    MetricTableModel* model() const { return m_model; }
    // Room for the buttons and about ten figures (the splitter's first-start size).
    int preferredHeight() const;
    static constexpr int preferredRows = 10;

    // Acts on the current row; used by the buttons and by tests.
    bool confirmCurrent();
    bool rejectCurrent();
    bool clearCurrent();
    bool correctCurrent(const Metric& corrected);
    bool addFigure(const Metric& metric);
    // Opens the editor prefilled by the extractor's reading of the quote.
    void addFromText(int start, int end, const QString& quote);

Q_SIGNALS:
    void figureActivated(int start, int end);
    void addFromSelectionRequested();
    void reviewsChanged(qint64 articleId);

private:
    const ReviewedMetric* current() const;
    bool finish(bool ok, const QString& error);
    void editCurrent();
    // Adds `cue` to `key` in the user's taxonomy file and says where; nothing when `cue` is empty.
    void teachCue(const QString& key, const QString& cue);
    void updateButtons();
    QString reviewerName() const;

    Corpus& m_corpus;
    const Taxonomy& m_taxonomy;
    qint64 m_articleId = 0;
    MetricTableModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_confirm;
    QPushButton* m_correct;
    QPushButton* m_reject;
    QPushButton* m_clear;
    QPushButton* m_add;
};

} // namespace rs
