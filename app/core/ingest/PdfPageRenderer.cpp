#include "PdfPageRenderer.h"

#include <poppler-qt6.h>

#include <QPainter>

namespace rs {
namespace {

// A line of a page holds about this many characters; the opening of a passage up to here is
// usually on one line, so Poppler's search (which does not cross lines) can find it.
constexpr int kProbe = 12;

} // namespace

PdfPageRenderer::Result PdfPageRenderer::render(const QByteArray& pdf, int page, const QString& passage,
                                                double dpi)
{
    Result r;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked()) {
        r.error = tr("the original PDF cannot be opened");
        return r;
    }
    r.pageCount = document->numPages();
    if (page < 1 || page > r.pageCount) {
        r.error = tr("the original PDF has no page %1").arg(page);
        return r;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const std::unique_ptr<Poppler::Page> p = document->page(page - 1);
    r.image = p ? p->renderToImage(dpi, dpi) : QImage();
    if (r.image.isNull()) {
        r.error = tr("page %1 of the original PDF cannot be drawn").arg(page);
        return r;
    }
    // A probe the page's text layer spells differently (a radical for an ideograph) finds nothing;
    // shorter windows further on are tried then.
    const QString text = passage.simplified();
    QList<QRectF> boxes = p->search(text.left(kProbe));
    for (int from = 0; boxes.isEmpty() && from + kProbe / 2 <= std::min<qsizetype>(text.size(), 5 * kProbe);
         from += kProbe / 2)
        boxes = p->search(text.mid(from, kProbe / 2));
    if (!boxes.isEmpty()) {
        QPainter painter(&r.image);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 200, 0, 110));
        const double scale = dpi / 72.0;
        for (const QRectF& box : std::as_const(boxes)) {
            painter.drawRect(
                QRectF(box.left() * scale, box.top() * scale, box.width() * scale, box.height() * scale)
                    .adjusted(-2, -2, 2, 2));
            ++r.highlights;
        }
    }
    r.ok = true;
    return r;
}

} // namespace rs
