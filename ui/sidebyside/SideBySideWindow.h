#pragma once

#include <QMainWindow>
#include <QVector>

#include <memory>

class QLabel;

namespace rs {

class SideBySideView;
struct SideBySideReport;
class Corpus;
class PhraseFrequency;

// The compare view in its own window, fed from the open corpus: menus and a toolbar for the view's
// actions. MainWindow opens it with the reports selected in the table (Compare Selected Reports,
// Ctrl+Shift+C) or adds the reader's report to it (Add to Comparison).
class SideBySideWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit SideBySideWindow(Corpus& corpus, QWidget* parent = nullptr);
    ~SideBySideWindow() override;

    // Loads the articles (at most SideBySideView::maxReports) and shows them side by side; false when one
    // cannot be loaded (the others are still shown).
    bool setArticles(const QVector<qint64>& articleIds);
    // False when the article is already there, cannot be loaded, or the comparison is full.
    bool addArticle(qint64 articleId);
    bool isFull() const;
    SideBySideView* view() const { return m_view; }

    // Reports of the corpus used as the boilerplate reference (a sample of this many at most).
    static constexpr int referenceSampleSize = 400;

private:
    bool load(qint64 articleId, SideBySideReport* report) const;
    void updateTitle();
    void updateLegend();
    void ensureReference();

    Corpus& m_corpus;
    SideBySideView* m_view;
    QLabel* m_legend = nullptr;
    std::shared_ptr<const PhraseFrequency> m_reference;
};

} // namespace rs
