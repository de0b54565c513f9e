#pragma once

#include "storage/AnnotationStore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace rs {

class Corpus;

// The annotations browser's filters: tag (with or without sub-tags), status, author, region, date,
// text, orphans only, and the report shown in the reader only.
class AnnotationFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationFilterBar(Corpus& corpus, QWidget* parent = nullptr);

    AnnotationFilter filter() const;
    void setTag(qint64 tagId);
    void setCurrentArticle(qint64 articleId);
    QLineEdit* textEdit() const { return m_text; }
    QComboBox* tagBox() const { return m_tag; }
    QCheckBox* datesCheck() const { return m_dates; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

public Q_SLOTS:
    // Tags, authors and regions offered follow the corpus.
    void refreshChoices();

Q_SIGNALS:
    void filterChanged();

private:
    Corpus& m_corpus;
    QComboBox* m_tag;
    QCheckBox* m_subTags;
    QComboBox* m_status;
    QComboBox* m_author;
    QComboBox* m_region;
    QCheckBox* m_dates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_text;
    QCheckBox* m_orphans;
    QCheckBox* m_thisReport;
    qint64 m_currentArticle = 0;
    bool m_refreshing = false;
};

} // namespace rs
