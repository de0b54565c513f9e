#pragma once

#include "storage/ArticleDetailsStore.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace rs {

// Edit Details as one undoable step: redo sets the analyst's title, date and source, undo puts back
// what was in effect before (a field back at its detected value is no longer an edit). applied() runs
// after each successful step so views can refresh; failed() receives the reason when the database
// refuses, and the command then marks itself obsolete so the stack drops it.
class ReportDetailsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportDetailsCommand)

public:
    struct Callbacks
    {
        std::function<void(qint64 articleId)> applied;
        std::function<void(const QString& reason)> failed;
    };

    ReportDetailsCommand(ArticleDetailsStore& store, qint64 articleId, const ReportDetails& before,
                         const ReportDetails& after, const QString& editor, Callbacks callbacks);

    void redo() override;
    void undo() override;

private:
    void apply(const ReportDetails& details);

    ArticleDetailsStore& m_store;
    qint64 m_articleId;
    ReportDetails m_before;
    ReportDetails m_after;
    QString m_editor;
    Callbacks m_callbacks;
};

} // namespace rs
