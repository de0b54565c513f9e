#include "ReportDetailsCommand.h"

namespace rs {

ReportDetailsCommand::ReportDetailsCommand(ArticleDetailsStore& store, qint64 articleId,
                                           const ReportDetails& before, const ReportDetails& after,
                                           const QString& editor, Callbacks callbacks)
    : m_store(store), m_articleId(articleId), m_before(before), m_after(after), m_editor(editor),
      m_callbacks(std::move(callbacks))
{
    setText(tr("Edit Details of “%1”").arg(after.title));
}

void ReportDetailsCommand::redo()
{
    apply(m_after);
}

void ReportDetailsCommand::undo()
{
    apply(m_before);
}

void ReportDetailsCommand::apply(const ReportDetails& details)
{
    QString error;
    if (!m_store.setDetails(m_articleId, details, m_editor, &error)) {
        setObsolete(true);
        if (m_callbacks.failed)
            m_callbacks.failed(error);
        return;
    }
    if (m_callbacks.applied)
        m_callbacks.applied(m_articleId);
}

} // namespace rs
