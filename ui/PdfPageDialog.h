#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

namespace rs {

// "Open Original at This Page": a page of a report's original PDF as drawn by Poppler, the passage
// the reader pointed at highlighted (PdfPageRenderer), with the previous and next pages a step away.
class PdfPageDialog : public QDialog
{
    Q_OBJECT

public:
    PdfPageDialog(const QByteArray& pdf, int page, const QString& passage, const QString& title,
                  QWidget* parent = nullptr);

    int page() const { return m_page; }
    bool showPage(int page); // false with the reason shown when the page cannot be drawn

private:
    QByteArray m_pdf;
    QString m_passage;
    int m_page = 0;
    int m_pageCount = 0;
    QLabel* m_status;
    QLabel* m_image;
    QScrollArea* m_scroll;
};

} // namespace rs
