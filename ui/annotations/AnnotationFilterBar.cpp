#include "AnnotationFilterBar.h"

#include "annotations/AnnotationEditor.h"
#include "comparison/ComparisonSource.h"
#include "gazetteer/Gazetteer.h"
#include "models/CodebookModel.h"
#include "models/Corpus.h"
#include "storage/ArticleStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>

namespace rs {

AnnotationFilterBar::AnnotationFilterBar(Corpus& corpus, QWidget* parent)
    : QWidget(parent), m_corpus(corpus), m_tag(new QComboBox(this)),
      m_subTags(new QCheckBox(tr("with sub-tags"), this)), m_status(new QComboBox(this)),
      m_author(new QComboBox(this)), m_region(new QComboBox(this)),
      m_dates(new QCheckBox(tr("Published"), this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_text(new QLineEdit(this)), m_orphans(new QCheckBox(tr("Orphans only"), this)),
      m_thisReport(new QCheckBox(tr("This report only"), this))
{
    m_subTags->setChecked(true);
    m_status->addItem(tr("Any status"), -1);
    for (Annotation::Status status : Annotation::allStatuses())
        m_status->addItem(Annotation::statusLabel(status), int(status));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDate(QDate(QDate::currentDate().year() - 1, 1, 1));
    m_to->setDate(QDate::currentDate());
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_text->setPlaceholderText(tr("Text in passage or note"));
    m_text->setClearButtonEnabled(true);
    m_orphans->setToolTip(
        tr("Annotations whose passage was not found again after the report's text changed"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Tag:"), this), 0, 0);
    grid->addWidget(m_tag, 0, 1);
    grid->addWidget(m_subTags, 0, 2);
    grid->addWidget(m_status, 0, 3);
    grid->addWidget(m_author, 0, 4);
    grid->addWidget(m_region, 0, 5);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_dates);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    grid->addWidget(new QLabel(tr("Find:"), this), 1, 0);
    grid->addWidget(m_text, 1, 1, 1, 2);
    grid->addLayout(dates, 1, 3, 1, 2);
    auto* checks = new QHBoxLayout;
    checks->addWidget(m_orphans);
    checks->addWidget(m_thisReport);
    grid->addLayout(checks, 1, 5);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(5, 1);

    const auto changed = [this] {
        if (!m_refreshing)
            Q_EMIT filterChanged();
    };
    for (QComboBox* box : {m_tag, m_status, m_author, m_region})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox* box : {m_subTags, m_orphans, m_thisReport})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_dates, &QCheckBox::toggled, this, [this, changed](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_text, &QLineEdit::textChanged, this, changed);
    refreshChoices();
}

void AnnotationFilterBar::refreshChoices()
{
    m_refreshing = true;
    const qint64 tag = m_tag->currentData().toLongLong();
    const QString author = m_author->currentData().toString();
    const QString region = m_region->currentData().toString();
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), qint64(0));
    m_author->clear();
    m_author->addItem(tr("Any author"), QString());
    m_region->clear();
    m_region->addItem(tr("Any region"), QString());
    if (m_corpus.codebook() && m_corpus.annotations()) {
        for (const auto& [id, path] : m_corpus.codebook()->paths())
            m_tag->addItem(path, id);
        QSet<QString> authors;
        QSet<QString> codes;
        for (const AnnotationRow& row : m_corpus.annotations()->find({})) {
            if (!row.annotation.author.isEmpty())
                authors.insert(row.annotation.author);
            if (row.regionCode.isEmpty())
                continue;
            // The county and the city and province above it, so a whole city can be chosen.
            const Region r = m_corpus.gazetteer().region(row.regionCode);
            for (const QString& code : {r.provinceCode, r.cityCode, r.code}) {
                if (!code.isEmpty())
                    codes.insert(code);
            }
        }
        QStringList sortedAuthors(authors.cbegin(), authors.cend());
        sortedAuthors.sort();
        for (const QString& name : sortedAuthors)
            m_author->addItem(name, name);
        QStringList sortedCodes(codes.cbegin(), codes.cend());
        sortedCodes.sort();
        for (const QString& code : sortedCodes) {
            const int depth = code.size() <= 2 ? 0 : code.size() <= 4 ? 1 : 2;
            m_region->addItem(
                QString(depth * 2, u' ') + ComparisonSource::regionLabel(m_corpus.gazetteer(), code), code);
        }
    }
    // Until the analyst turns the date filter on, it offers the corpus's own range: ticking it then
    // hides nothing.
    if (!m_dates->isChecked() && m_corpus.store()) {
        const auto [first, last] = m_corpus.store()->publishedRange();
        if (first.isValid() && last.isValid()) {
            m_from->setDate(first);
            m_to->setDate(last);
        }
    }
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
    m_author->setCurrentIndex(std::max(0, m_author->findData(author)));
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    m_refreshing = false;
}

AnnotationFilter AnnotationFilterBar::filter() const
{
    AnnotationFilter filter;
    const qint64 tag = m_tag->currentData().toLongLong();
    if (tag > 0 && m_corpus.annotationEditor())
        filter.tagIds =
            m_subTags->isChecked() ? m_corpus.annotationEditor()->subtree(tag) : QVector<qint64>{tag};
    if (m_status->currentData().toInt() >= 0)
        filter.status = Annotation::Status(m_status->currentData().toInt());
    filter.author = m_author->currentData().toString();
    filter.regionCode = m_region->currentData().toString();
    if (m_dates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    filter.text = m_text->text().trimmed();
    filter.orphansOnly = m_orphans->isChecked();
    if (m_thisReport->isChecked())
        filter.articleId = m_currentArticle > 0 ? m_currentArticle : -1;
    return filter;
}

void AnnotationFilterBar::setTag(qint64 tagId)
{
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tagId)));
}

void AnnotationFilterBar::setCurrentArticle(qint64 articleId)
{
    m_currentArticle = articleId;
    if (m_thisReport->isChecked())
        Q_EMIT filterChanged();
}

} // namespace rs
