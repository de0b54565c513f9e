#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace rs {

// Draws one page of a stored PDF original (Poppler → QImage) with a passage highlighted, for
// "Open Original at This Page". The passage is searched on the page by its opening characters,
// since the stored text joins the lines the page breaks.
class PdfPageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PdfPageRenderer)

public:
    struct Result
    {
        bool ok = false;
        QString error;
        QImage image;
        int pageCount = 0;
        int highlights = 0; // passage matches marked on the page
    };

    // page is 1-based; dpi sets the image's resolution.
    static Result render(const QByteArray& pdf, int page, const QString& passage, double dpi = 110);
};

} // namespace rs
