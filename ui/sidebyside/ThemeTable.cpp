#include "ThemeTable.h"

#include "SideBySideView.h"
#include "align/PassageAligner.h"
#include "align/ThemeMetrics.h"
#include "metrics/Taxonomy.h"

#include <QHeaderView>

#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidget>
#include <algorithm>

namespace rs {
namespace {

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

QString elided(const QString& text, int length)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return flat.size() > length ? flat.left(length) + QStringLiteral("…") : flat;
}

} // namespace

QColor ThemeTable::color(int group)
{
    // Okabe–Ito hues and two darker companions: distinct for the usual handful of themes.
    static const QColor colors[] = {QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x72, 0xB2),
                                    QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
                                    QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9),
                                    QColor(0x8C, 0x6D, 0x1F), QColor(0x6A, 0x3D, 0x9A)};
    return colors[std::max(group, 0) % int(std::size(colors))];
}

QString ThemeTable::passageLabel(const SideBySideReport& report, const Passage& passage)
{
    const StoredArticle& article = report.article;
    auto text = [&](int paragraph) {
        const Paragraph& p = article.paragraphs.at(paragraph);
        return article.body.mid(p.start, p.end - p.start);
    };
    if (passage.kind == Passage::Kind::Section && passage.headingCount > 0) {
        QStringList headings;
        for (int p = passage.firstParagraph; p < passage.firstParagraph + passage.headingCount; ++p)
            headings << text(p);
        return headings.join(QStringLiteral(" · "));
    }
    if (passage.kind == Passage::Kind::Section)
        return tr("Lead: %1").arg(elided(text(passage.firstParagraph), 24));
    return tr("¶%1 %2").arg(passage.firstParagraph + 1).arg(elided(text(passage.firstParagraph), 24));
}

QString ThemeTable::themeName(const QVector<SideBySideReport>& reports, const AlignedGroup& group)
{
    // The aligned heading when a member has one, else the leading words of the first member.
    for (const AlignedMember& m : group.members) {
        if (m.passage.kind == Passage::Kind::Section && m.passage.headingCount > 0 &&
            m.report < reports.size()) {
            const StoredArticle& article = reports.at(m.report).article;
            const Paragraph& p = article.paragraphs.at(m.passage.firstParagraph);
            return elided(article.body.mid(p.start, p.end - p.start).trimmed(), 16);
        }
    }
    if (group.members.isEmpty() || group.members.first().report >= reports.size())
        return QString();
    const AlignedMember& first = group.members.first();
    return elided(reports.at(first.report).article.body.mid(first.passage.start, 40).trimmed(), 12);
}

QString ThemeTable::similarityLabel(double score)
{
    if (score >= strongSimilarity)
        return tr("strong");
    if (score >= partialSimilarity)
        return tr("partial");
    return tr("weak");
}

void ThemeTable::fill(QTreeWidget* table, const QVector<SideBySideReport>& reports,
                      const Alignment& alignment, const Taxonomy& taxonomy)
{
    table->clear();
    const int count = int(reports.size());
    QStringList headers{tr("Theme")};
    for (const SideBySideReport& report : std::as_const(reports))
        headers << elided(report.article.title.isEmpty() ? tr("(untitled)") : report.article.title, 18);
    headers << tr("Similarity");
    table->setColumnCount(int(headers.size()));
    table->setHeaderLabels(headers);
    for (int r = 0; r < count; ++r)
        table->headerItem()->setToolTip(r + 1, reports.at(r).article.title);

    QVector<QVector<Metric>> metrics(count);
    for (int r = 0; r < count; ++r) {
        for (const ReviewedMetric& reviewed : reports.at(r).metrics) {
            if (reviewed.counts())
                metrics[r].append(reviewed.metric);
        }
    }
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QColor muted = table->palette().color(QPalette::PlaceholderText);
    for (int g = 0; g < alignment.groups.size(); ++g) {
        const AlignedGroup& group = alignment.groups.at(g);
        auto* item = new QTreeWidgetItem(table);
        item->setText(0, QStringLiteral("%1  %2").arg(g + 1).arg(themeName(reports, group)));
        item->setData(0, GroupRole, g);
        item->setData(0, KindRole, 0);
        QVector<QVector<TextRange>> ranges(count);
        for (int r = 0; r < count; ++r) {
            const AlignedMember* m = group.member(r);
            item->setText(r + 1, m ? passageLabel(reports.at(r), m->passage) : QStringLiteral("—"));
            if (m) {
                item->setToolTip(r + 1, elided(reports.at(r).article.body.mid(m->passage.start, 200), 200));
                ranges[r].append(TextRange{m->passage.start, m->passage.end});
            }
        }
        if (!group.isAligned()) {
            for (int c = 0; c < table->columnCount(); ++c)
                item->setForeground(c, muted);
            item->setToolTip(0, tr("No counterpart in the other reports"));
            continue;
        }
        item->setIcon(0, swatch(color(g)));
        item->setText(count + 1, similarityLabel(group.score));
        item->setToolTip(count + 1, tr("Similarity %1: strong from %2, partial from %3 (mean cosine of the "
                                       "passages' character bigrams, TF-IDF weighted)")
                                        .arg(QLocale().toString(group.score, 'f', 2),
                                             QLocale().toString(strongSimilarity, 'f', 2),
                                             QLocale().toString(partialSimilarity, 'f', 2)));
        for (const ThemeMetricRow& row : ThemeMetrics::rows(ranges, metrics, taxonomy)) {
            auto* figures = new QTreeWidgetItem(item);
            figures->setText(0, row.label(chinese));
            figures->setToolTip(0, row.label(!chinese));
            figures->setData(0, GroupRole, g);
            figures->setData(0, KindRole, 1);
            for (int r = 0; r < count; ++r)
                figures->setText(r + 1, ThemeMetricRow::cellText(row.cells.value(r)));
        }
        item->setExpanded(true);
    }
    // The reports share the width; "#" (and the figures' labels) and the score take what they need.
    QHeaderView* header = table->header();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(count + 1, QHeaderView::ResizeToContents);
}

} // namespace rs
