#include "AutoCodeDialog.h"

#include "annotations/AnnotationEditor.h"
#include "comparison/ComparisonSource.h"
#include "models/CodebookModel.h"
#include "models/Corpus.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace rs {

AutoCodeDialog::AutoCodeDialog(Corpus& corpus, QWidget* parent)
    : QDialog(parent), m_corpus(corpus), m_query(new QLineEdit(this)), m_tag(new QComboBox(this)),
      m_previewButton(new QPushButton(tr("Preview"), this)), m_preview(new QListWidget(this)),
      m_summary(new QLabel(this)), m_apply(new QPushButton(tr("Tag Ticked Passages"), this))
{
    setWindowTitle(tr("Auto-code"));
    m_query->setPlaceholderText(tr("e.g. 人才驿站 — paragraphs holding every word are proposed"));
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->lineEdit()->setPlaceholderText(tr("Tag (an existing one, or a new name)"));
    if (m_corpus.codebook()) {
        for (const auto& [id, path] : m_corpus.codebook()->paths())
            m_tag->addItem(path, id);
    }
    m_tag->setCurrentIndex(-1);
    m_preview->setWordWrap(true);
    m_preview->setAlternatingRowColors(true);
    m_apply->setEnabled(false);

    auto* form = new QFormLayout;
    auto* queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_previewButton);
    form->addRow(tr("Search:"), queryRow);
    form->addRow(tr("Tag as:"), m_tag);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(m_previewButton, &QPushButton::clicked, this, &AutoCodeDialog::runPreview);
    connect(m_query, &QLineEdit::returnPressed, this, &AutoCodeDialog::runPreview);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (apply() > 0)
            accept();
    });
}

AutoCodeDialog::~AutoCodeDialog()
{
    if (m_search)
        m_search->wait(); // it only reads into its own result, but must not outlive the dialog
}

void AutoCodeDialog::runPreview()
{
    if (!m_corpus.isOpen() || (m_search && m_search->isRunning()))
        return;
    m_preview->clear();
    m_proposals.clear();
    m_apply->setEnabled(false);
    m_previewButton->setEnabled(false);
    m_summary->setText(tr("Searching…"));
    // A common word finds thousands of reports, each read whole: off the GUI thread, on its own
    // connection (Qt SQL connections belong to the thread that opens them).
    auto result = std::make_shared<QVector<AutoCodeProposal>>();
    auto error = std::make_shared<QString>();
    m_search.reset(QThread::create([path = m_corpus.path(), query = m_query->text(), result, error] {
        Database database;
        if (database.open(path))
            *result = AutoCoder(database).propose(query);
        else
            *error = database.error();
    }));
    connect(m_search.get(), &QThread::finished, this, [this, result, error] {
        m_previewButton->setEnabled(true);
        if (!error->isEmpty()) {
            m_summary->setText(*error);
            return;
        }
        showProposals(*result);
    });
    m_search->start();
}

void AutoCodeDialog::showProposals(const QVector<AutoCodeProposal>& proposals)
{
    m_proposals = proposals;
    for (const AutoCodeProposal& proposal : std::as_const(m_proposals)) {
        const QString region = proposal.regionCode.isEmpty()
                                   ? tr("Unknown region")
                                   : ComparisonSource::regionLabel(m_corpus.gazetteer(), proposal.regionCode);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 · %2\n%3")
                .arg(region, proposal.articleTitle, proposal.passage.anchor.quote.left(160)),
            m_preview);
        item->setCheckState(Qt::Checked);
        item->setToolTip(proposal.passage.anchor.quote);
    }
    m_summary->setText(m_proposals.isEmpty() ? tr("No paragraph holds every word of the search.")
                                             : tr("%n passage(s) found; untick those to leave out.", nullptr,
                                                  int(m_proposals.size())));
    m_apply->setEnabled(!m_proposals.isEmpty());
    Q_EMIT previewReady();
}

int AutoCodeDialog::apply()
{
    AnnotationEditor* editor = m_corpus.annotationEditor();
    if (editor == nullptr || m_proposals.isEmpty())
        return 0;
    const QString text = m_tag->currentText().trimmed();
    const int known = m_tag->findText(text);
    QString error;
    const qint64 tag = known >= 0 ? m_tag->itemData(known).toLongLong() : editor->ensureTagPath(text, &error);
    if (tag <= 0) {
        QMessageBox::warning(this, windowTitle(),
                             text.isEmpty() ? tr("Choose or name the tag to apply.") : error);
        return 0;
    }
    QVector<AutoCodeProposal> ticked;
    for (int row = 0; row < m_preview->count(); ++row) {
        if (m_preview->item(row)->checkState() == Qt::Checked)
            ticked.append(m_proposals.at(row));
    }
    const int created = editor->autocode(AutoCoder::passages(ticked), tag, &error);
    if (created == 0)
        QMessageBox::information(this, windowTitle(),
                                 error.isEmpty() ? tr("Every ticked passage already has this tag.") : error);
    return created;
}

} // namespace rs
