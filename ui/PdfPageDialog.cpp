#include "PdfPageDialog.h"

#include "ingest/PdfPageRenderer.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace rs {

PdfPageDialog::PdfPageDialog(const QByteArray& pdf, int page, const QString& passage, const QString& title,
                             QWidget* parent)
    : QDialog(parent), m_pdf(pdf), m_passage(passage), m_status(new QLabel(this)), m_image(new QLabel(this)),
      m_scroll(new QScrollArea(this))
{
    setWindowTitle(tr("Original of “%1”").arg(title));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setAccessibleName(tr("Page of the original PDF"));
    m_scroll->setWidget(m_image);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    auto* previous = new QPushButton(tr("&Previous Page"), this);
    auto* next = new QPushButton(tr("&Next Page"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* row = new QHBoxLayout;
    row->addWidget(previous);
    row->addWidget(next);
    row->addWidget(m_status, 1);
    row->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(row);
    connect(previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 900);
    showPage(page);
}

bool PdfPageDialog::showPage(int page)
{
    const PdfPageRenderer::Result shown =
        PdfPageRenderer::render(m_pdf, page, m_passage, 110 * devicePixelRatioF());
    if (!shown.ok) {
        m_status->setText(shown.error);
        return false;
    }
    m_page = page;
    m_pageCount = shown.pageCount;
    QPixmap pixmap = QPixmap::fromImage(shown.image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_image->setPixmap(pixmap);
    m_status->setText(shown.highlights > 0
                          ? tr("Page %1 of %2; the passage is marked").arg(page).arg(m_pageCount)
                          : tr("Page %1 of %2").arg(page).arg(m_pageCount));
    m_scroll->verticalScrollBar()->setValue(0);
    return true;
}

} // namespace rs
