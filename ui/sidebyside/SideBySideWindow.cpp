#include "SideBySideWindow.h"

#include "SideBySideView.h"
#include "align/SharedPhrases.h"
#include "models/Corpus.h"
#include "storage/ArticleStore.h"
#include "storage/MetricStore.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>

namespace rs {

SideBySideWindow::SideBySideWindow(Corpus& corpus, QWidget* parent)
    : QMainWindow(parent), m_corpus(corpus), m_view(new SideBySideView(corpus.gazetteer(), this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setCentralWidget(m_view);

    QToolBar* toolbar = addToolBar(tr("Compare"));
    toolbar->setObjectName(QStringLiteral("compareToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_view->previousAction());
    toolbar->addAction(m_view->nextAction());
    toolbar->addSeparator();
    toolbar->addAction(m_view->linkAction());
    toolbar->addAction(m_view->sharedAction());
    toolbar->addAction(m_view->boilerplateAction());
    toolbar->addSeparator();
    toolbar->addAction(m_view->findAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_view->previousAction());
    view->addAction(m_view->nextAction());
    view->addSeparator();
    view->addAction(m_view->linkAction());
    view->addAction(m_view->sharedAction());
    view->addAction(m_view->boilerplateAction());
    QMenu* find = menuBar()->addMenu(tr("&Find"));
    find->addAction(m_view->findAction());
    find->addAction(m_view->findNextAction());
    find->addAction(m_view->findPreviousAction());
    QAction* close = view->addAction(tr("&Close Comparison"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    // The legend: what the margin numbers and the tints mean.
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("compareLegend"));
    m_legend->setTextFormat(Qt::RichText);
    statusBar()->addPermanentWidget(m_legend, 1);
    connect(m_view->sharedAction(), &QAction::toggled, this, &SideBySideWindow::updateLegend);
    connect(m_view->boilerplateAction(), &QAction::toggled, this, &SideBySideWindow::updateLegend);
    updateLegend();

    connect(m_view, &SideBySideView::reportsChanged, this, &SideBySideWindow::updateTitle);
    connect(m_view->boilerplateAction(), &QAction::toggled, this, [this](bool on) {
        if (on)
            ensureReference();
    });
    // Another database: these reports are gone.
    connect(&m_corpus, &Corpus::opened, this, &QWidget::close);
    resize(1500, 950);
    updateTitle();
}

SideBySideWindow::~SideBySideWindow() = default;

bool SideBySideWindow::load(qint64 articleId, SideBySideReport* report) const
{
    if (!m_corpus.isOpen() || !m_corpus.store()->load(articleId, &report->article))
        return false;
    report->metrics = m_corpus.metrics()->reviewedMetrics(articleId);
    return true;
}

void SideBySideWindow::ensureReference()
{
    if (m_reference || !m_corpus.isOpen())
        return;
    // Boilerplate is phrasing most reports share, so the reference is the corpus (a sample of it).
    auto reference = std::make_shared<PhraseFrequency>();
    const QVector<qint64> ids = m_corpus.store()->ids();
    const int step = std::max(1, int(ids.size()) / referenceSampleSize);
    for (int i = 0; i < ids.size(); i += step) {
        StoredArticle article;
        if (m_corpus.store()->load(ids.at(i), &article))
            reference->addReport(article.body);
    }
    m_reference = reference;
    m_view->setPhraseReference(m_reference);
}

bool SideBySideWindow::setArticles(const QVector<qint64>& articleIds)
{
    if (m_view->isBoilerplateDimmed())
        ensureReference();
    QVector<SideBySideReport> reports;
    bool allLoaded = true;
    for (const qint64 id : articleIds) {
        SideBySideReport report;
        if (reports.size() < SideBySideView::maxReports && load(id, &report))
            reports.append(report);
        else
            allLoaded = false;
    }
    m_view->setReports(reports);
    return allLoaded;
}

bool SideBySideWindow::addArticle(qint64 articleId)
{
    if (isFull() || m_view->articleIds().contains(articleId))
        return false;
    if (m_view->isBoilerplateDimmed())
        ensureReference();
    SideBySideReport report;
    return load(articleId, &report) && m_view->addReport(report);
}

bool SideBySideWindow::isFull() const
{
    return m_view->reportCount() >= SideBySideView::maxReports;
}

void SideBySideWindow::updateLegend()
{
    const auto swatch = [](const QColor& color, const QString& text) {
        return QStringLiteral("<span style=\"background:%1\">&nbsp;&nbsp;&nbsp;</span>&nbsp;%2")
            .arg(color.name(), text.toHtmlEscaped());
    };
    QStringList parts{
        tr("Margin: the theme's number and colour, the same in every report (8: a section, 8.10: a "
           "paragraph in it); the table below names the themes")};
    if (m_view->isSharedPhrasingShown())
        parts << swatch(SideBySideView::sharedPhrasingColor(), tr("phrasing another report shares"));
    if (m_view->isBoilerplateDimmed())
        parts << swatch(QColor(0x9A, 0x9A, 0x9A), tr("boilerplate (dimmed)"));
    m_legend->setText(parts.join(QStringLiteral("&nbsp;&nbsp;·&nbsp;&nbsp;")));
}

void SideBySideWindow::updateTitle()
{
    const int count = m_view->reportCount();
    setWindowTitle(count == 0 ? tr("Side by Side — Regionscope")
                              : tr("Side by Side: %n report(s) — Regionscope", nullptr, count));
    statusBar()->showMessage(
        count >= SideBySideView::maxReports ? tr("The comparison is full (four reports).") : QString());
}

} // namespace rs
